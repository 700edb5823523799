package org.copydesk.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.copydesk.i18n.Words;

/** Names and versions shared by the package writer and reader. */
final class EditionPackageFormat {
    private static final Words WORDS = Words.ofPackage(EditionPackageFormat.class);
    static final String FORMAT = "copydesk-edition";
    /** Raise when the layout changes; readers refuse packages newer than they know. */
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String ARTICLES = "articles/";
    static final String PHOTOS = "photos/";
    static final String PAGES = "pages/";
    /** Advertisers' PDFs for ad slots, as delivered (an ad placement names its file). */
    static final String ADS = "ads/";

    private EditionPackageFormat() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/tiff" -> ".tif";
            default -> throw new PackageException(WORDS.format("package.photoType", mediaType));
        };
    }
}
