package org.copydesk.typeset;

import java.util.Objects;
import org.copydesk.fonts.FontFace;

/**
 * Characters in one face and size with the exact x of each, as decided by the composer.
 * Renderers place every code point at its x; they never re-measure.
 *
 * @param face     the font
 * @param sizePt   type size in points
 * @param baseline baseline y
 * @param text     the characters
 * @param xs       where each code point of {@code text} is drawn (its glyph origin), in points from the
 *                 page's left edge. For most characters that is the left edge of the space it
 *                 occupies; an opening bracket whose blank leading half was compressed away is drawn
 *                 half an em (a full-width interpunct a quarter) left of the space it occupies, so
 *                 its ink lands where the composer put it
 * @param advances the width each code point occupies as set (after compression), same length as xs
 */
public record GlyphRun(FontFace face, double sizePt, double baseline, String text, double[] xs, double[] advances) {
    public GlyphRun {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(text, "text");
        xs = xs.clone();
        advances = advances.clone();
        int codePoints = text.codePointCount(0, text.length());
        if (xs.length != codePoints || advances.length != codePoints) {
            throw new IllegalArgumentException("run '" + text + "' has " + codePoints + " code points but "
                    + xs.length + " positions and " + advances.length + " advances");
        }
    }

    public int length() { return xs.length; }

    public double x(int codePointIndex) { return xs[codePointIndex]; }

    public double advance(int codePointIndex) { return advances[codePointIndex]; }

    public double left() { return xs.length == 0 ? 0 : xs[0]; }

    public double right() { return xs.length == 0 ? 0 : xs[xs.length - 1] + advances[advances.length - 1]; }

    @Override
    public double[] xs() { return xs.clone(); }

    @Override
    public double[] advances() { return advances.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlyphRun g && face == g.face && sizePt == g.sizePt && baseline == g.baseline
                && text.equals(g.text) && java.util.Arrays.equals(xs, g.xs) && java.util.Arrays.equals(advances, g.advances);
    }

    @Override
    public int hashCode() {
        return Objects.hash(face, sizePt, baseline, text, java.util.Arrays.hashCode(xs));
    }

    @Override
    public String toString() {
        return "GlyphRun[" + face + " " + sizePt + "pt '" + text + "' at " + left() + "," + baseline + "]";
    }
}
