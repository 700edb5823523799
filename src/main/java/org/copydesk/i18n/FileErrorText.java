package org.copydesk.i18n;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;

/**
 * What went wrong with a file, in the user's language: the operating system's complaint ("No space
 * left on device", "Permission denied") is named in words first and kept, as it was, at the end.
 * The one place every package turns an {@link IOException} into words, so a full disk reads the same
 * from the store, an export and the command line.
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

    /**
     * Why {@code e} happened, for a message that already names the file: "the disk is full: free
     * some space and try again (No space left on device)". Text that is not the system's (ours,
     * already in words) is returned as it is.
     */
    public static String reason(IOException e) {
        return reason(e, raw(e));
    }

    /** {@link #reason(IOException)} with {@code raw} as the system's detail kept at the end. */
    private static String reason(IOException e, String raw) {
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

    /**
     * {@code e} as a message of its own, for a failure nobody wrapped: the file first when the
     * system named one, then {@link #reason}.
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException system && system.getFile() != null) {
            // The JDK gives a missing or forbidden file no reason: the file and the situation say it all.
            if (system.getReason() == null && e instanceof NoSuchFileException) {
                return WORDS.format("io.noSuchFileNamed", system.getFile());
            }
            if (system.getReason() == null && e instanceof AccessDeniedException) {
                return WORDS.format("io.noPermissionNamed", system.getFile());
            }
            // The file is named first, so the detail is the system's reason alone, not the file again.
            String detail = system.getReason() == null ? system.getFile() : system.getReason();
            return WORDS.format("io.named", system.getFile(), reason(e, detail));
        }
        String reason = reason(e);
        return reason.equals(raw(e)) ? WORDS.format("io.unnamed", reason) : reason;
    }

    /** True when {@code e} or one it wraps says the disk is full. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (saysDiskFull(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a message (a system's, a driver's) says the disk is full. */
    public static boolean saysDiskFull(String message) {
        String text = String.valueOf(message).toLowerCase(Locale.ROOT);
        return DISK_FULL.stream().anyMatch(text::contains);
    }

    /** The exception's own text, or its kind when it has none. */
    public static String raw(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
