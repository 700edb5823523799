package org.copydesk.render.pdf;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import org.copydesk.i18n.Words;

/**
 * What went wrong with a file, in the user's language: the operating system's complaint ("No space
 * left on device", "Permission denied") is named in words first and kept, as it was, at the end.
 * Messages that are not the system's (ours, already in words) are returned as they are.
 */
public final class FileErrorText {
    private static final Words WORDS = Words.ofPackage(FileErrorText.class);
    /** Linux, macOS and Windows say a full disk in these words; a quota is a full disk to the user. */
    private static final List<String> DISK_FULL = List.of("no space left on device", "not enough space on the disk",
            "there is not enough space", "disk quota exceeded", "disk full");
    private static final List<String> NO_PERMISSION = List.of("permission denied", "operation not permitted",
            "access is denied");

    private FileErrorText() {
    }

    /** {@code e} for a message: "the disk is full (No space left on device)", or its own text. */
    public static String of(IOException e) {
        String raw = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        // A FileSystemException carries the system's words as its reason; a plain IOException (a failed
        // write) as its whole message. Only then is the text the system's: ours may end in its words.
        boolean fromSystem = e instanceof FileSystemException;
        String said = e instanceof FileSystemException system ? system.getReason() : raw;
        String reason = said == null ? "" : said.strip().toLowerCase(Locale.ROOT);
        if (DISK_FULL.contains(reason) || fromSystem && DISK_FULL.stream().anyMatch(reason::contains)) {
            return WORDS.format("io.diskFull", raw);
        }
        if (e instanceof AccessDeniedException || fromSystem && NO_PERMISSION.contains(reason)) {
            return WORDS.format("io.noPermission", raw);
        }
        if (e instanceof NoSuchFileException) {
            return WORDS.format("io.noSuchFile", raw);
        }
        if (e instanceof NotDirectoryException || fromSystem && reason.equals("not a directory")) {
            return WORDS.format("io.notAFolder", raw);
        }
        if (fromSystem && reason.equals("read-only file system")) {
            return WORDS.format("io.readOnly", raw);
        }
        if (fromSystem) {
            return WORDS.format("io.system", raw);
        }
        return raw;
    }
}
