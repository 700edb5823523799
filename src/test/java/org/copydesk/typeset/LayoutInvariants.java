package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.LineBreakRules;

/** Checks every set line must pass, whatever the text: used by the property tests. */
final class LayoutInvariants {
    private static final double TOLERANCE = 0.01;

    private LayoutInvariants() {
    }

    /** Neither a mark that may not start a line at its start, nor an opening mark at its end. */
    static void respectsProhibitions(LayoutLine line, LineBreakRules rules) {
        String text = line.text();
        int first = text.codePointAt(0);
        int last = text.codePointBefore(text.length());
        CharClass start = CharClass.of(first);
        assertThat(start.closingSide()).as("line starts with %s: %s", new String(Character.toChars(first)), text).isFalse();
        if (rules != LineBreakRules.LOOSE) {
            assertThat(start == CharClass.CONNECTOR || start == CharClass.MIDDLE_DOT)
                    .as("line starts with a connector or interpunct: %s", text).isFalse();
        }
        assertThat(CharClass.of(last)).as("line ends with an opening mark: %s", text).isNotEqualTo(CharClass.OPENING);
    }

    /**
     * Every glyph occupies space inside the line's measure. An opening bracket set half width is
     * drawn half an em left of what it occupies (see {@link SetLine}); an interpunct loses a
     * quarter on each side.
     */
    static void staysInColumn(LayoutLine line, FontCatalogue fonts) {
        for (GlyphRun run : line.runs()) {
            var metrics = fonts.metrics(run.face());
            int[] cps = run.text().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                double natural = metrics.advance(cps[i], run.sizePt());
                double cut = Math.max(0, natural - run.advance(i));
                CharClass c = CharClass.of(cps[i]);
                double left = run.x(i) + (c == CharClass.OPENING ? cut : c == CharClass.MIDDLE_DOT ? cut / 2 : 0);
                assertThat(left).as("'%s' in '%s' left of its column", new String(Character.toChars(cps[i])), line.text())
                        .isGreaterThanOrEqualTo(line.x() - TOLERANCE);
                assertThat(left + run.advance(i)).as("'%s' in '%s' right of its column",
                        new String(Character.toChars(cps[i])), line.text())
                        .isLessThanOrEqualTo(line.x() + line.measure() + TOLERANCE);
            }
        }
    }

    /** A justified line ends exactly at the right edge of its measure. */
    static void justifiedFills(LayoutLine line) {
        if (line.justified()) {
            assertThat(line.inkRight()).as("justified line '%s'", line.text())
                    .isCloseTo(line.x() + line.measure(), within(TOLERANCE));
        }
    }

    /** Code points follow each other left to right without overlapping. */
    static void advancesInOrder(LayoutLine line) {
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (GlyphRun run : line.runs()) {
            int[] cps = run.text().codePoints().toArray();
            for (int i = 0; i < run.length(); i++) {
                double natural = run.advance(i);
                CharClass c = CharClass.of(cps[i]);
                double left = run.x(i);
                if (c == CharClass.OPENING || c == CharClass.MIDDLE_DOT) {
                    continue; // drawn left of what it occupies; checked by staysInColumn
                }
                assertThat(left).as("overlap in '%s'", line.text()).isGreaterThanOrEqualTo(previousEnd - TOLERANCE);
                previousEnd = left + natural;
            }
        }
    }
}
