package org.copydesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The snippet of a result: a window of the story's text around the first place a query word stands,
 * with every query word in it marked. Done on the stored text rather than through Lucene's
 * highlighter because the index holds character pairs: marking the words the user typed, whole, is
 * what a reader expects (经济发展, not 经济 济发 发展).
 */
final class Snippets {
    static final int BEFORE = 24;
    static final int LENGTH = 96;

    private Snippets() {
    }

    static List<SearchHit.Span> around(String text, List<String> words) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int first = firstMatch(flat, words, 0);
        int start = first < 0 ? 0 : Math.max(0, first - BEFORE);
        int end = Math.min(flat.length(), start + LENGTH);
        if (end - start < LENGTH) {
            start = Math.max(0, end - LENGTH);
        }
        start = safeStart(flat, start);
        end = safeEnd(flat, end);
        List<SearchHit.Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder(start > 0 ? "…" : "");
        int at = start;
        while (at < end) {
            int length = matchAt(flat, at, words, end);
            if (length > 0) {
                if (!plain.isEmpty()) {
                    spans.add(new SearchHit.Span(plain.toString(), false));
                    plain.setLength(0);
                }
                spans.add(new SearchHit.Span(flat.substring(at, at + length), true));
                at += length;
            } else {
                plain.append(flat.charAt(at));
                at++;
            }
        }
        if (end < flat.length()) {
            plain.append('…');
        }
        if (!plain.isEmpty()) {
            spans.add(new SearchHit.Span(plain.toString(), false));
        }
        return spans;
    }

    private static int firstMatch(String text, List<String> words, int from) {
        for (int i = from; i < text.length(); i++) {
            if (matchAt(text, i, words, text.length()) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the longest query word standing at {@code at}, 0 when none does. */
    private static int matchAt(String text, int at, List<String> words, int end) {
        int best = 0;
        for (String word : words) {
            int n = word.length();
            if (n > best && at + n <= end && text.regionMatches(true, at, word, 0, n)) {
                best = n;
            }
        }
        return best;
    }

    private static int safeStart(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    private static int safeEnd(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }
}
