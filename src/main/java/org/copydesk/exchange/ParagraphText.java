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
        String out = PastedText.spaces(raw);
        ForbiddenCharacters.Cleaned cleaned = ForbiddenCharacters.remove(out);
        dropped += out.codePointCount(0, out.length()) - cleaned.text().codePointCount(0, cleaned.text().length());
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
