package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file and the commit marker never write through a link planted in the database folder. */
class SideFilesTest {
    @TempDir
    Path root;

    private Path dir() throws IOException {
        return Files.createDirectories(root.resolve("db"));
    }

    private Path victim() throws IOException {
        return Files.writeString(root.resolve("someone-elses-file.txt"), "precious");
    }

    private Database open() {
        return Database.open(DatabaseLocation.resolve(Optional.of(root.resolve("db").toString()), Map.of()));
    }

    @Test
    void aLinkPlantedAtTheOldTemporaryLockNameIsNotFollowed() throws IOException {
        Path victim = victim();
        Files.createSymbolicLink(dir().resolve("copydesk.lock.tmp"), victim);

        try (Database db = open()) {
            assertThat(Files.isSymbolicLink(root.resolve("db/copydesk.lock"))).isFalse();
            assertThat(Files.readString(root.resolve("db/copydesk.lock"))).contains("pid=" + ProcessHandle.current().pid());
        }
        assertThat(Files.readString(victim)).isEqualTo("precious");
    }

    @Test
    void aLinkAtTheLockFileItselfIsReplacedNotWrittenThrough() throws IOException {
        Path victim = victim();
        Files.createSymbolicLink(dir().resolve("copydesk.lock"), victim);

        try (Database db = open()) {
            assertThat(Files.isSymbolicLink(root.resolve("db/copydesk.lock"))).isFalse();
        }
        assertThat(Files.readString(victim)).isEqualTo("precious");
    }

    @Test
    void aLinkAtTheCommitMarkerIsReplacedNotWrittenThrough() throws IOException {
        Path victim = victim();
        Files.createSymbolicLink(dir().resolve("copydesk.commit"), victim);

        try (Database db = open()) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(root.resolve("db/copydesk.commit"))).isFalse();
        assertThat(CommitMarker.readSideFile(root.resolve("db/copydesk.commit"))).hasValue(1);
    }

    @Test
    void aLockThatCannotBeWrittenLeavesNoTemporaryFileBehind() throws IOException {
        Path lock = dir().resolve("copydesk.lock");
        Files.createDirectory(lock);
        Files.writeString(lock.resolve("keeps-the-folder-non-empty"), "x");

        assertThatThrownBy(() -> AppLock.write(lock)).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not write the lock file " + lock);
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("copydesk.lock");
        }
        assertThat(Files.isDirectory(lock, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
