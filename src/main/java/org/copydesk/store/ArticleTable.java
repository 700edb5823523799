package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;

/**
 * SQL for {@code articles} and {@code article_revisions}. Times are kept to the microsecond (the
 * finest both H2 and PostgreSQL store).
 */
final class ArticleTable {
    private static final Words WORDS = Words.ofPackage(ArticleTable.class);
    private static final String COLUMNS = "id, edition_id, kicker, headline, subtitle, byline, body_json, status,"
            + " target_length, version, created_at, updated_at, jump_headline";

    private ArticleTable() {
    }

    static List<Article> ofEdition(Connection c, StoreJson json, String editionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE edition_id = ?"
                + " ORDER BY list_order, id")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                List<Article> articles = new ArrayList<>();
                while (rs.next()) {
                    articles.add(read(rs, json));
                }
                return articles;
            }
        }
    }

    static Optional<Article> find(Connection c, StoreJson json, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, json)) : Optional.empty();
            }
        }
    }

    static OptionalLong version(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Inserts the article as it is (its own version and times), at the end of its edition's list. The
     * caller holds the edition's lock ({@link EditionTable#lock}) or has just inserted the edition, so
     * no one else appends to the list until the transaction ends.
     */
    static void insert(Connection c, StoreJson json, Article a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (list_order, plain_text, " + COLUMNS + ")"
                + " VALUES ((SELECT COALESCE(MAX(list_order) + 1, 0) FROM articles WHERE edition_id = ?),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.editionId());
            s.setString(2, a.plainText());
            s.setString(3, a.id());
            s.setString(4, a.editionId());
            s.setString(5, a.kicker());
            s.setString(6, a.headline());
            s.setString(7, a.subtitle());
            s.setString(8, a.byline());
            s.setString(9, json.body(a.body()));
            s.setString(10, a.status().name());
            s.setInt(11, a.targetLength());
            s.setLong(12, a.version());
            s.setObject(13, timestamp(a.created()));
            s.setObject(14, timestamp(a.updated()));
            s.setString(15, a.jumpHeadline());
            s.executeUpdate();
        }
    }

    /**
     * Gives the article to another edition, at the end of its list. The caller holds that edition's
     * lock ({@link EditionTable#lock}), as {@link #insert} requires.
     */
    static void moveToEdition(Connection c, String articleId, String editionId) throws SQLException {
        int position;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(list_order) + 1, 0) FROM articles WHERE edition_id = ?")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                position = rs.getInt(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE articles SET edition_id = ?, list_order = ? WHERE id = ?")) {
            s.setString(1, editionId);
            s.setInt(2, position);
            s.setString(3, articleId);
            s.executeUpdate();
        }
    }

    /**
     * Writes {@code saved} over the row whose version is {@code expectedVersion}; false when the row
     * is missing or has another version (someone saved in between).
     */
    static boolean updateIfVersion(Connection c, StoreJson json, Article saved, long expectedVersion)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE articles SET kicker = ?, headline = ?, subtitle = ?,"
                + " byline = ?, body_json = ?, plain_text = ?, status = ?, target_length = ?, version = ?,"
                + " updated_at = ?, jump_headline = ? WHERE id = ? AND version = ?")) {
            s.setString(1, saved.kicker());
            s.setString(2, saved.headline());
            s.setString(3, saved.subtitle());
            s.setString(4, saved.byline());
            s.setString(5, json.body(saved.body()));
            s.setString(6, saved.plainText());
            s.setString(7, saved.status().name());
            s.setInt(8, saved.targetLength());
            s.setLong(9, saved.version());
            s.setObject(10, timestamp(saved.updated()));
            s.setString(11, saved.jumpHeadline());
            s.setString(12, saved.id());
            s.setLong(13, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    /** Keeps {@code saved} as a revision, with the name of the person who saved it. */
    static void insertRevision(Connection c, StoreJson json, Article saved, String author) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article_revisions"
                + " (article_id, version, saved_at, article_json, author) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, saved.id());
            s.setLong(2, saved.version());
            s.setObject(3, timestamp(saved.updated()));
            s.setString(4, json.article(saved));
            s.setString(5, author);
            s.executeUpdate();
        }
    }

    static List<ArticleRevision> revisions(Connection c, StoreJson json, String articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, saved_at, article_json, author FROM article_revisions"
                + " WHERE article_id = ? ORDER BY version DESC")) {
            s.setString(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                List<ArticleRevision> revisions = new ArrayList<>();
                while (rs.next()) {
                    // Revisions saved before schema 11 have no author (NULL): unknown.
                    revisions.add(new ArticleRevision(articleId, rs.getLong(1), instant(rs, 2),
                            json.article(rs.getString(3)), Optional.ofNullable(rs.getString(4))));
                }
                return revisions;
            }
        }
    }

    static Optional<Article> revision(Connection c, StoreJson json, String articleId, long version)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT article_json FROM article_revisions"
                + " WHERE article_id = ? AND version = ?")) {
            s.setString(1, articleId);
            s.setLong(2, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(json.article(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** The time as the database will keep it, so a value saved and loaded back is equal. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The article with its times as the database keeps them. */
    static Article storable(Article a) {
        return new Article(a.id(), a.editionId(), a.kicker(), a.headline(), a.subtitle(), a.byline(), a.body(),
                a.status(), a.targetLength(), a.version(), storable(a.created()), storable(a.updated()), a.jumpHeadline());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return storable(instant).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Article read(ResultSet rs, StoreJson json) throws SQLException {
        String status = rs.getString(8);
        ArticleStatus articleStatus;
        try {
            articleStatus = ArticleStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new StoreException(WORDS.format("data.unknownStatus", rs.getString(1), status), e);
        }
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), json.body(rs.getString(7)), articleStatus, rs.getInt(9), rs.getLong(10),
                instant(rs, 11), instant(rs, 12), rs.getString(13));
    }
}
