package org.copydesk.i18n;

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
                .isEqualTo("/out/ed.pdf: the disk is full: free some space and try again (No space left on device)");
        assertThat(FileErrorText.describe(new IOException("No space left on device")))
                .isEqualTo("the disk is full: free some space and try again (No space left on device)");
        assertThat(FileErrorText.describe(new AccessDeniedException("/out/ed.pdf")))
                .isEqualTo("/out/ed.pdf: permission denied");
        assertThat(FileErrorText.describe(new FileSystemException("/out", null, "Read-only file system")))
                .isEqualTo("/out: the disk is read-only (Read-only file system)");
        assertThat(FileErrorText.describe(new IOException("Is a directory")))
                .isEqualTo("a file could not be read or written: Is a directory");
    }

    @Test
    void ourOwnWordsPassThroughAReasonUnchanged() {
        assertThat(FileErrorText.reason(new IOException("photo a.jpg is cut short"))).isEqualTo("photo a.jpg is cut short");
    }

    @Test
    void aFullDiskIsFoundInsideWrappedFailures() {
        assertThat(FileErrorText.diskFull(new RuntimeException("write failed", new IOException("No space left on device"))))
                .isTrue();
        assertThat(FileErrorText.diskFull(new RuntimeException("write failed"))).isFalse();
    }

    @Test
    void chineseNamesTheSituationInChinese() {
        assertThat(InLanguage.get("zh_CN", () -> FileErrorText.describe(new IOException("No space left on device"))))
                .isEqualTo("磁盘已满，请腾出空间后重试（No space left on device）");
    }
}
