package org.copydesk.fonts;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * Glyph advances and coverage of one font file, read once into flat arrays so measuring a code
 * point is an array lookup. Advances are in em (font units divided by unitsPerEm); multiply by
 * the type size in points.
 */
public final class FontMetrics {
    private final FontFace face;
    private final int unitsPerEm;
    private final float[] bmpAdvanceEm;
    private final BitSet bmpCoverage;
    private final Map<Integer, Float> supplementaryAdvanceEm;
    private final float missingAdvanceEm;
    private final float ascenderEm;
    private final float descenderEm;

    FontMetrics(FontFace face, int unitsPerEm, float[] bmpAdvanceEm, BitSet bmpCoverage,
                Map<Integer, Float> supplementaryAdvanceEm, float missingAdvanceEm,
                float ascenderEm, float descenderEm) {
        this.face = face;
        this.unitsPerEm = unitsPerEm;
        this.bmpAdvanceEm = bmpAdvanceEm;
        this.bmpCoverage = bmpCoverage;
        this.supplementaryAdvanceEm = Map.copyOf(supplementaryAdvanceEm);
        this.missingAdvanceEm = missingAdvanceEm;
        this.ascenderEm = ascenderEm;
        this.descenderEm = descenderEm;
    }

    public FontFace face() {
        return face;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    /** Whether the font has a glyph for the code point. */
    public boolean covers(int codePoint) {
        if (codePoint < 0x10000) {
            return bmpCoverage.get(codePoint);
        }
        return supplementaryAdvanceEm.containsKey(codePoint);
    }

    /**
     * Advance in em. A code point the font lacks gets the advance of its .notdef glyph, which is
     * what a renderer draws in its place; callers report it with {@link #covers(int)}.
     */
    public double advanceEm(int codePoint) {
        if (codePoint < 0x10000) {
            return bmpAdvanceEm[codePoint];
        }
        Float adv = supplementaryAdvanceEm.get(codePoint);
        return adv == null ? missingAdvanceEm : adv;
    }

    /** Advance in points at {@code sizePt}. */
    public double advance(int codePoint, double sizePt) {
        return advanceEm(codePoint) * sizePt;
    }

    /** Distance from the baseline up to the top of the em box the font declares (hhea ascender). */
    public double ascenderEm() {
        return ascenderEm;
    }

    /** Distance from the baseline down (positive) to the bottom the font declares. */
    public double descenderEm() {
        return descenderEm;
    }

    /** Code points of {@code text} the font has no glyph for, each once, in order of appearance. */
    public String missing(CharSequence text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> !Character.isISOControl(cp) && !covers(cp)).distinct()
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    static float[] filledWith(float value) {
        float[] a = new float[0x10000];
        Arrays.fill(a, value);
        return a;
    }
}
