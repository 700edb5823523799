package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** The JDK's file errors, named in words first with the system's own detail last (surefire runs in English). */
class FileErrorTextTest {
    @Test
    void eachKnownSituationIsNamedBeforeTheSystemsDetail() {
        assertThat(FileErrorText.describe(new FileSystemException("/out/ed.pdf", null, "No space left on device")))
                .isEqualTo("/out/ed.pdf: the disk is full (No space left on device)");
        assertThat(FileErrorText.describe(new IOException("No space left on device")))
                .isEqualTo("the disk is full (No space left on device)");
        assertThat(FileErrorText.describe(new AccessDeniedException("/out/ed.pdf")))
                .isEqualTo("/out/ed.pdf: permission denied");
        assertThat(FileErrorText.describe(new FileSystemException("/out", null, "Read-only file system")))
                .isEqualTo("/out: cannot be read or written (Read-only file system)");
        assertThat(FileErrorText.describe(new IOException("Is a directory")))
                .isEqualTo("a file could not be read or written: Is a directory");
    }
}
