package org.copydesk.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.copydesk.model.Article;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;

/**
 * The repository over JDBC, for H2 and PostgreSQL alike. Each method is one transaction; articles
 * are saved with optimistic locking and every saved value is kept as a revision.
 */
final class JdbcEditionRepository implements EditionRepository {

    private final Transactor transactor;
    private final StoreJson json = new StoreJson();
    private final Clock clock;

    JdbcEditionRepository(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    @Override
    public List<Edition> editions() {
        return transactor.inTransaction("list the editions", EditionTable::all);
    }

    @Override
    public List<EditionSummary> editionSummaries() {
        return transactor.inTransaction("list the editions", EditionTable::summaries);
    }

    @Override
    public Optional<Edition> latestEdition() {
        return transactor.inTransaction("find the latest edition", EditionTable::newest);
    }

    @Override
    public Optional<EditionContent> loadEdition(String editionId) {
        return transactor.inTransaction("load edition " + editionId, c -> load(c, editionId));
    }

    private Optional<EditionContent> load(Connection c, String editionId) throws SQLException {
        Optional<Edition> edition = EditionTable.find(c, editionId);
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EditionContent(edition.get(), PageTable.ofEdition(c, json, editionId),
                ArticleTable.ofEdition(c, json, editionId), PhotoTable.ofEdition(c, editionId)));
    }

    @Override
    public void insertEdition(EditionContent content) {
        Edition edition = content.edition();
        checkWhole(content);
        transactor.inTransaction("insert edition " + edition.id(), c -> {
            if (EditionTable.find(c, edition.id()).isPresent()) {
                throw new StoreException("an edition with id " + edition.id() + " (" + edition.name() + " "
                        + edition.publicationDate() + ") is already in the database; nothing was inserted");
            }
            insertContent(c, content);
            return null;
        });
    }

    /**
     * The check, the delete and the insert in one transaction: a failure between them must not lose
     * the edition, and no one may add to it between the caller's look and the delete.
     */
    @Override
    public void replaceEdition(EditionContent content, Optional<EditionContent> expected) {
        checkWhole(content);
        String id = content.edition().id();
        transactor.inTransaction("replace edition " + id, c -> {
            EditionTable.lock(c, id);
            if (!load(c, id).equals(expected)) {
                throw new StoreException("edition " + id + " changed while it was being replaced (someone saved in"
                        + " it); nothing was replaced: try again");
            }
            EditionTable.delete(c, id);
            insertContent(c, content);
            return null;
        });
    }

    private void insertContent(Connection c, EditionContent content) throws SQLException {
        EditionTable.insert(c, content.edition());
        for (Page page : content.pages()) {
            PageTable.insert(c, json, page);
        }
        for (Article article : content.articles()) {
            Article stored = ArticleTable.storable(article);
            ArticleTable.insert(c, json, stored);
            ArticleTable.insertRevision(c, json, stored);
        }
        for (Photo photo : content.photos()) {
            PhotoTable.insert(c, photo);
        }
    }

    @Override
    public void deleteEdition(String editionId) {
        transactor.inTransaction("delete edition " + editionId, c -> {
            if (!EditionTable.delete(c, editionId)) {
                throw new StoreException("no edition with id " + editionId + " to delete");
            }
            return null;
        });
    }

    @Override
    public Optional<Article> article(String articleId) {
        return transactor.inTransaction("load article " + articleId, c -> ArticleTable.find(c, json, articleId));
    }

    @Override
    public Article saveArticle(Article article) {
        ArticleLimits.problem(article).ifPresent(problem -> {
            throw new StoreException("could not save story " + describe(article) + ": " + problem);
        });
        return transactor.inTransaction("save article " + article.id(), c -> save(c, article, article.version()));
    }

    @Override
    public List<Article> saveArticles(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        for (Article article : articles) {
            if (!ids.add(article.id())) {
                throw new StoreException("could not " + what(articles) + ": story " + describe(article)
                        + " is in the batch twice");
            }
            ArticleLimits.problem(article).ifPresent(problem -> {
                throw new StoreException("could not " + what(articles) + ": story " + describe(article) + ": "
                        + problem);
            });
        }
        String what = what(articles);
        return transactor.inTransaction(what, c -> {
            List<Article> saved = new ArrayList<>(articles.size());
            for (Article article : articles) {
                try {
                    saved.add(save(c, article, article.version()));
                } catch (SQLException e) {
                    // Name the story: the driver's message does not say which row it refused.
                    throw new StoreException("could not " + what + ": story " + describe(article) + ": "
                            + SqlErrors.shortMessage(e), e);
                }
            }
            return List.copyOf(saved);
        });
    }

    @Override
    public List<ArticleRevision> revisions(String articleId) {
        return transactor.inTransaction("list revisions of article " + articleId,
                c -> ArticleTable.revisions(c, json, articleId));
    }

    /** Brings back the revision's headlines, byline, body and target length; the status stays. */
    @Override
    public Article restoreRevision(String articleId, long revisionVersion, long expectedCurrentVersion) {
        return transactor.inTransaction("restore revision " + revisionVersion + " of article " + articleId, c -> {
            Article old = ArticleTable.revision(c, json, articleId, revisionVersion).orElseThrow(() ->
                    new StoreException("article " + articleId + " has no revision " + revisionVersion));
            Article current = ArticleTable.find(c, json, articleId).orElseThrow(() ->
                    new StoreException("article " + articleId + " is no longer in the database"));
            Article restored = new Article(current.id(), current.editionId(), old.kicker(), old.headline(),
                    old.subtitle(), old.byline(), old.body(), current.status(), old.targetLength(),
                    expectedCurrentVersion, current.created(), current.updated());
            return save(c, restored, expectedCurrentVersion);
        });
    }

    @Override
    public void savePage(Page page) {
        transactor.inTransaction("save page " + page.number() + " (" + page.id() + ")", c -> {
            requireEdition(c, page.editionId(), "page " + page.number());
            PageTable.save(c, json, page);
            return null;
        });
    }

    @Override
    public void insertPhoto(Photo photo) {
        checkDigest(photo);
        transactor.inTransaction("insert photo " + photo.fileName(), c -> {
            lockEdition(c, photo.editionId(), "photo " + photo.fileName());
            PhotoTable.insert(c, photo);
            return null;
        });
    }

    @Override
    public Photo saveCaption(String photoId, Caption caption) {
        return transactor.inTransaction("save the caption of photo " + photoId, c -> {
            if (!PhotoTable.updateCaption(c, photoId, caption)) {
                throw new StoreException("no photo with id " + photoId + "; the caption was not saved");
            }
            return PhotoTable.find(c, photoId).orElseThrow();
        });
    }

    /**
     * Writes {@code article} as version {@code expected + 1} if the stored version is still
     * {@code expected}; a story never saved (version 0, no row) is inserted.
     */
    private Article save(Connection c, Article article, long expected) throws SQLException {
        Article saved = article.withSaved(expected + 1, ArticleTable.storable(clock.instant()));
        if (!ArticleTable.updateIfVersion(c, json, saved, expected)) {
            OptionalLong actual = ArticleTable.version(c, article.id());
            if (actual.isPresent()) {
                throw new StaleArticleException(article.id(), expected, actual.getAsLong());
            }
            if (expected != 0) {
                throw new StoreException("article " + article.id() + " (" + article.headline()
                        + ") is no longer in the database; it was not saved");
            }
            lockEdition(c, article.editionId(), "article " + article.headline());
            ArticleTable.insert(c, json, saved);
        }
        ArticleTable.insertRevision(c, json, saved);
        return saved;
    }

    private static void requireEdition(Connection c, String editionId, String what) throws SQLException {
        if (EditionTable.find(c, editionId).isEmpty()) {
            throw new StoreException(what + " belongs to edition " + editionId + ", which is not in the database");
        }
    }

    private static String what(List<Article> articles) {
        return "save " + articles.size() + (articles.size() == 1 ? " story" : " stories");
    }

    /** Takes the lock appending to an edition's lists needs ({@link EditionTable#lock}). */
    private static void lockEdition(Connection c, String editionId, String what) throws SQLException {
        if (!EditionTable.lock(c, editionId)) {
            throw new StoreException(what + " belongs to edition " + editionId + ", which is not in the database");
        }
    }

    /** The checks that need no database, so a whole edition is refused before anything is written. */
    private static void checkWhole(EditionContent content) {
        checkBelongs(content);
        for (Article article : content.articles()) {
            ArticleLimits.problem(article).ifPresent(problem -> {
                throw new StoreException("story " + describe(article) + ": " + problem + "; nothing was inserted");
            });
        }
        content.photos().forEach(JdbcEditionRepository::checkDigest);
    }

    /** A story for a message: the start of its headline and its id. */
    private static String describe(Article article) {
        String headline = article.headline().strip();
        String shown = headline.codePointCount(0, headline.length()) <= 20 ? headline
                : headline.substring(0, headline.offsetByCodePoints(0, 20)) + "…";
        return "'" + shown + "' (" + article.id() + ")";
    }

    /** Refuses content whose parts name another edition or repeat an id, before anything is written. */
    private static void checkBelongs(EditionContent content) {
        String id = content.edition().id();
        Set<String> seen = new HashSet<>();
        for (Page p : content.pages()) {
            check(p.editionId().equals(id) && seen.add("page:" + p.id()), "page " + p.number(), p.id(), id);
        }
        for (Article a : content.articles()) {
            check(a.editionId().equals(id) && seen.add("article:" + a.id()), "article " + a.headline(), a.id(), id);
        }
        for (Photo p : content.photos()) {
            check(p.editionId().equals(id) && seen.add("photo:" + p.id()), "photo " + p.fileName(), p.id(), id);
        }
    }

    private static void check(boolean ok, String what, String itemId, String editionId) {
        if (!ok) {
            throw new StoreException(what + " (" + itemId + ") is repeated or belongs to another edition than "
                    + editionId + "; nothing was inserted");
        }
    }

    /** The digest names the bytes; a mismatch means a damaged or mixed-up file. */
    private static void checkDigest(Photo photo) {
        String actual = sha256(photo.bytes());
        if (!actual.equalsIgnoreCase(photo.sha256())) {
            throw new StoreException("photo " + photo.fileName() + " (" + photo.id() + "): its bytes have SHA-256 "
                    + actual + ", not the recorded " + photo.sha256() + "; nothing was saved");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
