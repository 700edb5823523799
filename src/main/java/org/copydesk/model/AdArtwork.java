package org.copydesk.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An advertiser's finished artwork for an ad slot: the PDF file as delivered, untouched. The page
 * prints its first page scaled into the slot.
 *
 * <p>The bytes are copied in and out so the value stays immutable; two artworks are equal when their
 * file names and bytes (by SHA-256) are.
 *
 * @param fileName the file's name as delivered, for messages
 * @param pdf      the PDF file's bytes
 */
public record AdArtwork(String fileName, byte[] pdf) {
    public AdArtwork {
        Objects.requireNonNull(fileName, "fileName");
        pdf = Objects.requireNonNull(pdf, "pdf").clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    public int size() {
        return pdf.length;
    }

    /** Lower-case hex SHA-256 of the bytes: what the store keys the file by. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdArtwork a && fileName.equals(a.fileName) && java.util.Arrays.equals(pdf, a.pdf);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + java.util.Arrays.hashCode(pdf);
    }

    @Override
    public String toString() {
        return "AdArtwork[" + fileName + ", " + pdf.length + " bytes]";
    }
}
