package org.copydesk.typeset;

/**
 * ASCII punctuation left inside Chinese text ({@code 3497件, 同比}) set on the character grid: a
 * narrow Latin comma between Han characters would leave the line a fraction of an em short and
 * justification would spread the gap over every character. Such a mark takes a full em, its glyph
 * on the left half as a mainland full-width mark, and is compressed and kept off line starts like
 * one; the ASCII space after it, which a full-width mark makes redundant, takes no room. The text
 * itself is not changed: preflight reports the mark and Edit → Fix punctuation replaces it.
 */
final class AsciiMarks {
    private AsciiMarks() {
    }

    /** Re-classes and widens the ASCII marks of {@code cps} that follow Chinese text. */
    static void onGrid(int[] cps, CharClass[] cls, double[] adv, double em) {
        for (int k = 1; k < cps.length; k++) {
            CharClass as = switch (cps[k]) {
                case ',', ';', ':' -> CharClass.COMMA;
                case '.', '?', '!' -> CharClass.PERIOD;
                default -> null;
            };
            if (as == null || !chineseBefore(cls[k - 1]) || followedByLatin(cps, cls, k)) {
                continue;
            }
            cls[k] = as;
            adv[k] = em;
            if (k + 2 < cps.length && cls[k + 1] == CharClass.SPACE && cps[k + 1] == ' ' && chineseBefore(cls[k + 2])) {
                // A blank of no width that justification does not stretch, as between two Han.
                cls[k + 1] = CharClass.IDEOGRAPHIC_SPACE;
                adv[k + 1] = 0;
            }
        }
    }

    private static boolean chineseBefore(CharClass c) {
        return c == CharClass.HAN || c.closingSide();
    }

    /** {@code 新闻稿.docx}, {@code 版本2.0}: a mark touching a Latin letter or digit after it is not punctuation. */
    private static boolean followedByLatin(int[] cps, CharClass[] cls, int k) {
        return k + 1 < cps.length && cls[k + 1] == CharClass.LATIN;
    }
}
