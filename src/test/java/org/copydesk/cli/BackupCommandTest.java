package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.cli.OnRealDatabase.run;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk backup} writes a copy that opens as the same database, and {@code copydesk restore}
 * will not put a backup in place of a database that is open, even when its lock file is gone.
 */
class BackupCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoredIntoAnotherFolderHoldsTheSameEditions() {
        Path db = dir.resolve("db");
        try (Database database = Database.open(location(db))) {
            database.repository().insertEdition(SampleEdition.create());
        }
        Path zip = dir.resolve("nightly.zip");

        CommandRunner.Result backup = run("--db", db.toString(), "backup", zip.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("backed up " + db.resolve("copydesk.mv.db") + " to " + zip)
                .contains("the copy was opened and read to check it").contains("copydesk restore " + zip);
        Path copy = dir.resolve("copy");
        CommandRunner.Result restore = run("--db", copy.toString(), "restore", zip.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        CommandRunner.Result list = run("--db", copy.toString(), "list");
        assertThat(list.out()).contains("江澜周报");
    }

    @Test
    void aServerDatabaseIsPointedToPgDumpAndHasNoLockFile() {
        String url = System.getenv("COPYDESK_TEST_POSTGRES_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && !url.isBlank(), "COPYDESK_TEST_POSTGRES_URL is not set");
        assertThat(location(url).lockFile()).as("the whole-database lock file is for embedded H2 only").isEmpty();

        CommandRunner.Result backup = run("--db", url, "backup", dir.resolve("pg.zip").toString());

        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("is a server database").contains("pg_dump");
        assertThat(dir.resolve("pg.zip")).doesNotExist();
    }

    @Test
    void restoreRefusesADatabaseAnotherProcessHasOpenEvenWithoutItsLockFile() throws Exception {
        Path db = dir.resolve("db");
        try (Database database = Database.open(location(db))) {
            database.repository().insertEdition(SampleEdition.create());
        }
        Path zip = dir.resolve("before.zip");
        assertThat(run("--db", db.toString(), "backup", zip.toString()).exitCode()).isZero();
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.copydesk.store.HoldDatabaseOpen", db.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("OPEN ");
            CommandRunner.Result withLockFile = run("--db", db.toString(), "restore", zip.toString());
            Files.delete(db.resolve("copydesk.lock"));
            CommandRunner.Result withoutLockFile = run("--db", db.toString(), "restore", zip.toString());

            assertThat(withLockFile.exitCode()).isEqualTo(1);
            assertThat(withLockFile.err()).contains("is open in Copydesk (pid " + holder.pid());
            assertThat(withoutLockFile.exitCode()).isEqualTo(1);
            assertThat(withoutLockFile.err()).contains("is open (in this Copydesk or another program)");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        try (var files = Files.list(db)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing was moved aside")
                    .noneMatch(name -> name.contains("damaged"));
        }
        assertThat(run("--db", db.toString(), "list").out()).contains("江澜周报");
    }

    @Test
    void restoreRefusesTheDatabaseThisProcessHasOpen() {
        Path db = dir.resolve("db");
        try (Database database = Database.open(location(db))) {
            database.repository().insertEdition(SampleEdition.create());
            Path zip = dir.resolve("now.zip");
            database.backupTo(zip);
            CommandRunner.Result restore = run("--db", db.toString(), "restore", zip.toString());

            assertThat(restore.exitCode()).isEqualTo(1);
            assertThat(restore.err()).contains(db.resolve("copydesk.mv.db").toString()).contains("is open");
            assertThat(database.repository().editions()).hasSize(1);
        }
    }

    private static DatabaseLocation location(Path folder) {
        return location(folder.toString());
    }

    private static DatabaseLocation location(String db) {
        return DatabaseLocation.resolve(Optional.of(db), Map.of());
    }
}
