package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    @TempDir
    Path dir;

    @Test
    void aBackupOpensAsADatabaseHoldingTheSameEdition() throws IOException {
        EditionContent content = TestEditions.edition("e1").build();
        Path zip = dir.resolve("backups/copydesk-2026-11-27.zip");
        try (Database db = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("live").toString()), Map.of()))) {
            db.repository().insertEdition(content);
            db.flushToDisk();
            db.backupTo(zip);
        }

        Path restored = Files.createDirectory(dir.resolve("restored"));
        unzipDataFile(zip, restored.resolve("copydesk.mv.db"));
        try (Database db = Database.open(DatabaseLocation.resolve(Optional.of(restored.toString()), Map.of()))) {
            assertThat(db.repository().loadEdition("e1")).contains(content);
        }
        try (var files = Files.list(zip.getParent())) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void aFailedBackupLeavesThePreviousOneInPlace() throws IOException {
        Path zip = dir.resolve("backup.zip");
        Files.writeString(zip, "the previous backup");
        try (Database db = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("live").toString()), Map.of()))) {
            // the temporary name is taken by a folder, so BACKUP TO cannot write it
            Files.createDirectory(dir.resolve(".backup.zip.part"));
            Files.writeString(dir.resolve(".backup.zip.part/keep"), "x");

            assertThatThrownBy(() -> db.backupTo(zip)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(zip.toString());
        }
        assertThat(Files.readString(zip)).isEqualTo("the previous backup");
    }

    private static void unzipDataFile(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(in, target);
                    return;
                }
            }
        }
        throw new AssertionError("no database file in " + zip);
    }
}
