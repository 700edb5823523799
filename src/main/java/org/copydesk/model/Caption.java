package org.copydesk.model;

/**
 * A photo caption. The photographer's name is stored alone; {@link #printed()} adds {@code /摄}.
 *
 * @param text         图片说明, or for a portrait the person's title and name
 * @param photographer the name alone, e.g. 李明; may be empty (then {@code credit} is printed)
 * @param credit       an agency or source line such as 新华社发; may be empty
 * @param kind         news or portrait
 */
public record Caption(String text, String photographer, String credit, CaptionKind kind) {
    public Caption {
        text = text == null ? "" : text;
        photographer = photographer == null ? "" : photographer.strip();
        credit = credit == null ? "" : credit.strip();
        kind = kind == null ? CaptionKind.NEWS : kind;
    }

    /** The line printed under the photo: {@code 说明文字 姓名/摄} for news, the text alone for portraits. */
    public String printed() {
        if (kind == CaptionKind.PORTRAIT) {
            return text;
        }
        String creditLine = !photographer.isEmpty() ? photographer + "/摄" : credit;
        if (creditLine.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? creditLine : text + "\u3000" + creditLine;
    }
}
