package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.LineBreakRules;

/**
 * Sets paragraphs of body text into one column of a given number of characters: the galley proof
 * a desk reads before a story goes on a page. Same breaking and justification as the page.
 */
public final class Galley {
    private final FontCatalogue fonts;
    private final BreakOpportunities breaks;

    public Galley(FontCatalogue fonts) {
        this(fonts, new BreakOpportunities());
    }

    Galley(FontCatalogue fonts, BreakOpportunities breaks) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.breaks = breaks;
    }

    /**
     * Sets {@code paragraphs} (each justified with a 2-em indent, empty ones skipped) into a column
     * {@code columnChars} characters of {@code sizePt} wide; baselines start at 0, one line pitch of
     * 1.5 x size apart.
     */
    public GalleyProof set(List<String> paragraphs, int columnChars, double sizePt, LineBreakRules rules) {
        if (columnChars < 3) {
            throw new IllegalArgumentException("a galley column needs at least 3 characters, not " + columnChars);
        }
        if (!(sizePt > 0)) {
            throw new IllegalArgumentException("type size must be positive: " + sizePt);
        }
        double measure = columnChars * sizePt;
        var icu = breaks.iterator(rules);
        List<LayoutLine> lines = new ArrayList<>();
        List<LayoutProblem> problems = new ArrayList<>();
        int chars = 0;
        int codePoints = 0;
        double baseline = sizePt * 0.88;
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                continue;
            }
            int dateline = lines.isEmpty() ? datelineLength(paragraph) : 0;
            var passage = new Passage(paragraph, sizePt, FontFace.SERIF, dateline, FontFace.SERIF_BOLD);
            var prepared = new PreparedPassage(passage, fonts, icu, rules);
            if (!prepared.missing.isEmpty()) {
                problems.add(new LayoutProblem(LayoutProblem.Kind.MISSING_GLYPH, "galley",
                        "missing glyphs '" + prepared.missing + "' in " + FontFace.SERIF.fileName()));
            }
            var fitter = new LineFitter(prepared, Alignment.JUSTIFY, 2 * sizePt);
            while (!fitter.done()) {
                double indent = fitter.indent();
                SetLine set = fitter.next(measure);
                lines.add(new LayoutLine(LineRole.BODY, 0, baseline, measure,
                        prepared.runs(set, indent, baseline), set.justified(),
                        prepared.charIndex[set.start()]));
                chars += prepared.countChars(set.start(), set.end());
                baseline += sizePt * 1.5;
            }
            codePoints += TextLength.of(paragraph).codePoints();
        }
        var copyfit = new Copyfit("galley", chars, lines.size(), 0, 0, -1, codePoints, 0);
        return new GalleyProof(measure, lines, copyfit, problems);
    }

    /** A run-in dateline such as 本报讯 or 新华社北京11月27日电 before a space: set in bold. */
    private static final java.util.regex.Pattern DATELINE =
            java.util.regex.Pattern.compile("^(本报\\S{0,8}讯|新华社\\S{0,12}电)(?=[ \u3000])");

    static int datelineLength(String paragraph) {
        var m = DATELINE.matcher(paragraph);
        return m.find() ? m.end() : 0;
    }
}
