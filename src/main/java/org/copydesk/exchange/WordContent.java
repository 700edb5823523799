package org.copydesk.exchange;

import java.util.List;
import java.util.Objects;

/**
 * What a Word document (.docx or .doc) holds, read and reduced to what a story can use: its
 * paragraphs in reading order with their style and look, its pictures with their alt text, and a
 * tally of what could not come along. The desk turns this into a story with the paper's style table.
 *
 * @param paragraphs the accepted text's paragraphs (deleted revisions dropped, soft breaks split)
 * @param pictures   the pictures in the body, in reading order
 * @param leftOut    what was left out or changed on the way
 */
public record WordContent(List<Paragraph> paragraphs, List<Picture> pictures, LeftOut leftOut) {
    public WordContent {
        paragraphs = List.copyOf(paragraphs);
        pictures = List.copyOf(pictures);
        Objects.requireNonNull(leftOut, "leftOut");
    }

    /**
     * One paragraph.
     *
     * @param text         its text, without indent or trailing spaces; never empty
     * @param styleName    the style's name as the document stores it (Word keeps built-in names in
     *                     English, e.g. {@code heading 1}); empty when it has none
     * @param styleId      the style's id (e.g. {@code Heading1}, or {@code 1} in a Chinese Word); may be empty
     * @param bold         whether every character of it is bold
     * @param fontSizePt   its largest font size in points; 0 when the document does not say
     * @param centred      whether it is centred
     * @param fromTable    whether it is a table row read as a paragraph
     * @param picturesBefore how many of the document's pictures come before it (to attach captions)
     */
    public record Paragraph(String text, String styleName, String styleId, boolean bold, double fontSizePt,
                            boolean centred, boolean fromTable, int picturesBefore) {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            styleName = styleName == null ? "" : styleName;
            styleId = styleId == null ? "" : styleId;
        }
    }

    /**
     * An embedded picture.
     *
     * @param fileName  a name for it: the document's name for the part, e.g. image1.png
     * @param extension its kind as a file extension (png, jpeg, emf ...), lower case
     * @param bytes     the picture file
     * @param altText   its alt text (description, else title); empty when none
     */
    public record Picture(String fileName, String extension, byte[] bytes, String altText) {
        public Picture {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(extension, "extension");
            bytes = bytes.clone();
            altText = altText == null ? "" : altText.strip();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * What did not come into the story as it stood.
     *
     * @param tables         tables, whose rows were read as paragraphs
     * @param tableRows      their rows
     * @param footnotes      footnotes (their references and text are left out)
     * @param endnotes       endnotes, likewise
     * @param comments       comments, left out
     * @param insertions     tracked insertions, kept as accepted
     * @param deletions      tracked deletions, dropped as accepted
     * @param textBoxes      text boxes and shapes with text, left out
     * @param dropped        characters dropped because they cannot be printed (control, bidi)
     */
    public record LeftOut(int tables, int tableRows, int footnotes, int endnotes, int comments, int insertions,
                          int deletions, int textBoxes, int dropped) {
        public static final LeftOut NOTHING = new LeftOut(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
