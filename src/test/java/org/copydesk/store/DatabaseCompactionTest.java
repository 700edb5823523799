package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk compact}'s operation: a rewritten database comes back smaller holding the same
 * editions, stories, revisions and photos; a database in use, a damaged one, a server database and a
 * copy that does not match are refused with the file left as it was and no copy behind.
 */
class DatabaseCompactionTest {
    @TempDir
    Path dir;

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    private Path file() {
        return dir.resolve("copydesk.mv.db");
    }

    private Path copy() {
        return dir.resolve("copydesk-compacting.mv.db");
    }

    @Test
    void aRewrittenDatabaseComesBackSmallerWithEveryEditionStoryRevisionAndPhotoAsBefore() throws IOException {
        writeAndRewrite();
        Map<String, String> before;
        try (Database db = Database.open(location())) {
            before = contents(db.repository());
        }
        long sizeBefore = Files.size(file());
        BackupFile newestBefore = DatabaseRestore.backups(location()).get(0);

        DatabaseCompaction.Report report = DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE);

        assertThat(report.sizeBefore()).isEqualTo(sizeBefore);
        assertThat(report.sizeAfter()).isEqualTo(Files.size(file())).isLessThan(sizeBefore);
        assertThat(report.tables()).isGreaterThan(10);
        assertThat(copy()).doesNotExist();
        assertThat(CommitMarker.readClosedSize(CommitMarker.sideFile(location())))
                .as("the marker accepts the smaller file").hasValue(Files.size(file()));
        assertThat(DatabaseRestore.backups(location()).get(0).file()).as("a backup was taken first")
                .isEqualTo(report.backup().file());
        assertThat(report.backup().time()).isAfter(newestBefore.time());
        assertThat(report.backup().file()).isRegularFile();
        // The next open runs the damage check on the new file (closed size, commit counter).
        try (Database db = Database.open(location())) {
            assertThat(contents(db.repository())).isEqualTo(before);
        }
    }

    @Test
    void aCopyLeftByAnInterruptedRunIsReplaced() throws IOException {
        writeAndRewrite();
        Files.write(copy(), "half of an earlier copy".getBytes(StandardCharsets.UTF_8));

        DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE);

        assertThat(copy()).doesNotExist();
        try (Database db = Database.open(location())) {
            assertThat(db.repository().editions()).hasSize(1);
        }
    }

    @Test
    void aCopyThatDiffersInOneValueIsDeletedAndTheDatabaseLeftByteForByte() throws IOException {
        writeAndRewrite();
        AtomicReference<String> atCopy = new AtomicReference<>();
        DatabaseCompaction.Copier changesAHeadline = (source, target) -> {
            atCopy.set(sha256(source));
            DatabaseCompaction.Copier.H2.copy(source, target);
            sql(target, "UPDATE articles SET headline = headline || '!' WHERE id = (SELECT MIN(id) FROM articles)");
        };

        assertThatThrownBy(() -> DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE, changesAHeadline))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("the compacted copy of " + file() + " differs from it: the ")
                .hasMessageContaining("rows of table ARTICLES do not hold the same values")
                .hasMessageEndingWith("the copy was deleted and the database left as it was");

        assertThat(sha256(file())).isEqualTo(atCopy.get());
        assertNoCopyLeft();
    }

    @Test
    void aCopyThatLostARowIsDeletedAndTheDatabaseLeftByteForByte() throws IOException {
        writeAndRewrite();
        AtomicReference<String> atCopy = new AtomicReference<>();
        DatabaseCompaction.Copier losesARevision = (source, target) -> {
            atCopy.set(sha256(source));
            DatabaseCompaction.Copier.H2.copy(source, target);
            sql(target, "DELETE FROM article_revisions WHERE (article_id, version) = "
                    + "(SELECT article_id, MAX(version) FROM article_revisions GROUP BY article_id ORDER BY article_id LIMIT 1)");
        };

        assertThatThrownBy(() -> DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE, losesARevision))
                .hasMessageContaining("table ARTICLE_REVISIONS has ")
                .hasMessageContaining(" in the copy; the copy was deleted and the database left as it was");

        assertThat(sha256(file())).isEqualTo(atCopy.get());
        assertNoCopyLeft();
    }

    @Test
    void aDatabaseThatLostItsTailIsRefusedAsDamagedAndNotCompacted() throws IOException {
        writeAndRewrite();
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength(f.length() - 65_536);
        }
        String damaged = sha256(file());

        assertThatThrownBy(() -> DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageStartingWith("the database " + file() + " is damaged: ");

        assertThat(sha256(file())).isEqualTo(damaged);
        assertNoCopyLeft();
    }

    @Test
    void aDatabaseOpenInThisProcessIsRefused() throws IOException {
        writeAndRewrite();
        try (Database db = Database.open(location())) {
            assertThatThrownBy(() -> DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE))
                    .hasMessage("the database " + file() + " is open (in this Copydesk or another program);"
                            + " close every Copydesk using it before compacting");
            assertThat(db.repository().editions()).hasSize(1);
        }
        assertNoCopyLeft();
    }

    @Test
    void aDatabaseAnotherProcessHoldsIsRefusedWithOrWithoutItsLockFile() throws Exception {
        writeAndRewrite();
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), dir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("OPEN ");

            assertThatThrownBy(() -> DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE))
                    .hasMessage("the database " + file() + " is open in Copydesk (pid " + holder.pid() + " on host "
                            + AppLock.thisProcess().host() + "); close it there before compacting");
            Files.delete(dir.resolve("copydesk.lock"));
            assertThatThrownBy(() -> DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE))
                    .hasMessageContaining("is open (in this Copydesk or another program)");
            assertNoCopyLeft();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void aServerDatabaseIsToldItReclaimsSpaceItselfWithoutConnecting() {
        DatabaseLocation server = DatabaseLocation.resolve(Optional.of("jdbc:postgresql://localhost:1/copydesk"), Map.of());

        assertThatThrownBy(() -> DatabaseCompaction.compact(server, DatabaseCompaction.Progress.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessage("compact is for the embedded database only; jdbc:postgresql://localhost:1/copydesk is a"
                        + " server database, which reclaims its space itself (PostgreSQL: autovacuum, or VACUUM by its"
                        + " administrator)");
    }

    @Test
    void aFolderWithoutADatabaseIsRefusedAndNoneIsCreated() {
        assertThatThrownBy(() -> DatabaseCompaction.compact(location(), DatabaseCompaction.Progress.NONE))
                .hasMessage("there is no database file " + file() + " to compact");
        assertThat(file()).doesNotExist();
    }

    /** The sample edition (with photos), then its stories saved many times over: dead space in the file. */
    private void writeAndRewrite() {
        try (Database db = Database.open(location())) {
            EditionContent sample = SampleEdition.create();
            db.repository().insertEdition(sample);
            for (int round = 0; round < 8; round++) {
                for (Article a : sample.articles().subList(0, 6)) {
                    Article current = db.repository().article(a.id()).orElseThrow();
                    db.repository().saveArticle(current.withBody(List.of(
                            new Block.Paragraph("第" + round + "稿。" + "改写的正文。".repeat(300)))));
                }
            }
        }
    }

    /** Every edition, story (with its revisions) and photo, as digests: big photo arrays are never compared whole. */
    private static Map<String, String> contents(EditionRepository repository) {
        Map<String, String> all = new TreeMap<>();
        repository.editions().forEach(edition -> {
            EditionContent content = repository.loadEdition(edition.id()).orElseThrow();
            all.put("edition " + edition.id(), sha256(content.edition().toString()));
            content.pages().forEach(p -> all.put("page " + p.id(), sha256(p.toString())));
            for (Article a : content.articles()) {
                all.put("article " + a.id(), sha256(a.toString()));
                all.put("revisions " + a.id(), sha256(repository.revisions(a.id()).toString()));
            }
            for (Photo p : content.photos()) {
                all.put("photo " + p.id(), sha256(p.bytes()) + " " + p.sha256() + " "
                        + sha256(p.caption() + " " + p.details() + " " + p.widthPx() + "x" + p.heightPx()));
            }
        });
        return all;
    }

    private void assertNoCopyLeft() throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("copydesk-compacting"));
        }
    }

    /** Changes the copy behind the comparison's back, as a faulty copy would be. */
    private static void sql(Path h2File, String statement) throws IOException {
        String base = h2File.toString().substring(0, h2File.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
