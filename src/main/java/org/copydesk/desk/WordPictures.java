package org.copydesk.desk;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.exchange.WordContent;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;

/**
 * A Word document's picture as a photo of the edition, checked as a photo file is
 * (header first, pixel and memory limits, then every row decoded), with a draft caption, through
 * photo import, so a Word picture gets exactly the checks and metadata reading of a photo file.
 */
final class WordPictures {
    // 说明文字　李明/摄 (also 。李明/摄) and 说明文字（李明 摄）: the photographer's name goes to its own field.
    private static final Pattern SLASH_CREDIT = Pattern.compile("^(.*?[\\s\u3000。！？”）)]|)[\\s\u3000]*([\\p{IsHan}·]{2,6})[\\s\u3000]*/[\\s\u3000]*摄$");
    private static final Pattern BRACKET_CREDIT = Pattern.compile("^(.*?)[\\s\u3000]*[（(][\\s\u3000]*([\\p{IsHan}·]{2,6})[\\s\u3000]*/?[\\s\u3000]*摄[\\s\u3000]*[）)]$");

    /** The store keeps 500; a document name of any length still fits. */
    static final int MAX_FILE_NAME = 200;

    private final PhotoImport photos;

    WordPictures(PhotoImport photos) {
        this.photos = photos;
    }

    /**
     * The picture as a photo of {@code editionId}, checked by photo import exactly as a photo file is
     * (format by its bytes, header limits before decoding, every row, orientation and IPTC/XMP read),
     * or the reason it cannot be one (for the report). The caption found beside the picture in the
     * document, if any, is the draft caption; else whatever the picture's own metadata holds.
     */
    Result photoOf(WordContent.Picture picture, String captionText, String documentName, String editionId) {
        String name = documentName + "-" + picture.fileName();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(name.length() - MAX_FILE_NAME); // the picture's own name and kind stay
        }
        try {
            Photo photo = photos.read(name, picture.bytes(), editionId);
            return Result.of(captionText.isBlank() ? photo : photo.withCaption(caption(captionText)));
        } catch (PhotoImport.PhotoRefusedException e) {
            return Result.refused(e.getMessage());
        }
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
