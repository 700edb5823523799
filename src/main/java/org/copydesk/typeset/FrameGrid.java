package org.copydesk.typeset;

import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;

/** Grid rectangles in points, and keeping a rectangle inside its page's grid. */
final class FrameGrid {
    private FrameGrid() {
    }

    static Box box(PageSpec spec, GridRect rect) {
        return new Box(spec.columnLeftPt(rect.column()), spec.rowTopPt(rect.row()), spec.spanWidthPt(rect.columnSpan()),
                rect.rowSpan() * spec.linePitchPt());
    }

    /** The part of {@code rect} on the grid, or null when none of it is. */
    static GridRect clamp(PageSpec spec, GridRect rect) {
        if (rect.fitsIn(spec)) {
            return rect;
        }
        if (rect.column() >= spec.columns() || rect.row() >= spec.rows()) {
            return null;
        }
        return new GridRect(rect.column(), rect.row(), Math.min(rect.columnSpan(), spec.columns() - rect.column()),
                Math.min(rect.rowSpan(), spec.rows() - rect.row()));
    }

    /** Whether the horizontal extent {@code [x, x + width]} runs into the columns of {@code rect}. */
    static boolean overlapsHorizontally(PageSpec spec, GridRect rect, double x, double width) {
        double left = spec.columnLeftPt(rect.column());
        double right = left + spec.spanWidthPt(rect.columnSpan());
        return x < right - 0.01 && x + width > left + 0.01;
    }
}
