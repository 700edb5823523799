package org.copydesk.exchange;

import org.copydesk.model.ForbiddenCharacters;

/**
 * Cleans one paragraph's text as a Word document or a paste gives it: no-break and other odd
 * spaces become plain spaces, the indent (full-width spaces, as reporters type 　　) and trailing
 * space go (the composer indents), and characters that cannot be printed are dropped and counted.
 */
final class ParagraphText {
    private int dropped;

    String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\u00A0' || cp == '\u2007' || cp == '\u202F' || cp == '\t' || (cp >= '\u2000' && cp <= '\u200A')) {
                out.append(' ');
            } else if (cp == '\u200B' || cp == '\uFEFF' || cp == '\u00AD') {
                // zero-width space, stray byte-order mark, soft hyphen: invisible, never meant for print
            } else {
                out.appendCodePoint(cp);
            }
        });
        ForbiddenCharacters.Cleaned cleaned = ForbiddenCharacters.remove(out.toString());
        dropped += cleaned.text().codePointCount(0, cleaned.text().length()) == out.codePointCount(0, out.length())
                ? 0 : out.codePointCount(0, out.length()) - cleaned.text().codePointCount(0, cleaned.text().length());
        return strip(cleaned.text());
    }

    /** Strips ASCII and full-width spaces at both ends. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\u3000' || Character.isWhitespace(ch);
    }

    int dropped() {
        return dropped;
    }
}
