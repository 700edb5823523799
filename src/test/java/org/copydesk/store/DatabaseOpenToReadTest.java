package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database opened only to read ({@link Database#openToRead}) gives what was saved, writes nothing
 * (not the file, its commit marker, its lock or its backups) and is refused when damaged exactly as
 * an ordinary open would refuse it.
 */
class DatabaseOpenToReadTest {
    @TempDir
    Path dir;

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    private EditionContent saved() {
        EditionContent content = TestEditions.edition("e1").build();
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(content);
        }
        return content;
    }

    @Test
    void readsWhatWasSavedAndLeavesEveryFileAsItWas() throws IOException {
        EditionContent content = saved();
        Map<String, String> before = files();

        try (Database db = Database.openToRead(location(), Optional.empty())) {
            assertThat(db.repository().loadEdition("e1")).contains(content);
            assertThat(db.repository().editionSummaries(10)).hasSize(1);
            assertThat(dir.resolve("copydesk.lock")).as("a reader takes no lock").doesNotExist();
        }

        assertThat(files()).as("nothing in the folder was written").isEqualTo(before);
    }

    @Test
    void aWriteIsRefusedAndNothingChanges() throws IOException {
        saved();
        Map<String, String> before = files();

        try (Database db = Database.openToRead(location(), Optional.empty())) {
            assertThatThrownBy(() -> db.repository().insertEdition(TestEditions.edition("e2").build()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read only");
        }

        assertThat(files()).isEqualTo(before);
        try (Database db = Database.open(location())) {
            assertThat(db.repository().loadEdition("e2")).isEmpty();
        }
    }

    @Test
    void aDatabaseThatLostSavedWorkIsRefusedAsAnOrdinaryOpenRefusesIt() throws IOException {
        saved();
        // The side file says more was saved than the database holds: H2 fell back to an older state.
        Path marker = dir.resolve("copydesk.commit");
        Files.write(marker, Files.readAllLines(marker).stream()
                .map(l -> l.startsWith("counter=") ? "counter=999" : l).toList());

        assertThatThrownBy(() -> Database.openToRead(location(), Optional.empty()))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("it holds an older state than the one last saved");
        assertThatThrownBy(() -> Database.open(location()))
                .as("and the refused read released it: the same refusal, not 'already open'")
                .isInstanceOf(DatabaseDamagedException.class);
    }

    @Test
    void aDatabaseNotThereYetIsCreatedAsByAnOrdinaryOpen() {
        try (Database db = Database.openToRead(location(), Optional.empty())) {
            assertThat(db.repository().editions()).isEmpty();
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        try (Database db = Database.openToRead(location(), Optional.empty())) {
            assertThat(db.repository().loadEdition("e1")).isPresent();
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedAndTheFirstStaysUsable() {
        saved();
        try (Database first = Database.openToRead(location(), Optional.empty())) {
            assertThatThrownBy(() -> Database.open(location())).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is already open");
            assertThatThrownBy(() -> Database.openToRead(location(), Optional.empty())).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is already open");
            assertThat(first.repository().loadEdition("e1")).isPresent();
        }
        try (Database again = Database.open(location())) {
            assertThat(again.repository().loadEdition("e1")).isPresent();
        }
    }

    /** Every file in the folder, backups included. */
    private Map<String, String> files() {
        return FolderDigests.of(dir, p -> true);
    }
}
