package org.copydesk.typeset;

import org.copydesk.fonts.FontCatalogue;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.LineBreakRules;

/** Small helpers the typeset tests share: preparing a passage and showing its break opportunities. */
final class TypesetFixtures {
    static final FontCatalogue FONTS = FontCatalogue.bundled();
    static final BreakOpportunities BREAKS = new BreakOpportunities();
    static final double SIZE = 10;

    private TypesetFixtures() {
    }

    static PreparedPassage prepare(String text, LineBreakRules rules) {
        return prepare(text, rules, FontFace.SERIF);
    }

    static PreparedPassage prepare(String text, LineBreakRules rules, FontFace face) {
        return new PreparedPassage(Passage.plain(text, SIZE, face), FONTS, BREAKS.iterator(rules), rules);
    }

    /** The text with {@code |} wherever a line may break. */
    static String showBreaks(String text, LineBreakRules rules) {
        PreparedPassage p = prepare(text, rules);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < p.length(); k++) {
            if (k > 0 && p.allowed[k]) {
                sb.append('|');
            }
            sb.appendCodePoint(p.cps[k]);
        }
        return sb.toString();
    }

    /** Advances (in em) of one line set from the whole of {@code text} into {@code measureEm}. */
    static SetLine setWhole(String text, double measureEm, Alignment alignment, boolean last) {
        PreparedPassage p = prepare(text, LineBreakRules.BASIC);
        return p.set(0, p.length(), measureEm * SIZE, alignment, last);
    }

    static String advancesEm(SetLine line) {
        StringBuilder sb = new StringBuilder();
        for (double a : line.advances()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(trim(a / SIZE));
        }
        return sb.toString();
    }

    static String trim(double v) {
        double r = Math.round(v * 1000) / 1000.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
