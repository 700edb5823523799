package org.copydesk.typeset;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.LineBreakRules;

/**
 * One composition run's tools: the fonts, a break iterator of its own and the rules, plus the
 * missing glyphs met so far. Not thread-safe; make one per run.
 */
final class Typesetter {
    final FontCatalogue fonts;
    final LineBreakRules rules;
    private final BreakIterator icu;
    private final Set<String> missing = new LinkedHashSet<>();

    Typesetter(FontCatalogue fonts, BreakOpportunities breaks, LineBreakRules rules) {
        this.fonts = fonts;
        this.rules = rules;
        this.icu = breaks.iterator(rules);
    }

    PreparedPassage prepare(Passage passage) {
        var prepared = new PreparedPassage(passage, fonts, icu, rules);
        if (!prepared.missing.isEmpty()) {
            missing.add("'" + prepared.missing + "' in " + passage.face().fileName());
        }
        return prepared;
    }

    /** Missing-glyph problems met so far for {@code contentId}. */
    List<LayoutProblem> missingGlyphs(String contentId) {
        List<LayoutProblem> out = new ArrayList<>();
        for (String m : missing) {
            out.add(new LayoutProblem(LayoutProblem.Kind.MISSING_GLYPH, contentId, "missing glyphs " + m));
        }
        return out;
    }

    /**
     * Sets a passage into a fixed measure, line under line {@code pitch} apart, the first baseline
     * at {@code firstBaseline}.
     */
    List<LayoutLine> setBlock(Passage passage, LineRole role, Alignment alignment, double x, double firstBaseline,
                              double measure, double pitch, double indent) {
        List<LayoutLine> lines = new ArrayList<>();
        if (passage.text().isEmpty()) {
            return lines;
        }
        PreparedPassage prepared = prepare(passage);
        LineFitter fitter = new LineFitter(prepared, alignment, indent);
        double baseline = firstBaseline;
        while (!fitter.done()) {
            double lineIndent = fitter.indent();
            SetLine set = fitter.next(measure);
            lines.add(new LayoutLine(role, x, baseline, measure, prepared.runs(set, x + lineIndent, baseline),
                    set.justified(), prepared.charIndex[set.start()]));
            baseline += pitch;
        }
        return lines;
    }

    /** How many lines {@link #setBlock} would give, without placing glyphs. */
    int countLines(Passage passage, double measure) {
        if (passage.text().isEmpty()) {
            return 0;
        }
        LineFitter fitter = new LineFitter(new PreparedPassage(passage, fonts, icu, rules), Alignment.CENTER, 0);
        int lines = 0;
        while (!fitter.done()) {
            fitter.next(measure);
            lines++;
        }
        return lines;
    }
}
