package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.typeset.MastheadBlock;

/**
 * 开天窗: areas of a page's type area that no frame covers, at least as large as the rules say.
 * The largest such rectangle is reported first; its cells are then counted as reported and the
 * search runs again, so an L-shaped hole is reported as two areas and no cell twice.
 *
 * <p>A warning, for the press too: white left inside a story's frame is one ({@link Check#PAGE_NOT_FILLED}),
 * and the same white with no frame around it is no worse. Pages exported as proofs while the
 * edition is being made up have such areas, and the desk judges them.
 */
final class EmptyAreaCheck {
    private final PreflightRules rules;
    private final PreflightText text;

    EmptyAreaCheck(PreflightRules rules, PreflightText text) {
        this.rules = rules;
        this.text = text;
    }

    List<Finding> check(Page page) {
        List<Finding> findings = new ArrayList<>();
        for (GridRect area : emptyAreas(page, rules.emptyAreaColumns(), rules.emptyAreaRows())) {
            findings.add(text.finding(Severity.WARNING, Check.EMPTY_AREA, page.number(), page.id(),
                    Message.of("empty-area", area.columnSpan(), area.rowSpan(), area.column() + 1, area.row() + 1,
                            area.lastRow() + 1)));
        }
        return findings;
    }

    /** The empty areas of at least {@code minColumns} x {@code minRows}, largest first. */
    static List<GridRect> emptyAreas(Page page, int minColumns, int minRows) {
        PageSpec spec = page.spec();
        boolean[][] taken = new boolean[spec.columns()][spec.rows()];
        List<GridRect> covered = new ArrayList<>();
        page.placements().forEach(p -> covered.add(p.frame()));
        MastheadBlock.areaOn(page).ifPresent(covered::add); // page 1's top rows print the masthead
        for (GridRect r : covered) {
            for (int c = r.column(); c <= Math.min(r.lastColumn(), spec.columns() - 1); c++) {
                for (int row = r.row(); row <= Math.min(r.lastRow(), spec.rows() - 1); row++) {
                    taken[c][row] = true;
                }
            }
        }
        List<GridRect> areas = new ArrayList<>();
        GridRect largest;
        while ((largest = largestEmpty(taken, minColumns, minRows)) != null) {
            areas.add(largest);
            for (int c = largest.column(); c <= largest.lastColumn(); c++) {
                for (int row = largest.row(); row <= largest.lastRow(); row++) {
                    taken[c][row] = true;
                }
            }
        }
        return areas;
    }

    /**
     * The largest empty rectangle of at least the minimum size, or null: for every run of adjacent
     * columns, the longest runs of rows empty across all of them. A page has a dozen columns at
     * most, so this stays a few thousand steps.
     */
    private static GridRect largestEmpty(boolean[][] taken, int minColumns, int minRows) {
        int columns = taken.length;
        int rows = columns == 0 ? 0 : taken[0].length;
        GridRect best = null;
        for (int first = 0; first < columns; first++) {
            boolean[] emptyAcross = new boolean[rows];
            Arrays.fill(emptyAcross, true);
            for (int last = first; last < columns; last++) {
                for (int row = 0; row < rows; row++) {
                    emptyAcross[row] &= !taken[last][row];
                }
                int span = last - first + 1;
                if (span < minColumns) {
                    continue;
                }
                int row = 0;
                while (row < rows) {
                    if (!emptyAcross[row]) {
                        row++;
                        continue;
                    }
                    int end = row;
                    while (end + 1 < rows && emptyAcross[end + 1]) {
                        end++;
                    }
                    int height = end - row + 1;
                    if (height >= minRows && (best == null || span * height > best.columnSpan() * best.rowSpan())) {
                        best = new GridRect(first, row, span, height);
                    }
                    row = end + 1;
                }
            }
        }
        return best;
    }
}
