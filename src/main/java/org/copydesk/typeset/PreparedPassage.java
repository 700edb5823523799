package org.copydesk.typeset;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.fonts.FontFace;
import org.copydesk.fonts.FontMetrics;
import org.copydesk.model.LineBreakRules;

/**
 * A passage measured once: per code point its class, natural advance, the compression adjacent
 * marks get inside a line, Han-Latin spacing, shrinkability and break opportunities, plus prefix
 * sums so the width of any candidate line is two subtractions. {@link LineFitter} picks the
 * breaks; {@link #set} places the glyphs of one line.
 */
final class PreparedPassage {
    /** Shrink levels in clreq order (line-end marks are always set half width before these). */
    static final int SHRINK_SPACE = 0;
    static final int SHRINK_MIDDLE_DOT = 1;
    static final int SHRINK_BRACKET = 2;
    static final int SHRINK_COMMA = 3;
    static final int SHRINK_GLUE = 4;
    static final int SHRINK_PERIOD = 5;
    static final int SHRINK_LEVELS = 6;
    private static final int NONE = -1;

    final Passage passage;
    final int n;
    final int[] cps;
    /** char offset of each code point in the text; {@code charIndex[n]} is the text length */
    final int[] charIndex;
    final CharClass[] cls;
    final FontFace[] faces;
    final double em;
    final double[] adv;
    /** half an em when the code point is a full-width mark with a blank half, else 0 */
    final double[] half;
    final double[] leadCut;
    final double[] trailCut;
    /** Han-Latin spacing before code point k (between k-1 and k) */
    final double[] glue;
    /** how much code point k (with the glue before it) may shrink inside a line */
    final double[] cap;
    final int[] capLevel;
    /** no stretching between k-1 and k (inside a word, a number, a dash or ellipsis pair) */
    final boolean[] glued;
    /** a line may start at code point k */
    final boolean[] allowed;
    final double[] width;
    final double[] capSum;
    /** prefix sums of what the second marks of adjacent pairs ({@code ，“}) can give up: see {@link #tightensPairs} */
    final double[] pairCapSum;
    /** code points the faces lack, each once */
    final String missing;

    PreparedPassage(Passage passage, FontCatalogue fonts, BreakIterator icu, LineBreakRules rules) {
        this.passage = passage;
        String text = passage.text();
        n = text.codePointCount(0, text.length());
        cps = new int[n];
        charIndex = new int[n + 1];
        cls = new CharClass[n];
        faces = new FontFace[n];
        adv = new double[n];
        half = new double[n];
        leadCut = new double[n];
        trailCut = new double[n];
        glue = new double[n];
        cap = new double[n];
        capLevel = new int[n];
        glued = new boolean[n + 1];
        allowed = new boolean[n + 1];
        width = new double[n + 1];
        capSum = new double[n + 1];
        pairCapSum = new double[n + 1];
        em = passage.sizePt();

        FontMetrics main = fonts.metrics(passage.face());
        FontMetrics runIn = fonts.metrics(passage.runInFace());
        StringBuilder missingChars = null;
        for (int i = 0, k = 0; i < text.length(); k++) {
            int cp = text.codePointAt(i);
            cps[k] = cp;
            charIndex[k] = i;
            boolean inRunIn = i < passage.runInChars();
            FontMetrics m = inRunIn ? runIn : main;
            faces[k] = m.face();
            cls[k] = CharClass.of(cp);
            adv[k] = m.advanceEm(cp) * em;
            if (!m.covers(cp) && !Character.isISOControl(cp)) {
                if (missingChars == null) {
                    missingChars = new StringBuilder();
                }
                if (missingChars.indexOf(new String(Character.toChars(cp))) < 0) {
                    missingChars.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        charIndex[n] = text.length();
        missing = missingChars == null ? "" : missingChars.toString();
        AsciiMarks.onGrid(cps, cls, adv, em);
        fullWidthDashPairs();

        for (int k = 0; k < n; k++) {
            CharClass c = cls[k];
            boolean fullWidth = adv[k] >= 0.9 * em;
            if (fullWidth && (c.closingSide() || c == CharClass.OPENING || c == CharClass.MIDDLE_DOT)) {
                half[k] = 0.5 * em;
            }
        }
        compressAdjacentMarks();
        for (int k = 0; k < n; k++) {
            if (k > 0 && CharClass.hanLatinBoundary(cls[k - 1], cls[k])) {
                glue[k] = 0.25 * em;
            }
            if (k > 0) {
                glued[k] = BreakOpportunities.insideWord(cps, cls, k)
                        || (cls[k - 1] == CharClass.DASH && cls[k] == CharClass.DASH)
                        || (cls[k - 1] == CharClass.ELLIPSIS && cls[k] == CharClass.ELLIPSIS)
                        || cls[k - 1] == CharClass.SPACE || cls[k] == CharClass.SPACE;
            }
            capLevel[k] = NONE;
            CharClass c = cls[k];
            if (half[k] > 0) {
                cap[k] = switch (c) {
                    case OPENING -> half[k] - leadCut[k];
                    case MIDDLE_DOT -> half[k];
                    default -> half[k] - trailCut[k];
                };
                capLevel[k] = switch (c) {
                    case OPENING, CLOSING -> SHRINK_BRACKET;
                    case COMMA -> SHRINK_COMMA;
                    case PERIOD -> SHRINK_PERIOD;
                    default -> SHRINK_MIDDLE_DOT;
                };
            } else if (c == CharClass.SPACE) {
                cap[k] = Math.max(0, adv[k] - 0.25 * em);
                capLevel[k] = SHRINK_SPACE;
            }
            width[k + 1] = width[k] + glue[k] + adv[k] - leadCut[k] - trailCut[k];
            capSum[k + 1] = capSum[k] + cap[k] + glue[k] * 0.5;
            boolean secondOfPair = k > 0 && trailCut[k - 1] > 0 && c == CharClass.OPENING;
            pairCapSum[k + 1] = pairCapSum[k] + (secondOfPair ? cap[k] : 0);
        }
        if (n > 0) {
            BreakOpportunities.compute(icu, text, cps, cls, charIndex, rules, allowed);
        } else {
            allowed[0] = true;
        }
    }

    /**
     * A dash of a pair ({@code ——}) takes a full em, so the pair is the 2 em GB/T 15834 gives it
     * (the fonts' U+2014 is a 0.89-em Latin dash); {@link TwoEmDash} draws the pair as one rule.
     */
    private void fullWidthDashPairs() {
        for (int k = 0; k + 1 < n; k++) {
            if (cls[k] == CharClass.DASH && cls[k + 1] == CharClass.DASH) {
                adv[k] = em;
                adv[k + 1] = em;
            }
        }
    }

    /**
     * 标点挤压 inside a line: a closing mark followed by another mark loses its blank trailing half,
     * an opening bracket after an opening bracket loses its blank leading half, so two adjacent
     * marks take 1.5 em.
     */
    private void compressAdjacentMarks() {
        for (int k = 0; k + 1 < n; k++) {
            CharClass a = cls[k];
            CharClass b = cls[k + 1];
            if (half[k] > 0 && a.closingSide() && (half[k + 1] > 0 && (b.closingSide() || b == CharClass.OPENING))) {
                trailCut[k] = half[k];
            } else if (half[k] > 0 && half[k + 1] > 0 && a == CharClass.OPENING && b == CharClass.OPENING) {
                leadCut[k + 1] = half[k + 1];
            }
        }
    }

    int length() {
        return n;
    }

    boolean blank(int k) {
        return cls[k] == CharClass.SPACE || cls[k] == CharClass.IDEOGRAPHIC_SPACE;
    }

    /** Width of the line {@code [s, b)} as set without justification (line-start/end rules applied). */
    double naturalWidth(int s, int b) {
        return width[b] - width[s] - glue[s] - startSaving(s) - endSaving(b - 1);
    }

    /** Narrowest the line {@code [s, b)} can be made by compression. */
    double minimumWidth(int s, int b) {
        double shrink = capSum[b] - capSum[s] - glue[s] * 0.5;
        if (cls[s] == CharClass.OPENING) {
            shrink -= cap[s]; // already taken by the line-start rule
        }
        int e = b - 1;
        if (e > s || cls[s] != CharClass.OPENING) {
            if (cls[e].closingSide() || blank(e)) {
                shrink -= cap[e];
            }
        }
        return naturalWidth(s, b) - shrink;
    }

    /**
     * Whether setting {@code [s, b)} in {@code available} points needs more than the line's single
     * marks and spacing can give, so an adjacent pair such as {@code ，“} would drop below its 1.5 em.
     */
    boolean tightensPairs(int s, int b, double available) {
        double pairs = pairCapSum[b] - pairCapSum[s + 1];
        return pairs > 0 && minimumWidth(s, b) + pairs > available + 1e-6;
    }

    /** Stretchable gaps of the line {@code [s, b)}: between code points not glued together. */
    int gaps(int s, int b) {
        int gaps = 0;
        int last = b - 1;
        while (last > s && blank(last)) {
            last--;
        }
        for (int k = s + 1; k <= last; k++) {
            if (!glued[k]) {
                gaps++;
            }
        }
        return gaps;
    }

    private double startSaving(int s) {
        return cls[s] == CharClass.OPENING ? half[s] - leadCut[s] : 0;
    }

    private double endSaving(int e) {
        if (blank(e)) {
            return adv[e] - leadCut[e] - trailCut[e];
        }
        return cls[e].closingSide() ? half[e] - trailCut[e] : 0;
    }

    /**
     * The whole passage set line by line in one measure, as {@link LineFitter} sets it: its lines
     * depend on nothing else, so a story set again after a keystroke takes the unchanged
     * paragraphs' lines from here. One fit is kept (a paragraph is set in one measure while typing).
     */
    record Fit(Alignment alignment, double indent, double measure, List<SetLine> lines) {
    }

    private volatile Fit fit;

    /** The lines of the passage set whole in {@code measure}, if they were kept; null otherwise. */
    List<SetLine> fitted(Alignment alignment, double indent, double measure) {
        Fit kept = fit;
        return kept != null && kept.alignment() == alignment && Double.compare(kept.indent(), indent) == 0
                && Double.compare(kept.measure(), measure) == 0 ? kept.lines() : null;
    }

    /** Keeps {@code lines}, the whole passage as set in {@code measure}. */
    void keepFit(Alignment alignment, double indent, double measure, List<SetLine> lines) {
        fit = new Fit(alignment, indent, measure, List.copyOf(lines));
    }

    /** Newsroom characters in {@code [s, b)}: see {@link CharacterCount}. */
    int countChars(int s, int b) {
        return CharacterCount.count(cls, s, b);
    }

    /** Code points in {@code [s, b)} that are not spaces: every letter counted alone. */
    int countCodePoints(int s, int b) {
        int count = 0;
        for (int k = s; k < b; k++) {
            if (cls[k] != CharClass.SPACE) {
                count++;
            }
        }
        return count;
    }

    /**
     * Places the glyphs of line {@code [s, b)} in a measure of {@code available} points: see
     * {@link LineJustifier}.
     */
    SetLine set(int s, int b, double available, Alignment alignment, boolean lastOfPassage) {
        return LineJustifier.set(this, s, b, available, alignment, lastOfPassage);
    }

    /** The glyph runs of a set line, split where the face changes, placed at {@code x}. */
    List<GlyphRun> runs(SetLine line, double x, double baseline) {
        List<GlyphRun> runs = new ArrayList<>(2);
        int i = 0;
        int m = line.length();
        while (i < m) {
            int j = i;
            FontFace face = faces[line.start() + i];
            while (j < m && faces[line.start() + j] == face) {
                j++;
            }
            double[] xs = new double[j - i];
            double[] as = new double[j - i];
            for (int t = i; t < j; t++) {
                xs[t - i] = x + line.origins()[t];
                as[t - i] = line.advances()[t];
            }
            String text = passage.text().substring(charIndex[line.start() + i], charIndex[line.start() + j]);
            runs.add(new GlyphRun(face, passage.sizePt(), baseline, text, xs, as));
            i = j;
        }
        return runs;
    }
}
