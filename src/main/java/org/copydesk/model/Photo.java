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
 * @param mediaType image/jpeg, image/png or image/tiff
 * @param sha256    lower-case hex digest of the bytes
 * @param widthPx   pixel width as displayed, after {@code orientation} is applied
 * @param heightPx  pixel height as displayed
 * @param caption   caption and credit
 * @param orientation the EXIF orientation (1 to 8) the picture is shown with; the bytes stay as
 *                  the camera wrote them and every renderer turns the decoded picture upright
 * @param details   headline, keywords, city, date and source from the file's metadata
 */
public record Photo(String id, String editionId, String fileName, String mediaType, byte[] bytes,
                    String sha256, int widthPx, int heightPx, Caption caption, int orientation, PhotoDetails details) {
    /** Upright as stored: EXIF orientation 1. */
    public static final int UPRIGHT = 1;

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
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("photo " + fileName + " has EXIF orientation " + orientation + ", not 1 to 8");
        }
        details = details == null ? PhotoDetails.NONE : details;
    }

    /** A photo stored upright, with no details beyond its caption. */
    public Photo(String id, String editionId, String fileName, String mediaType, byte[] bytes,
                 String sha256, int widthPx, int heightPx, Caption caption) {
        this(id, editionId, fileName, mediaType, bytes, sha256, widthPx, heightPx, caption, UPRIGHT, PhotoDetails.NONE);
    }

    /** Whether the stored picture is turned a quarter (EXIF 5 to 8): its width is shown as height. */
    public boolean turnsSideways() {
        return orientation >= 5;
    }

    /** Pixel width of the picture as the file stores it, before it is turned upright. */
    public int storedWidthPx() {
        return turnsSideways() ? heightPx : widthPx;
    }

    /** Pixel height of the picture as the file stores it. */
    public int storedHeightPx() {
        return turnsSideways() ? widthPx : heightPx;
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
        return new Photo(id, editionId, fileName, mediaType, bytes, sha256, widthPx, heightPx, newCaption, orientation, details);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && id.equals(p.id) && sha256.equals(p.sha256)
                && caption.equals(p.caption) && editionId.equals(p.editionId) && orientation == p.orientation
                && details.equals(p.details);
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
