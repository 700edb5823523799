package org.copydesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.copydesk.i18n.Words;

/**
 * Says in the user's words what a file failure is (a full disk, a missing file, a refused
 * permission) before the system's own text, which stays last in brackets for whoever looks deeper.
 */
final class IoFailureText {
    private static final Words WORDS = Words.ofPackage(IoFailureText.class);

    private IoFailureText() {
    }

    /** What went wrong, in words, with the raw detail last. */
    static String describe(IOException e) {
        String raw = raw(e);
        if (diskFull(e)) {
            return WORDS.format("io.diskFull", raw);
        }
        if (e instanceof AccessDeniedException denied) {
            return WORDS.format("io.denied", denied.getFile());
        }
        if (e instanceof NoSuchFileException missing) {
            return WORDS.format("io.missing", missing.getFile());
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null && fs.getReason() != null) {
            return WORDS.format("io.refused", fs.getFile(), fs.getReason());
        }
        return WORDS.format("io.failed", raw);
    }

    /** True when {@code e} or one it wraps says the disk is full. */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (saysDiskFull(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Linux/macOS ENOSPC, Windows ERROR_DISK_FULL, PostgreSQL's "could not extend file". */
    static boolean saysDiskFull(String message) {
        String text = String.valueOf(message).toLowerCase(Locale.ROOT);
        return text.contains("no space left on device") || text.contains("not enough space on the disk")
                || text.contains("disk full");
    }

    /** The exception's own text, or its kind when it has none. */
    static String raw(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
