package org.copydesk.typeset;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Filling a story's frame to the column foot (纵向撑满) without leaving the grid: when a story ends a
 * few lines short, one empty row goes between paragraphs at as many paragraph breaks as rows are
 * free, spread evenly through the story, so the last column reaches the foot of the frame and every
 * baseline stays on the page grid. A story short by one line is left so (it reads as the end of the
 * story); one short by more than {@link #MAX_ROWS} rows, or with fewer paragraph breaks than free
 * rows, is left short and its copyfit says 差 N 行: it needs copy, not white.
 */
final class VerticalFill {
    /** The most empty rows the composer spreads between paragraphs; more means the story is short of copy. */
    static final int MAX_ROWS = 6;

    private VerticalFill() {
    }

    /**
     * The paragraph breaks (item indexes, taken from {@code paragraphEnds}) after which an empty row
     * goes, or none.
     *
     * @param items         how many body items the story has
     * @param paragraphEnds indexes of items after which another paragraph follows, in order
     * @param freeRows      rows left empty at the foot of the story's last frame
     */
    static Set<Integer> blankRowsAfter(int items, List<Integer> paragraphEnds, int freeRows) {
        if (freeRows < 2 || freeRows > MAX_ROWS || paragraphEnds.size() < freeRows) {
            return Set.of();
        }
        Set<Integer> chosen = new TreeSet<>();
        int breaks = paragraphEnds.size();
        for (int i = 1; i <= freeRows; i++) {
            // evenly: the i-th of freeRows+1 equal parts of the story
            int at = (int) Math.round((double) i * breaks / (freeRows + 1)) - 1;
            chosen.add(paragraphEnds.get(Math.max(0, Math.min(breaks - 1, at))));
        }
        return Set.copyOf(chosen);
    }
}
