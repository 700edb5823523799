package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;
import org.copydesk.ui.GridPointer.Handle;
import org.junit.jupiter.api.Test;

class GridPointerTest {
    private final PageSpec spec = PageSpec.broadsheet();
    private final GridPointer grid = new GridPointer(spec);
    /** A column and its gutter: 14 characters of 9 pt. */
    private final double column = 14 * 9.0;
    private final double line = spec.linePitchPt();

    /** The middle of the cell at 栏 {@code c}, 行 {@code r} (0-based). */
    private double x(int c) {
        return spec.columnLeftPt(c) + 20;
    }

    private double y(int r) {
        return spec.rowTopPt(r) + line / 2;
    }

    @Test
    void findsTheCellUnderAPointAndTheNearestOneOffTheGrid() {
        assertThat(grid.columnAt(x(3))).isEqualTo(3);
        assertThat(grid.rowAt(y(41))).isEqualTo(41);
        assertThat(grid.columnAt(0)).isZero();
        assertThat(grid.rowAt(10_000)).isEqualTo(spec.rows() - 1);
    }

    @Test
    void aDroppedFrameStartsAtThePointButStaysOnTheGrid() {
        assertThat(grid.frameAt(x(2), y(10), 3, 20)).isEqualTo(new GridRect(2, 10, 3, 20));
        assertThat(grid.frameAt(x(7), y(95), 3, 20)).isEqualTo(new GridRect(5, 80, 3, 20));
    }

    @Test
    void movingSnapsToWholeColumnsAndLines() {
        var frame = new GridRect(1, 10, 3, 20);
        assertThat(grid.moved(frame, column * 0.6, line * 4.4)).isEqualTo(new GridRect(2, 14, 3, 20));
        assertThat(grid.moved(frame, column * 0.4, -line * 0.4)).isEqualTo(frame);
        assertThat(grid.moved(frame, -column * 5, line * 500)).as("held on the grid")
                .isEqualTo(new GridRect(0, 80, 3, 20));
    }

    @Test
    void resizingMovesOnlyTheHeldEdgesToTheNearestBoundary() {
        var frame = new GridRect(1, 10, 3, 20);
        double rightOf5 = spec.columnLeftPt(5) - 4;
        assertThat(grid.resized(frame, new Handle(1, 0), rightOf5, 0)).isEqualTo(new GridRect(1, 10, 4, 20));
        assertThat(grid.resized(frame, new Handle(1, 1), rightOf5, spec.rowTopPt(45) + 1))
                .isEqualTo(new GridRect(1, 10, 4, 35));
        assertThat(grid.resized(frame, new Handle(-1, -1), spec.columnLeftPt(0), spec.rowTopPt(2)))
                .isEqualTo(new GridRect(0, 2, 4, 28));
        assertThat(grid.resized(frame, new Handle(1, 0), spec.columnLeftPt(0), 0)).as("at least one 栏")
                .isEqualTo(new GridRect(1, 10, 1, 20));
        assertThat(grid.resized(frame, new Handle(0, 1), 0, 100_000)).as("not past the last line")
                .isEqualTo(new GridRect(1, 10, 3, 90));
    }

    @Test
    void handlesAreFoundNearTheOutlineCornersFirst() {
        var frame = new GridRect(1, 10, 3, 20);
        double left = spec.columnLeftPt(1);
        double right = left + spec.spanWidthPt(3);
        double top = spec.rowTopPt(10);
        double bottom = spec.rowTopPt(30);
        assertThat(grid.handleAt(frame, right + 1, bottom - 1, 4)).contains(new Handle(1, 1));
        assertThat(grid.handleAt(frame, left, (top + bottom) / 2, 4)).contains(new Handle(-1, 0));
        assertThat(grid.handleAt(frame, (left + right) / 2, top - 2, 4)).contains(new Handle(0, -1));
        assertThat(grid.handleAt(frame, (left + right) / 2, (top + bottom) / 2, 4)).as("inside: a move").isEmpty();
        assertThat(grid.handleAt(frame, right + 30, bottom, 4)).isEmpty();
    }
}
