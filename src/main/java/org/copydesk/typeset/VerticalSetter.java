package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontMetrics;

/**
 * Sets text top to bottom (竖排): a set line becomes a column, read downwards; columns follow each
 * other right to left. The line is broken and justified exactly as a horizontal line of the same
 * measure would be (Han characters and full-width marks are square, so their advances are the same
 * down as across), then turned: where the horizontal line puts a code point at x, the column puts
 * it at {@code top + x}.
 *
 * <p>Punctuation is set the clreq way for vertical text: a mark the font draws for horizontal
 * setting (，。 at the lower left of the cell, brackets and quotes opening sideways) is replaced by
 * its vertical presentation form (U+FE10–FE19, U+FE30–FE4F) when the face has that glyph; without
 * it the small marks move to the upper right of their cell, where vertical text wants them.
 * Quotation marks become corner brackets (﹁﹂﹃﹄), as mainland vertical setting prints them.
 */
final class VerticalSetter {
    /** Glyph origin of a character below the top of its square cell, as the horizontal lines use. */
    static final double BASELINE_IN_CELL = 0.88;

    private VerticalSetter() {
    }

    /** Marks that sit at the lower left of a horizontal cell and belong at its upper right in a column. */
    static boolean cornerMark(int cp) {
        return cp == '，' || cp == '。' || cp == '、' || cp == '．' || cp == '：' || cp == '；' || cp == '！' || cp == '？';
    }

    /**
     * The set line {@code set} of {@code prepared} as one column: its code points from {@code top}
     * down (after {@code indent}), in the {@code size}-wide column whose left edge is {@code x}.
     * Each code point is its own glyph run, with its own baseline.
     */
    static LayoutLine column(Typesetter setter, PreparedPassage prepared, SetLine set, LineRole role, double x,
                             double top, double indent) {
        double size = prepared.passage.sizePt();
        List<GlyphRun> runs = new ArrayList<>(set.length());
        for (GlyphRun across : prepared.runs(set, indent, 0)) {
            FontMetrics metrics = setter.fonts.metrics(across.face());
            String text = across.text();
            int[] cps = text.codePoints().toArray();
            for (int index = 0; index < cps.length; index++) {
                int cp = cps[index];
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    continue;
                }
                int end = narrowRunEnd(metrics, cps, index);
                if (end > index + 1 || (end == index + 1 && isNarrow(metrics, cp) && !cornerMark(cp))) {
                    double span = across.x(end - 1) + across.advance(end - 1) - across.x(index);
                    if (end - index <= TATE_CHU_YOKO_MAX && span <= TATE_CHU_YOKO_WIDTH * size) {
                        runs.add(acrossInColumn(across, cps, index, end, x, top, size, span));
                        index = end - 1;
                        continue;
                    }
                }
                double down = across.x(index);
                int form = VerticalForms.verticalOf(cp);
                int drawn = form > 0 && metrics.covers(form) ? form : cp;
                double gx = x;
                double gy = top + down;
                if (drawn == cp && cornerMark(cp)) {
                    gx += 0.5 * size;
                    gy -= 0.5 * size;
                } else if (drawn == cp && metrics.advanceEm(cp) < 0.95) {
                    // A Latin letter or digit stands upright, centred across the column.
                    gx += (size - metrics.advance(cp, size)) / 2;
                }
                runs.add(new GlyphRun(across.face(), size, gy + BASELINE_IN_CELL * size, Character.toString(drawn),
                        new double[] {gx}, new double[] {across.advance(index)}));
            }
        }
        return new LayoutLine(role, x, top + BASELINE_IN_CELL * size, size, runs, set.justified(),
                prepared.charIndex[set.start()]);
    }

    /** Up to this many Latin letters or digits in a row are set across, in one cell (纵中横). */
    static final int TATE_CHU_YOKO_MAX = 3;
    /** ... if together they are at most this wide, in ems. */
    static final double TATE_CHU_YOKO_WIDTH = 1.3;

    private static boolean isNarrow(FontMetrics metrics, int cp) {
        return cp < 0x2E80 && !Character.isWhitespace(cp) && metrics.advanceEm(cp) < 0.95;
    }

    /** End (exclusive) of the run of narrow (Latin, digit) code points starting at {@code from}. */
    private static int narrowRunEnd(FontMetrics metrics, int[] cps, int from) {
        int end = from;
        while (end < cps.length && isNarrow(metrics, cps[end])) {
            end++;
        }
        return end;
    }

    /**
     * A short run of digits or Latin letters (22, 5G) set across as a horizontal group in the
     * column (纵中横, clreq): centred across the column and in the depth the line gave the run.
     */
    private static GlyphRun acrossInColumn(GlyphRun across, int[] cps, int from, int end, double x, double top,
                                           double size, double span) {
        double width = 0;
        for (int i = from; i < end; i++) {
            width += across.advance(i);
        }
        double[] xs = new double[end - from];
        double[] advances = new double[end - from];
        double pen = x + (size - width) / 2;
        StringBuilder text = new StringBuilder();
        for (int i = from; i < end; i++) {
            xs[i - from] = pen;
            advances[i - from] = across.advance(i);
            pen += across.advance(i);
            text.appendCodePoint(cps[i]);
        }
        double cellTop = top + across.x(from) + (span - size) / 2;
        return new GlyphRun(across.face(), size, cellTop + BASELINE_IN_CELL * size, text.toString(), xs, advances);
    }

    /**
     * Sets a whole passage in columns {@code pitch} apart, the first with its right edge at
     * {@code right}, each {@code measure} deep from {@code top}: as many columns as it takes.
     */
    static List<LayoutLine> columns(Typesetter setter, Passage passage, LineRole role, Alignment alignment,
                                    double right, double top, double measure, double pitch) {
        List<LayoutLine> columns = new ArrayList<>();
        if (passage.text().isBlank()) {
            return columns;
        }
        PreparedPassage prepared = setter.prepare(passage);
        LineFitter fitter = new LineFitter(prepared, alignment, 0);
        double x = right - passage.sizePt();
        while (!fitter.done()) {
            double indent = fitter.indent();
            SetLine set = fitter.next(measure);
            columns.add(column(setter, prepared, set, role, x, top, indent));
            x -= pitch;
        }
        return columns;
    }

    /** How many columns {@link #columns} would give. */
    static int countColumns(Typesetter setter, Passage passage, double measure) {
        return passage.text().isBlank() ? 0 : setter.countLines(passage, measure);
    }
}
