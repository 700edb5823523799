package org.copydesk.cli;

/**
 * User data made safe to print on a terminal. Edition names, headlines, sections, captions and
 * file names come from files and packages anyone can write; printed raw, an escape sequence in one
 * could recolour, clear or retitle the terminal, a line end could forge an output line, and a bidi
 * override could make a name read backwards. Such characters are shown as visible escapes
 * ({@code \u001B}); everything else, Chinese included, is printed as it is.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with control, line-separator, bidi-control and lone surrogate characters escaped. */
    static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (mustEscape(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@link #visible(String)} of a value's text, for paths and ids. */
    static String visible(Object value) {
        return visible(value == null ? null : value.toString());
    }

    private static boolean mustEscape(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F          // C0 (tab and line ends too), DEL, C1 (8-bit CSI)
                || c == 0x061C || c == 0x200E || c == 0x200F // bidi marks
                || c >= 0x202A && c <= 0x202E               // embeddings and overrides
                || c >= 0x2066 && c <= 0x2069               // isolates
                || c == 0x2028 || c == 0x2029               // line and paragraph separators
                || Character.isSurrogate(c);                // unpaired (pairs are handled above)
    }
}
