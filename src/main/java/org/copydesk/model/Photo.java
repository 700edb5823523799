package org.copydesk.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A photo: the original file's bytes, untouched, with its caption.
 *
 * <p>The bytes are copied in and out so the value stays immutable.
 *
 * @param id        stable identity (a UUID string)
 * @param editionId the edition it belongs to
 * @param fileName  the original file name, e.g. bridge.jpg
 * @param mediaType image/jpeg or image/png
 * @param sha256    lower-case hex digest of the bytes
 * @param widthPx   pixel width
 * @param heightPx  pixel height
 * @param caption   caption and credit
 */
public record Photo(String id, String editionId, String fileName, String mediaType, byte[] bytes,
                    String sha256, int widthPx, int heightPx, Caption caption) {
    public Photo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(caption, "caption");
        if (widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("photo " + fileName + " has no pixels: " + widthPx + "x" + heightPx);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Whether the bytes still have the digest recorded with them. False means they were changed or
     * damaged after they were checked in (a bad disk, a hand-edited database): they must not be
     * printed or passed on as the photo.
     */
    public boolean bytesMatchDigest() {
        try {
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return actual.equalsIgnoreCase(sha256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether the file runs to its end marker (JPEG end-of-image, PNG IEND); false for a file cut
     * short, which would print as a grey block or break the PDF.
     */
    public boolean fileIsComplete() {
        return PhotoFileEnd.reached(bytes, mediaType);
    }

    public int sizeInBytes() {
        return bytes.length;
    }

    public Photo withCaption(Caption newCaption) {
        return new Photo(id, editionId, fileName, mediaType, bytes, sha256, widthPx, heightPx, newCaption);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && id.equals(p.id) && sha256.equals(p.sha256)
                && caption.equals(p.caption) && editionId.equals(p.editionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sha256, caption);
    }

    @Override
    public String toString() {
        return "Photo[" + id + ", " + fileName + ", " + widthPx + "x" + heightPx + "]";
    }
}
