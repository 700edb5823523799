package org.copydesk.typeset;

import java.util.List;

/**
 * A story set into one column (校样): the lines as set, and how long it is.
 *
 * @param measurePt the column width
 * @param lines     every line, paragraph after paragraph
 * @param copyfit   characters and lines used
 * @param problems  missing glyphs
 */
public record GalleyProof(double measurePt, List<LayoutLine> lines, Copyfit copyfit, List<LayoutProblem> problems) {
    public GalleyProof {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }
}
