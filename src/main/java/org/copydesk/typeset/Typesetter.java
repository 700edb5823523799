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
    private final BreakOpportunities breaks;
    private BreakIterator words;
    private final Set<String> missing = new LinkedHashSet<>();
    /** Every missing-glyph note in the order met, repeats kept: what one frame met, by {@link #notesMet()}. */
    private final List<String> met = new ArrayList<>();
    private final PreparedPassages kept;

    Typesetter(FontCatalogue fonts, BreakOpportunities breaks, LineBreakRules rules) {
        this(fonts, breaks, rules, null);
    }

    /** @param prepared passages kept between runs of the same composer (its fonts), or null for none */
    Typesetter(FontCatalogue fonts, BreakOpportunities breaks, LineBreakRules rules, PreparedPassages prepared) {
        this.fonts = fonts;
        this.rules = rules;
        this.icu = breaks.iterator(rules);
        this.breaks = breaks;
        this.kept = prepared;
    }

    PreparedPassage prepare(Passage passage) {
        var prepared = kept == null ? new PreparedPassage(passage, fonts, icu, rules)
                : kept.get(passage, rules, () -> new PreparedPassage(passage, fonts, icu, rules));
        if (!prepared.missing.isEmpty()) {
            note("'" + prepared.missing + "' in " + passage.face().fileName());
        }
        return prepared;
    }

    private void note(String missingGlyphs) {
        missing.add(missingGlyphs);
        met.add(missingGlyphs);
    }

    /** How many missing-glyph notes were met so far, repeats counted: a mark for {@link #notesSince}. */
    int notesMet() {
        return met.size();
    }

    /** The missing-glyph notes met since {@code mark}, in order, repeats kept. */
    List<String> notesSince(int mark) {
        return List.copyOf(met.subList(mark, met.size()));
    }

    /** Meets {@code notes} again, as setting what met them would: a frame taken from a cache. */
    void meet(List<String> notes) {
        notes.forEach(this::note);
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
            lines.add(line(prepared, set, role, x + lineIndent, baseline, measure, x));
            baseline += pitch;
        }
        return lines;
    }

    /**
     * Sets a display passage (headline, 引题, 副题) centred or aligned in a fixed measure: as many
     * lines as {@link #setBlock} would give, broken by {@link BalancedBreaks} so they come out as
     * equal as possible, at phrase boundaries where that costs little.
     */
    List<LayoutLine> setBalanced(Passage passage, LineRole role, Alignment alignment, double x, double firstBaseline,
                                 double measure, double pitch) {
        if (passage.text().isEmpty()) {
            return new ArrayList<>();
        }
        PreparedPassage prepared = prepare(passage);
        int greedy = countLines(prepared, measure);
        int[] ends = greedy > 1 ? BalancedBreaks.choose(prepared, words(), measure, greedy) : null;
        if (ends == null) {
            return setBlock(passage, role, alignment, x, firstBaseline, measure, pitch, 0);
        }
        List<LayoutLine> lines = new ArrayList<>(ends.length);
        double baseline = firstBaseline;
        int start = 0;
        for (int end : ends) {
            SetLine set = prepared.set(start, end, measure, alignment, end == prepared.length());
            lines.add(line(prepared, set, role, x, baseline, measure, x));
            baseline += pitch;
            start = end;
        }
        return lines;
    }

    /** Natural width of the whole passage on one line. */
    double naturalWidth(Passage passage) {
        PreparedPassage prepared = new PreparedPassage(passage, fonts, icu, rules);
        return prepared.naturalWidth(0, prepared.length());
    }

    private static LayoutLine line(PreparedPassage prepared, SetLine set, LineRole role, double glyphX, double baseline,
                                   double measure, double x) {
        return new LayoutLine(role, x, baseline, measure, prepared.runs(set, glyphX, baseline), set.justified(),
                prepared.charIndex[set.start()]);
    }

    private BreakIterator words() {
        if (words == null) {
            words = breaks.wordIterator();
        }
        return words;
    }

    private static int countLines(PreparedPassage prepared, double measure) {
        LineFitter fitter = new LineFitter(prepared, Alignment.CENTER, 0);
        int lines = 0;
        while (!fitter.done()) {
            fitter.next(measure);
            lines++;
        }
        return lines;
    }

    /** How many lines {@link #setBlock} would give, without placing glyphs. */
    int countLines(Passage passage, double measure) {
        if (passage.text().isEmpty()) {
            return 0;
        }
        return countLines(new PreparedPassage(passage, fonts, icu, rules), measure);
    }
}
