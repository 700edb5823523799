package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void missingFoldersAreCreated() throws IOException {
        Path target = dir.resolve("a/b/out.txt");
        AtomicFile.write(target, out -> out.write("字".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("字");
        assertThat(dir.resolve("a/b").toFile().list()).containsExactly("out.txt");
    }

    @Test
    void aFailedWriteLeavesNeitherFileNorTheFoldersItMade() throws IOException {
        Files.createDirectories(dir.resolve("kept"));
        Path target = dir.resolve("kept/new/deeper/out.txt");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(dir.resolve("kept")).isEmptyDirectory();
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(target).hasContent("old");
        assertThat(dir.toFile().list()).containsExactly("out.txt");
    }

    @Test
    void theFileGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("written.txt");
        AtomicFile.write(written, out -> out.write(1));
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFolderInTheWayIsAClearError() throws IOException {
        Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("plain/out.txt"), out -> out.write(1)))
                .isInstanceOf(IOException.class).hasMessageContaining("plain");
        Files.createDirectories(dir.resolve("folder"));
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("folder"), out -> out.write(1)))
                .hasMessageContaining("is a folder");
    }
}
