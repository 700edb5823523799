package org.copydesk.model;

import java.util.Objects;

/**
 * How make-up sets a story frame beyond its size: boxed (a border and/or a light tint behind the
 * text, 花边框/底纹框), with its 主题 set top to bottom beside the text (竖题), or the whole story
 * set in vertical columns read right to left (竖排短文, for a short piece or a poem).
 *
 * @param border           the border round the frame
 * @param tinted           whether a light tint (底纹) lies behind the frame
 * @param verticalHeadline where the headline goes when it is set vertically; {@code NONE} sets it
 *                         across the top as usual
 * @param verticalText     whether the body is set in vertical columns, right to left
 */
public record StoryStyle(FrameBorder border, boolean tinted, VerticalHeadline verticalHeadline, boolean verticalText) {
    /** A plain frame: no border, no tint, headline across the top, text horizontal. */
    public static final StoryStyle PLAIN = new StoryStyle(FrameBorder.NONE, false, VerticalHeadline.NONE, false);

    /** Which side of the text a vertical headline (竖题) stands on. */
    public enum VerticalHeadline { NONE, RIGHT, LEFT }

    public StoryStyle {
        Objects.requireNonNull(border, "border");
        Objects.requireNonNull(verticalHeadline, "verticalHeadline");
    }

    /** Whether the text sits inside a box: a border or a tint keeps it off the frame's edges. */
    public boolean boxed() {
        return border != FrameBorder.NONE || tinted;
    }

    public StoryStyle withBorder(FrameBorder newBorder) {
        return new StoryStyle(newBorder, tinted, verticalHeadline, verticalText);
    }

    public StoryStyle withTint(boolean newTinted) {
        return new StoryStyle(border, newTinted, verticalHeadline, verticalText);
    }

    public StoryStyle withVerticalHeadline(VerticalHeadline side) {
        return new StoryStyle(border, tinted, side, verticalText);
    }

    public StoryStyle withVerticalText(boolean vertical) {
        return new StoryStyle(border, tinted, verticalHeadline, vertical);
    }
}
