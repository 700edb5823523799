package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups in the backups folder: K kept, older removed, one at most every interval while writing. */
class RollingBackupsTest {
    /** Later than the real clock, so these backups are the newest next to the ones the open database takes. */
    private static final Instant T0 = Instant.parse("2036-12-02T11:30:05Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    @Test
    void theNewestKAreKeptAndOlderOnesRemovedButOtherFilesStay() throws IOException {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
            Path folder = Files.createDirectories(dir.resolve("backups"));
            Files.writeString(folder.resolve("notes.txt"), "mine");
            Files.writeString(folder.resolve("copydesk-before-the-move.zip"), "a backup made by hand");
            var backups = new RollingBackups(location(), new BackupPolicy(Duration.ofMinutes(10), 3), db.transactor(), clock);
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofMinutes(1));
                backups.backUp();
            }

            assertThat(DatabaseRestore.backups(location())).extracting(BackupFile::time)
                    .containsExactly(T0.plusSeconds(300), T0.plusSeconds(240), T0.plusSeconds(180));
            assertThat(folder.resolve("copydesk-20361202T113505.000Z.zip")).isRegularFile();
            assertThat(folder.resolve("notes.txt")).hasContent("mine");
            assertThat(folder.resolve("copydesk-before-the-move.zip")).hasContent("a backup made by hand");
        }
    }

    @Test
    void whileWritingABackupIsTakenOnlyOnceTheIntervalHasPassed() throws Exception {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
            var backups = new RollingBackups(location(), new BackupPolicy(Duration.ofMinutes(10), 5), db.transactor(), clock);
            backups.backUp();

            clock.advance(Duration.ofMinutes(9));
            backups.afterWrite();
            backups.close();
            // close() took the closing backup at T0+9 because of that write; no other was started.
            // (The open database's own backups carry the real time, before T0.)
            assertThat(DatabaseRestore.backups(location())).extracting(BackupFile::time).filteredOn(t -> !t.isBefore(T0))
                    .containsExactly(T0.plus(Duration.ofMinutes(9)), T0);

            var later = new RollingBackups(location(), new BackupPolicy(Duration.ofMinutes(10), 5), db.transactor(), clock);
            clock.advance(Duration.ofMinutes(5));
            later.afterWrite();
            assertThat(DatabaseRestore.backups(location()).get(0).time()).as("5 minutes after the last: not yet")
                    .isEqualTo(T0.plus(Duration.ofMinutes(9)));
            clock.advance(Duration.ofMinutes(5));
            later.afterWrite();
            Instant due = T0.plus(Duration.ofMinutes(19));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!DatabaseRestore.backups(location()).get(0).time().equals(due) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(DatabaseRestore.backups(location()).get(0).time()).as("taken in the background").isEqualTo(due);
        }
    }

    @Test
    void closingWithoutWritingAddsNoBackupWhenOneExists() throws IOException {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        List<BackupFile> before = DatabaseRestore.backups(location());
        assertThat(before).isNotEmpty();
        var modified = Files.getLastModifiedTime(before.get(0).file());

        try (Database db = Database.open(location())) {
            assertThat(db.repository().editions()).hasSize(1);
        }

        assertThat(DatabaseRestore.backups(location())).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(before.get(0).file())).isEqualTo(modified);
    }

    @Test
    void aServerDatabaseGetsNoBackupsAndNoMarker() {
        String url = "jdbc:h2:mem:rolling-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Database db = Database.open(DatabaseLocation.resolve(Optional.of(url), Map.of()))) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        assertThat(dir).isEmptyDirectory();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
