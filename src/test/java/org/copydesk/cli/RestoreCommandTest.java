package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.cli.OnRealDatabase.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.DatabaseRestore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk restore} on real database folders, damaged the way a failing disk damages them. */
class RestoreCommandTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("copydesk.mv.db");
    }

    @Test
    void aDatabaseThatLostItsTailIsRefusedWithTheRestoreHintAndRestoreLatestBringsTheEditionBack() throws IOException {
        createSample();
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength(f.length() - 65_536);
        }
        byte[] damaged = Files.readAllBytes(file());

        CommandRunner.Result list = run("--db", dir.toString(), "list");
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).startsWith("copydesk list: the database " + file() + " is damaged: ")
                .contains("copydesk --db " + dir + " restore --latest");

        CommandRunner.Result restore = run("--db", dir.toString(), "restore", "--latest");

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        Path kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.filter(p -> p.getFileName().toString().matches("copydesk-damaged-\\d{8}T\\d{6}Z\\.mv\\.db"))
                    .findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        assertThat(restore.out()).startsWith("restored " + file() + " from " + DatabaseRestore.backups(location()).get(0).file())
                .contains("the previous file is kept as " + kept)
                .contains("recovered from the previous file: ");
        CommandRunner.Result after = run("--db", dir.toString(), "list");
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).contains("江澜周报").contains("1287");
    }

    @Test
    void anEmptiedFileIsRestoredFromTheBackupFileNamed() throws IOException {
        createSample();
        Path backup = DatabaseRestore.backups(location()).get(0).file();
        Files.write(file(), new byte[0]);
        assertThat(run("--db", dir.toString(), "list").err()).contains("the database file is empty (0 bytes)");

        CommandRunner.Result listing = run("--db", dir.toString(), "restore");
        assertThat(listing.exitCode()).isEqualTo(2);
        assertThat(listing.out()).contains(backup.toString()).contains("copydesk restore --latest");

        CommandRunner.Result restore = run("--db", dir.toString(), "restore", backup.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(run("--db", dir.toString(), "list").out()).contains("江澜周报");
    }

    @Test
    void withoutABackupRestoreSaysSoAndMovesNothing() throws IOException {
        Files.createDirectories(dir);
        Files.write(file(), new byte[0]);

        CommandRunner.Result restore = run("--db", dir.toString(), "restore", "--latest");

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).isEqualTo("copydesk restore: there is no backup of " + file() + " that opens in "
                + dir.resolve("backups") + System.lineSeparator());
        assertThat(file()).exists().isEmptyFile();
    }

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    private void createSample() {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(SampleEdition.create());
        }
        assertThat(DatabaseRestore.backups(location())).isNotEmpty();
    }
}
