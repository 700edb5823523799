package org.copydesk.desk;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.exchange.PackageLimits;
import org.copydesk.exchange.WordContent;
import org.copydesk.i18n.Words;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.PhotoDecoder;

/**
 * A Word document's picture as a photo of the edition, checked as an edition package's photos are
 * (header first, pixel and memory limits, then every row decoded), with a draft caption. One small
 * step on purpose: photo import can take it over and give Word pictures the same checks as photo files.
 */
final class WordPictures {
    private static final Words WORDS = Words.ofPackage(WordPictures.class);
    // 说明文字　李明/摄 (also 。李明/摄) and 说明文字（李明 摄）: the photographer's name goes to its own field.
    private static final Pattern SLASH_CREDIT = Pattern.compile("^(.*?[\\s\u3000。！？”）)]|)[\\s\u3000]*([\\p{IsHan}·]{2,6})[\\s\u3000]*/[\\s\u3000]*摄$");
    private static final Pattern BRACKET_CREDIT = Pattern.compile("^(.*?)[\\s\u3000]*[（(][\\s\u3000]*([\\p{IsHan}·]{2,6})[\\s\u3000]*/?[\\s\u3000]*摄[\\s\u3000]*[）)]$");

    /** The store keeps 500; a document name of any length still fits. */
    static final int MAX_FILE_NAME = 200;

    private final PackageLimits limits;

    WordPictures(PackageLimits limits) {
        this.limits = limits;
    }

    /** The picture as a photo of {@code editionId}, or the reason it cannot be one (for the report). */
    Result photoOf(WordContent.Picture picture, String captionText, String documentName, String editionId) {
        Optional<String> mediaType = switch (picture.extension()) {
            case "jpeg", "jpg" -> Optional.of("image/jpeg");
            case "png" -> Optional.of("image/png");
            default -> Optional.empty();
        };
        if (mediaType.isEmpty()) {
            return Result.refused(WORDS.format("picture.kind", picture.extension().toUpperCase(java.util.Locale.ROOT)));
        }
        byte[] bytes = picture.bytes();
        PhotoDecoder.Header header;
        try {
            header = PhotoDecoder.header(bytes, mediaType.get());
        } catch (IOException | RuntimeException e) {
            return Result.refused(WORDS.format("picture.notImage", String.valueOf(e.getMessage())));
        }
        if ((long) header.widthPx() * header.heightPx() > limits.maxImagePixels()
                || header.rasterBytes() > limits.maxImageBytes()) {
            return Result.refused(WORDS.format("picture.tooLarge", header.widthPx(), header.heightPx()));
        }
        try {
            PhotoDecoder.verify(bytes, mediaType.get());
        } catch (IOException | RuntimeException e) {
            return Result.refused(WORDS.format("picture.damaged", String.valueOf(e.getMessage())));
        }
        String name = documentName + "-" + picture.fileName();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(name.length() - MAX_FILE_NAME); // the picture's own name and kind stay
        }
        return Result.of(new Photo(UUID.randomUUID().toString(), editionId, name, mediaType.get(), bytes, sha256(bytes),
                header.widthPx(), header.heightPx(), caption(captionText)));
    }

    /** A draft caption: the text, with a trailing {@code 姓名/摄} or {@code （姓名 摄）} taken as the photographer. */
    static Caption caption(String text) {
        for (Pattern pattern : new Pattern[] {SLASH_CREDIT, BRACKET_CREDIT}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return new Caption(m.group(1).strip(), m.group(2), "", CaptionKind.NEWS);
            }
        }
        return new Caption(text, "", "", CaptionKind.NEWS);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A photo, or why the picture could not be one. */
    record Result(Optional<Photo> photo, String problem) {
        static Result of(Photo photo) {
            return new Result(Optional.of(photo), "");
        }

        static Result refused(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
