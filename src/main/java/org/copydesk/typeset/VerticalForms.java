package org.copydesk.typeset;

/**
 * The vertical presentation forms of CJK punctuation (U+FE10–FE19, U+FE30–FE4F): the glyphs a
 * column of vertical text (竖排) prints for marks a horizontal font draws sideways or in the wrong
 * corner, and back. Text taken from a vertical column (a PDF's text layer, a line's
 * {@linkplain LayoutLine#text() text}) reads as the horizontal characters; a corner bracket reads
 * as the quotation mark mainland vertical setting prints it for.
 */
public final class VerticalForms {
    private VerticalForms() {
    }

    /** The vertical form of {@code cp}, or -1 when it has none. */
    public static int verticalOf(int cp) {
        return switch (cp) {
            case '，' -> 0xFE10;
            case '、' -> 0xFE11;
            case '。' -> 0xFE12;
            case '：' -> 0xFE13;
            case '；' -> 0xFE14;
            case '！' -> 0xFE15;
            case '？' -> 0xFE16;
            case '〖' -> 0xFE17;
            case '〗' -> 0xFE18;
            case '…' -> 0xFE19;
            case '—' -> 0xFE31;
            case '–' -> 0xFE32;
            case '（' -> 0xFE35;
            case '）' -> 0xFE36;
            case '｛' -> 0xFE37;
            case '｝' -> 0xFE38;
            case '〔' -> 0xFE39;
            case '〕' -> 0xFE3A;
            case '【' -> 0xFE3B;
            case '】' -> 0xFE3C;
            case '《' -> 0xFE3D;
            case '》' -> 0xFE3E;
            case '〈' -> 0xFE3F;
            case '〉' -> 0xFE40;
            case '「', '“' -> 0xFE41;
            case '」', '”' -> 0xFE42;
            case '『', '‘' -> 0xFE43;
            case '』', '’' -> 0xFE44;
            default -> -1;
        };
    }

    /** The character a vertical form stands for; any other code point as it is. */
    public static int horizontalOf(int cp) {
        return switch (cp) {
            case 0xFE10 -> '，';
            case 0xFE11 -> '、';
            case 0xFE12 -> '。';
            case 0xFE13 -> '：';
            case 0xFE14 -> '；';
            case 0xFE15 -> '！';
            case 0xFE16 -> '？';
            case 0xFE17 -> '〖';
            case 0xFE18 -> '〗';
            case 0xFE19 -> '…';
            case 0xFE31 -> '—';
            case 0xFE32 -> '–';
            case 0xFE35 -> '（';
            case 0xFE36 -> '）';
            case 0xFE37 -> '｛';
            case 0xFE38 -> '｝';
            case 0xFE39 -> '〔';
            case 0xFE3A -> '〕';
            case 0xFE3B -> '【';
            case 0xFE3C -> '】';
            case 0xFE3D -> '《';
            case 0xFE3E -> '》';
            case 0xFE3F -> '〈';
            case 0xFE40 -> '〉';
            case 0xFE41 -> '“';
            case 0xFE42 -> '”';
            case 0xFE43 -> '‘';
            case 0xFE44 -> '’';
            default -> cp;
        };
    }

    /** {@code text} with every vertical form read as its horizontal character. */
    public static String horizontal(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int h = horizontalOf(cp);
            if (h != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(h);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }
}
