package org.copydesk.model;

/**
 * A rectangle on the page grid: basic columns across, body lines down, both 0-based.
 * "3 栏 x 60 行" is {@code columnSpan = 3, rowSpan = 60}.
 */
public record GridRect(int column, int row, int columnSpan, int rowSpan) {
    public GridRect {
        if (column < 0 || row < 0 || columnSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("bad grid rectangle: column " + column + ", row " + row
                    + ", " + columnSpan + " 栏 x " + rowSpan + " 行");
        }
    }

    public int lastColumn() { return column + columnSpan - 1; }

    public int lastRow() { return row + rowSpan - 1; }

    public boolean fitsIn(PageSpec spec) {
        return column + columnSpan <= spec.columns() && row + rowSpan <= spec.rows();
    }

    public boolean overlaps(GridRect other) {
        return column <= other.lastColumn() && other.column <= lastColumn()
                && row <= other.lastRow() && other.row <= lastRow();
    }
}
