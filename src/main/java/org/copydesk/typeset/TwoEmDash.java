package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontFace;

/**
 * The 2-em dash {@code ——} (破折号) drawn as one continuous rule. The bundled fonts shape U+2014 as
 * a proportional Latin dash (0.89 em wide, sitting low at 0.24-0.29 em), so two of them side by side
 * show a gap and miss the middle of the character face. The composer gives each dash of a pair a
 * full em; the preview and the PDF then draw the pair as a filled rule at the height of the fonts'
 * full-width bar (U+2015: centred 0.38 em above the baseline in all four files) and as thick as the
 * face's own dash, instead of the two glyphs. The PDF keeps the glyphs as invisible text, so copying
 * and searching still find {@code ——}.
 */
public final class TwoEmDash {
    /** Centre of the rule above the baseline, in em (the fonts' U+2015 bar: 0.36-0.40 em). */
    static final double CENTRE_EM = 0.38;
    /** Blank at each end of the rule, in em, so it does not touch its neighbours. */
    static final double END_INSET_EM = 0.06;

    private TwoEmDash() {
    }

    /** Thickness in em: that of the face's U+2014 glyph (regular 0.05-0.06 em, bold 0.07-0.09 em). */
    static double thicknessEm(FontFace face) {
        return switch (face) {
            case SERIF -> 0.051;
            case SERIF_BOLD -> 0.066;
            case SANS -> 0.062;
            case SANS_BOLD -> 0.094;
        };
    }

    /** Whether code point {@code index} of the run belongs to a run of two or more dashes, drawn as a rule. */
    public static boolean drawnAsRule(GlyphRun run, int index) {
        return drawnAsRule(run.text().codePoints().toArray(), index);
    }

    /** As {@link #drawnAsRule(GlyphRun, int)} for a run's code points, decoded once by a caller that asks for each. */
    public static boolean drawnAsRule(int[] cps, int index) {
        return isDash(cps[index]) && ((index > 0 && isDash(cps[index - 1]))
                || (index + 1 < cps.length && isDash(cps[index + 1])));
    }

    /**
     * The filled rectangles standing for the dash pairs of a line, as rules of their thickness along
     * their centre line (from the left end to the right end, square ends).
     */
    public static List<Rule> rules(LayoutLine line) {
        List<Rule> rules = new ArrayList<>(0);
        for (GlyphRun run : line.runs()) {
            int[] cps = run.text().codePoints().toArray();
            int i = 0;
            while (i < cps.length) {
                if (!isDash(cps[i]) || i + 1 >= cps.length || !isDash(cps[i + 1])) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < cps.length && isDash(cps[j + 1])) {
                    j++;
                }
                double em = run.sizePt();
                double y = run.baseline() - CENTRE_EM * em;
                double left = run.x(i) + END_INSET_EM * em;
                double right = run.x(j) + run.advance(j) - END_INSET_EM * em;
                rules.add(new Rule(left, y, right, y, thicknessEm(run.face()) * em));
                i = j + 1;
            }
        }
        return rules;
    }

    private static boolean isDash(int cp) {
        return CharClass.of(cp) == CharClass.DASH;
    }
}
