package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * 栏线: hairlines down the middle of the gutters, between the text columns of a story frame (below
 * its headline stack) and between stories standing side by side. With eight narrow columns and
 * one-character gutters the columns of neighbouring stories otherwise run together. A rule stops
 * where a photo (with its caption) meets the gutter, so it never crosses a headline, picture or
 * caption; it runs from the top of its first grid row to the foot of the type in its last.
 */
final class ColumnRules {
    static final double WIDTH_PT = 0.25;

    /** Tells whether grid row {@code row} is body text on both sides of a gutter. */
    @FunctionalInterface
    interface RowTest {
        boolean ruled(int row);
    }

    private ColumnRules() {
    }

    /** Vertical rules at {@code x} over the runs of rows in {@code [firstRow, lastRow]} that pass {@code test}. */
    static List<Rule> down(PageSpec spec, double x, int firstRow, int lastRow, RowTest test) {
        List<Rule> rules = new ArrayList<>();
        int row = firstRow;
        while (row <= lastRow) {
            if (!test.ruled(row)) {
                row++;
                continue;
            }
            int end = row;
            while (end + 1 <= lastRow && test.ruled(end + 1)) {
                end++;
            }
            rules.add(new Rule(x, spec.rowTopPt(row), x, spec.rowTopPt(end) + spec.bodySizePt(), WIDTH_PT));
            row = end + 1;
        }
        return rules;
    }

    /**
     * Rules in the gutters between story frames side by side on a page, over the rows both frames
     * share, except where a photo reaches the gutter.
     */
    static List<Rule> betweenStories(PageSpec spec, List<Placement> placements) {
        List<Rule> rules = new ArrayList<>();
        if (spec.gutterChars() == 0) {
            return rules;
        }
        List<GridRect> stories = new ArrayList<>();
        List<GridRect> photos = new ArrayList<>();
        for (Placement placement : placements) {
            GridRect rect = FrameGrid.clamp(spec, placement.frame());
            if (rect != null) {
                (placement instanceof StoryPlacement ? stories : photos).add(rect);
            }
        }
        for (GridRect left : stories) {
            for (GridRect right : stories) {
                if (left.column() + left.columnSpan() != right.column()) {
                    continue;
                }
                int top = Math.max(left.row(), right.row());
                int bottom = Math.min(left.lastRow(), right.lastRow());
                double x = spec.columnLeftPt(right.column()) - spec.gutterChars() * spec.bodySizePt() / 2;
                int leftColumn = right.column() - 1;
                rules.addAll(down(spec, x, top, bottom, row -> !photoAt(photos, row, leftColumn)
                        && !photoAt(photos, row, right.column())));
            }
        }
        return rules;
    }

    /**
     * Thin rules between stories stacked one above the other: across the columns the two frames share,
     * in the leading between the upper frame's last row and the lower frame's first, so the eye does
     * not run from one story's last lines into the next story's headline.
     */
    static List<Rule> betweenStackedStories(PageSpec spec, List<Placement> placements) {
        List<Rule> rules = new ArrayList<>();
        List<GridRect> stories = new ArrayList<>();
        for (Placement placement : placements) {
            GridRect rect = placement instanceof StoryPlacement ? FrameGrid.clamp(spec, placement.frame()) : null;
            if (rect != null) {
                stories.add(rect);
            }
        }
        for (GridRect upper : stories) {
            for (GridRect lower : stories) {
                if (upper.lastRow() + 1 != lower.row()) {
                    continue;
                }
                int first = Math.max(upper.column(), lower.column());
                int last = Math.min(upper.column() + upper.columnSpan(), lower.column() + lower.columnSpan()) - 1;
                if (first > last) {
                    continue;
                }
                double y = spec.rowTopPt(lower.row()) - (spec.linePitchPt() - spec.bodySizePt()) / 2;
                double left = spec.columnLeftPt(first);
                double right = spec.columnLeftPt(last) + spec.columnChars() * spec.bodySizePt();
                rules.add(new Rule(left, y, right, y, WIDTH_PT));
            }
        }
        return rules;
    }

    private static boolean photoAt(List<GridRect> photos, int row, int column) {
        for (GridRect photo : photos) {
            if (row >= photo.row() && row <= photo.lastRow() && column >= photo.column()
                    && column < photo.column() + photo.columnSpan()) {
                return true;
            }
        }
        return false;
    }
}
