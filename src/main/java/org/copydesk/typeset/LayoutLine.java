package org.copydesk.typeset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One set line.
 *
 * @param role      what kind of line
 * @param x         left edge of the line's measure
 * @param baseline  baseline y
 * @param measure   the width the line was set to (column width, or the headline span)
 * @param runs      the glyph runs, each with its own face and size
 * @param justified whether the line fills its measure edge to edge as justified text (stretched,
 *                  shrunk, or fitting exactly); false for ragged, centred and right-aligned lines
 * @param sourceStart index (in chars) of the line's first character in its source block text;
 *                  -1 for lines the composer wrote itself (jump lines, running heads)
 */
public record LayoutLine(LineRole role, double x, double baseline, double measure, List<GlyphRun> runs,
                         boolean justified, int sourceStart) {
    public LayoutLine {
        runs = List.copyOf(runs);
    }

    /** The line's text as a reader reads it: a vertical column's punctuation as the horizontal marks. */
    public String text() {
        return VerticalForms.horizontal(runs.stream().map(GlyphRun::text).collect(Collectors.joining()));
    }

    /** Right edge of the last glyph set (its advance included). */
    public double inkRight() {
        return runs.isEmpty() ? x : runs.get(runs.size() - 1).right();
    }
}
