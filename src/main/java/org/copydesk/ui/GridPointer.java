package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;

/**
 * Page points to the page grid, for make-up with the mouse: which 栏 and 行 a point falls in, and
 * frames moved or resized by the mouse, snapped to whole columns and lines and kept on the grid.
 */
record GridPointer(PageSpec spec) {

    /**
     * A handle on a frame's outline: {@code dx} -1 for the left edge, 1 for the right, 0 for
     * neither; {@code dy} -1 for the top, 1 for the bottom, 0 for neither.
     */
    record Handle(int dx, int dy) {
        Handle {
            if (Math.abs(dx) > 1 || Math.abs(dy) > 1 || (dx == 0 && dy == 0)) {
                throw new IllegalArgumentException("no such handle: " + dx + ", " + dy);
            }
        }
    }

    GridPointer {
        Objects.requireNonNull(spec, "spec");
    }

    /** The 栏 (0-based) under {@code x}, the nearest one when off the type area. */
    int columnAt(double x) {
        int column = (int) Math.floor((x - spec.typeAreaLeftPt()) / columnPitch());
        return Math.max(0, Math.min(spec.columns() - 1, column));
    }

    /** The 行 (0-based) under {@code y}, the nearest one when off the type area. */
    int rowAt(double y) {
        int row = (int) Math.floor((y - spec.typeAreaTopPt()) / spec.linePitchPt());
        return Math.max(0, Math.min(spec.rows() - 1, row));
    }

    /** A frame of the given size with its top left at the cell under the point, pushed back onto the grid. */
    GridRect frameAt(double x, double y, int columnSpan, int rowSpan) {
        int span = Math.min(columnSpan, spec.columns());
        int rows = Math.min(rowSpan, spec.rows());
        int column = Math.min(columnAt(x), spec.columns() - span);
        int row = Math.min(rowAt(y), spec.rows() - rows);
        return new GridRect(column, row, span, rows);
    }

    /** {@code frame} moved by the mouse's travel, in whole columns and lines, kept on the grid. */
    GridRect moved(GridRect frame, double dxPt, double dyPt) {
        int column = frame.column() + (int) Math.round(dxPt / columnPitch());
        int row = frame.row() + (int) Math.round(dyPt / spec.linePitchPt());
        column = Math.max(0, Math.min(spec.columns() - frame.columnSpan(), column));
        row = Math.max(0, Math.min(spec.rows() - frame.rowSpan(), row));
        return new GridRect(column, row, frame.columnSpan(), frame.rowSpan());
    }

    /**
     * {@code frame} with the edges {@code handle} holds dragged to the point, each snapped to the
     * nearest column or line boundary; the opposite edges stay put and the frame keeps at least one
     * 栏 and one 行.
     */
    GridRect resized(GridRect frame, Handle handle, double x, double y) {
        int left = frame.column();
        int right = frame.column() + frame.columnSpan();
        int top = frame.row();
        int bottom = frame.row() + frame.rowSpan();
        int column = (int) Math.round((x - spec.typeAreaLeftPt()) / columnPitch());
        int row = (int) Math.round((y - spec.typeAreaTopPt()) / spec.linePitchPt());
        if (handle.dx() < 0) {
            left = Math.max(0, Math.min(right - 1, column));
        } else if (handle.dx() > 0) {
            right = Math.min(spec.columns(), Math.max(left + 1, column));
        }
        if (handle.dy() < 0) {
            top = Math.max(0, Math.min(bottom - 1, row));
        } else if (handle.dy() > 0) {
            bottom = Math.min(spec.rows(), Math.max(top + 1, row));
        }
        return new GridRect(left, top, right - left, bottom - top);
    }

    /** The handle of {@code frame} within {@code reach} points of the point, if any (corners first). */
    Optional<Handle> handleAt(GridRect frame, double x, double y, double reach) {
        double left = spec.columnLeftPt(frame.column());
        double right = left + spec.spanWidthPt(frame.columnSpan());
        double top = spec.rowTopPt(frame.row());
        double bottom = top + frame.rowSpan() * spec.linePitchPt();
        if (x < left - reach || x > right + reach || y < top - reach || y > bottom + reach) {
            return Optional.empty();
        }
        int dx = Math.abs(x - left) <= reach ? -1 : Math.abs(x - right) <= reach ? 1 : 0;
        int dy = Math.abs(y - top) <= reach ? -1 : Math.abs(y - bottom) <= reach ? 1 : 0;
        return dx == 0 && dy == 0 ? Optional.empty() : Optional.of(new Handle(dx, dy));
    }

    /** From one column's left edge to the next: a column and its gutter. */
    private double columnPitch() {
        return (spec.columnChars() + spec.gutterChars()) * spec.bodySizePt();
    }
}
