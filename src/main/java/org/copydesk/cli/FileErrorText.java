package org.copydesk.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.copydesk.i18n.Words;

/**
 * A file the system would not read or write, in the user's words. The JDK's own message is only the
 * path for a missing or forbidden file, and the OS's English for the rest; so the situation is
 * named first and the system's detail, when it adds anything, comes last.
 */
final class FileErrorText {
    private static final Words WORDS = Words.ofPackage(FileErrorText.class);

    private FileErrorText() {
    }

    static String describe(IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileSystemException failed && failed.getFile() != null) {
            String file = failed.getFile();
            String reason = failed.getReason() == null ? detail : failed.getReason();
            if (e instanceof NoSuchFileException) {
                return WORDS.format("file.noSuchFile", file);
            }
            if (e instanceof AccessDeniedException) {
                return WORDS.format("file.accessDenied", file);
            }
            if (isDiskFull(reason)) {
                return WORDS.format("file.diskFull", file, reason);
            }
            return WORDS.format("file.cannotUse", file, reason);
        }
        return isDiskFull(detail) ? WORDS.format("file.diskFullUnnamed", detail) : WORDS.format("file.failed", detail);
    }

    /** Linux says "No space left on device", Windows "There is not enough space on the disk". */
    private static boolean isDiskFull(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("no space left") || lower.contains("not enough space");
    }
}
