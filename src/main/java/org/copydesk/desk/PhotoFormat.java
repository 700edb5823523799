package org.copydesk.desk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats the photo desk takes, told by the file's first bytes and never by its name: a
 * PNG called .jpg is a PNG, and a text file called .jpg is refused.
 */
enum PhotoFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    TIFF("image/tiff");

    private final String mediaType;

    PhotoFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format the bytes start as, if any of ours. */
    static Optional<PhotoFormat> sniff(byte[] head) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Optional.of(PNG);
        }
        if (starts(head, 'I', 'I', 42, 0) || starts(head, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        return Optional.empty();
    }

    /** Whether a file found in a folder is taken as a photo: by its name, so a folder's other files are passed over. */
    static boolean looksLikePhoto(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png")
                || name.endsWith(".tif") || name.endsWith(".tiff"));
    }

    private static boolean starts(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
