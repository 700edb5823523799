package org.copydesk.typeset;

import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;

/**
 * What a slot on the grid holds before anyone writes: "3 栏 x 60 行" in body lines and characters,
 * for text set in its basic columns or, for 破栏, in fewer equal columns with a one-character gutter.
 */
public final class SlotCapacity {
    private SlotCapacity() {
    }

    /** Body lines in {@code rect} set in {@code textColumns} columns. */
    public static int lines(GridRect rect, int textColumns) {
        return rect.rowSpan() * textColumns;
    }

    /** Characters (字) per line of one text column: whole body characters, rounded down. */
    public static int charactersPerLine(PageSpec spec, GridRect rect, int textColumns) {
        if (textColumns == rect.columnSpan()) {
            return spec.columnChars();
        }
        double width = (spec.spanWidthPt(rect.columnSpan()) - (textColumns - 1) * spec.bodySizePt()) / textColumns;
        return (int) Math.floor(width / spec.bodySizePt() + 1e-9);
    }

    /** Characters the slot holds when full of body text, with no headline or photo in it. */
    public static int characters(PageSpec spec, GridRect rect, int textColumns) {
        return lines(rect, textColumns) * charactersPerLine(spec, rect, textColumns);
    }
}
