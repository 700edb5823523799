package org.copydesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings work saved after a backup back from the damaged database file, when it can be read: first
 * by opening a copy of it, else by dumping the copy with H2's {@link Recover} tool and
 * running that script into a scratch in-memory database. From there it copies into the restored
 * database what the backup lacks: editions (with their pages and photos), articles that are missing
 * or at an older version, and article revisions. The damaged file itself is only ever read through
 * a copy, so it stays exactly as it was found.
 */
final class RevisionSalvage {
    private static final Logger LOG = LoggerFactory.getLogger(RevisionSalvage.class);
    private static final Words WORDS = Words.ofPackage(RevisionSalvage.class);

    /** What was brought back, and how the damaged file could be read. */
    record Outcome(int editions, int articles, int revisions, String how) {
        static Outcome nothing(String why) {
            return new Outcome(0, 0, 0, why);
        }
    }

    private RevisionSalvage() {
    }

    /** Copies what {@code damagedFile} holds beyond the database {@code target} into it. */
    static Outcome salvage(Path damagedFile, Transactor target) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("copydesk-salvage");
        } catch (IOException e) {
            return Outcome.nothing(WORDS.format("salvage.noScratch", FileErrorText.reason(e)));
        }
        try {
            Path copy = scratch.resolve("salvage.mv.db");
            Files.copy(damagedFile, copy);
            String base = scratch.resolve("salvage").toString().replace('\\', '/');
            // Read-write: it is our scratch copy, and a read-only open fails on a file H2 wants to tidy.
            try (Connection source = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "")) {
                if (readable(source)) {
                    return copyNewer(source, target, WORDS.format("salvage.direct"));
                }
            } catch (SQLException | StoreException e) {
                // Also when it opens but a page fails while copying: the copy is one transaction, so
                // nothing of it was kept, and the recovery tool reads around the damaged pages.
                LOG.info("the damaged file {} cannot be read directly ({}); trying H2's recovery tool",
                        damagedFile, e.getMessage());
            }
            return recovered(scratch, target);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("could not read work saved after the backup from {}", damagedFile, e);
            String why = e instanceof IOException io ? FileErrorText.reason(io) : String.valueOf(e.getMessage());
            return Outcome.nothing(WORDS.format("salvage.unreadable", why.length() > 120 ? why.substring(0, 120) + "…" : why));
        } finally {
            deleteTree(scratch);
        }
    }

    private static Outcome recovered(Path scratch, Transactor target) throws SQLException {
        Recover.execute(scratch.toString(), "salvage");
        Path script = scratch.resolve("salvage.h2.sql");
        if (!Files.isRegularFile(script)) {
            return Outcome.nothing(WORDS.format("salvage.toolFailed"));
        }
        String url = "jdbc:h2:mem:salvage-" + UUID.randomUUID();
        try (Connection scratchDb = DriverManager.getConnection(url, "sa", "")) {
            // Statements that fail on damaged parts are skipped, so the readable rows still arrive.
            RunScript run = new RunScript();
            run.setOut(new PrintStream(OutputStream.nullOutputStream())); // it prints each failed statement
            run.runTool("-url", url, "-user", "sa", "-password", "", "-script", script.toString(), "-continueOnError");
            if (!readable(scratchDb)) {
                return Outcome.nothing(WORDS.format("salvage.noStories"));
            }
            return copyNewer(scratchDb, target, WORDS.format("salvage.recovered"));
        }
    }

    /** True when the source has the revisions table to read (a damaged file may have lost it). */
    private static boolean readable(Connection source) {
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article_revisions")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static Outcome copyNewer(Connection source, Transactor target, String how) {
        return target.inTransaction(WORDS.format("do.copyNewer"), c -> {
            Set<String> editions = keys(c, "SELECT id FROM editions");
            int newEditions = 0;
            for (Map<String, Object> edition : rows(source, "SELECT * FROM editions")) {
                String id = (String) edition.get("ID");
                if (editions.add(id)) {
                    insert(c, "editions", edition);
                    copyRows(source, c, "pages", "edition_id", id);
                    copyPlacements(source, c, id);
                    copyAdArtwork(source, c, id);
                    copyRows(source, c, "photos", "edition_id", id);
                    newEditions++;
                }
            }
            Map<String, Long> versions = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, version FROM articles")) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
            int articles = 0;
            for (Map<String, Object> article : rows(source, "SELECT * FROM articles")) {
                String id = (String) article.get("ID");
                long version = ((Number) article.get("VERSION")).longValue();
                Long have = versions.get(id);
                if (have == null && editions.contains((String) article.get("EDITION_ID"))) {
                    insert(c, "articles", article);
                } else if (have != null && have < version) {
                    updateArticle(c, article);
                } else {
                    continue;
                }
                versions.put(id, version);
                articles++;
            }
            Set<String> revisions = keys(c, "SELECT article_id || '/' || CAST(version AS VARCHAR(20)) FROM article_revisions");
            int newRevisions = 0;
            for (Map<String, Object> revision : rows(source, "SELECT * FROM article_revisions")) {
                String articleId = (String) revision.get("ARTICLE_ID");
                if (versions.containsKey(articleId) && revisions.add(articleId + "/" + revision.get("VERSION"))) {
                    insert(c, "article_revisions", revision);
                    newRevisions++;
                }
            }
            return new Outcome(newEditions, articles, newRevisions, how);
        });
    }

    private static void copyRows(Connection source, Connection target, String table, String column, String value)
            throws SQLException {
        for (Map<String, Object> row : rows(source, "SELECT * FROM " + table + " WHERE " + column + " = ?", value)) {
            insert(target, table, row);
        }
    }

    private static void copyPlacements(Connection source, Connection target, String editionId) throws SQLException {
        for (Map<String, Object> row : rows(source, "SELECT pl.* FROM placements pl JOIN pages p ON p.id = pl.page_id"
                + " WHERE p.edition_id = ?", editionId)) {
            insert(target, "placements", row);
        }
    }

    /** The advertisers' PDFs of the edition's ad slots; a backup from before ad slots (schema 6) has none. */
    private static void copyAdArtwork(Connection source, Connection target, String editionId) throws SQLException {
        if (keys(source, "SELECT table_name FROM information_schema.tables WHERE UPPER(table_name) = 'AD_ARTWORK'").isEmpty()) {
            return;
        }
        for (Map<String, Object> row : rows(source, "SELECT a.* FROM ad_artwork a JOIN pages p ON p.id = a.page_id"
                + " WHERE p.edition_id = ?", editionId)) {
            insert(target, "ad_artwork", row);
        }
    }

    private static Set<String> keys(Connection c, String sql) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /** Rows as column name (upper case) to value; binary values read whole. */
    private static List<Map<String, Object>> rows(Connection source, String sql, String... parameters) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = source.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof Blob blob) {
                            value = blob.getBytes(1, Math.toIntExact(blob.length()));
                        }
                        row.put(meta.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void insert(Connection target, String table, Map<String, Object> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement s = target.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                s.setObject(i + 1, row.get(columns.get(i)));
            }
            s.executeUpdate();
        }
    }

    private static void updateArticle(Connection target, Map<String, Object> row) throws SQLException {
        List<String> columns = row.keySet().stream().filter(c -> !c.equals("ID")).toList();
        String sql = "UPDATE articles SET " + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                + " WHERE id = ?";
        try (PreparedStatement s = target.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                s.setObject(i + 1, row.get(columns.get(i)));
            }
            s.setObject(columns.size() + 1, row.get("ID"));
            s.executeUpdate();
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not remove the scratch folder {}", folder, e);
        }
    }
}
