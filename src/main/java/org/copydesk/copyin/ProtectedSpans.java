package org.copydesk.copyin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web addresses and e-mail addresses: their dots, colons and question marks are never punctuation. */
final class ProtectedSpans {
    private static final Pattern URL = Pattern.compile("(?i)(?:(?:https?|ftp)://|www\\.)[\\x21-\\x7e]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** A sentence mark right after an address ends the sentence, it is not part of the address. */
    private static final String TRAILING = ".,;:!?)'\"";

    private ProtectedSpans() {
    }

    static boolean[] of(String text) {
        boolean[] mask = new boolean[text.length()];
        mark(URL.matcher(text), text, mask);
        mark(EMAIL.matcher(text), text, mask);
        return mask;
    }

    private static void mark(Matcher m, String text, boolean[] mask) {
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            for (int i = m.start(); i < end; i++) {
                mask[i] = true;
            }
        }
    }
}
