package org.copydesk.typeset;

import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryStyle;

/**
 * Where the text of a story frame may go. A plain frame's text fills it; a boxed frame (花边框/底纹框)
 * keeps its text one grid row clear of the border at top and bottom and one body character clear at
 * the sides, so the text inside stays on the page's baseline grid and on whole characters.
 *
 * @param box      the area text is set in
 * @param firstRow first grid row of text
 * @param lastRow  last grid row of text
 * @param plain    whether it is the whole frame (the text then takes the page's basic columns)
 */
record FrameInterior(Box box, int firstRow, int lastRow, boolean plain) {

    static FrameInterior of(PageSpec spec, GridRect rect, StoryStyle style) {
        Box frame = FrameGrid.box(spec, rect);
        if (!style.boxed() || rect.rowSpan() < 3) {
            return new FrameInterior(frame, rect.row(), rect.lastRow(), true);
        }
        double side = spec.bodySizePt();
        double top = spec.rowTopPt(rect.row() + 1);
        double bottom = spec.rowTopPt(rect.lastRow());
        return new FrameInterior(new Box(frame.x() + side, top, frame.width() - 2 * side, bottom - top),
                rect.row() + 1, rect.lastRow() - 1, false);
    }

    /** The same interior with the text narrowed to {@code left}..{@code right}. */
    FrameInterior narrowed(double left, double right) {
        return new FrameInterior(new Box(left, box.y(), Math.max(0, right - left), box.height()), firstRow, lastRow, false);
    }

    /**
     * Width of each of {@code columns} text columns {@code gutter} apart across a box that is not
     * the page's basic columns: whole body characters, so every line holds a known count.
     */
    static double columnWidth(double width, int columns, double gutter, double bodySize) {
        double share = (width + gutter) / columns - gutter;
        return Math.max(bodySize, Math.floor(share / bodySize + 1e-6) * bodySize);
    }
}
