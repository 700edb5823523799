package org.copydesk.typeset;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.EnumMap;
import java.util.Map;
import org.copydesk.model.LineBreakRules;

/**
 * Where a line may break, per clreq 避头尾: ICU4J's line instance for {@code zh} (with the
 * {@code lb} keyword for strict and loose) plus the rules ICU leaves out. The answer is a
 * per-code-point flag: may a line start at this code point?
 *
 * <p>Thread-safe: each call works on its own clone of the prototype iterator.
 */
final class BreakOpportunities {
    private final Map<LineBreakRules, BreakIterator> prototypes = new EnumMap<>(LineBreakRules.class);
    /** ICU's dictionary word segmentation for Chinese: where a headline may break without splitting a word. */
    private final BreakIterator words = BreakIterator.getWordInstance(new ULocale("zh"));

    BreakOpportunities() {
        prototypes.put(LineBreakRules.BASIC, BreakIterator.getLineInstance(new ULocale("zh")));
        prototypes.put(LineBreakRules.STRICT, BreakIterator.getLineInstance(new ULocale("zh@lb=strict")));
        prototypes.put(LineBreakRules.LOOSE, BreakIterator.getLineInstance(new ULocale("zh@lb=loose")));
    }

    /** A fresh iterator for one composition run (ICU iterators are not thread-safe). */
    BreakIterator iterator(LineBreakRules rules) {
        synchronized (prototypes) {
            return (BreakIterator) prototypes.get(rules).clone();
        }
    }

    /** A fresh word iterator (dictionary segmentation) for one composition run. */
    BreakIterator wordIterator() {
        synchronized (words) {
            return (BreakIterator) words.clone();
        }
    }

    /**
     * Fills {@code allowed[k]} (k a code point index, 0 < k < n) with whether a line may start at
     * code point k. {@code allowed[0]} and {@code allowed[n]} are true.
     */
    static void compute(BreakIterator icu, String text, int[] cps, CharClass[] cls, int[] charIndex,
                        LineBreakRules rules, boolean[] allowed) {
        int n = cps.length;
        java.util.Arrays.fill(allowed, 0, n + 1, false);
        icu.setText(text);
        // ICU reports char offsets; map them to code point indexes with a walking pointer.
        int k = 0;
        for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
            while (k < n && charIndex[k] < b) {
                k++;
            }
            allowed[k] = true;
        }
        allowed[0] = true;
        allowed[n] = true;
        for (int i = 1; i < n; i++) {
            CharClass before = cls[i - 1];
            CharClass after = cls[i];
            if (!allowed[i] && cjkPair(before, after)) {
                // ICU keeps quotes glued to both neighbours; between Han and full-width marks our
                // own tables below are the authority.
                allowed[i] = true;
            }
            if (allowed[i] && forbidden(cps, cls, i, rules)) {
                allowed[i] = false;
            }
        }
        straightQuotes(cps, cls, rules, allowed);
    }

    /**
     * A reporter's straight quotes in Chinese text ({@code 在APP"意见反馈"栏目}) break as full-width
     * ones: before an opening quote and after a closing one. ICU glues an ASCII quote to both
     * neighbours, which made {@code APP"意} one unbreakable run and left the line before it loose.
     * Quotes pair up in the order typed: the first of a passage opens, the next closes.
     */
    private static void straightQuotes(int[] cps, CharClass[] cls, LineBreakRules rules, boolean[] allowed) {
        int n = cps.length;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            if (cps[i] != '"') {
                continue;
            }
            boolean opening = seen++ % 2 == 0;
            if (opening && i > 0 && i + 1 < n && cls[i + 1] == CharClass.HAN
                    && (cls[i - 1] == CharClass.HAN || cls[i - 1] == CharClass.LATIN) && !forbidden(cps, cls, i, rules)) {
                allowed[i] = true;
            } else if (!opening && i > 0 && i + 1 < n && cls[i - 1] == CharClass.HAN && cls[i + 1] == CharClass.HAN
                    && !forbidden(cps, cls, i + 1, rules)) {
                allowed[i + 1] = true;
            }
        }
    }

    private static boolean cjkPair(CharClass a, CharClass b) {
        // 新版APP“以…: a full-width opening quote after a Latin word opens the next phrase, as after Han.
        return (cjk(a) && cjk(b)) || (a == CharClass.LATIN && b == CharClass.OPENING);
    }

    private static boolean cjk(CharClass c) {
        return c == CharClass.HAN || c == CharClass.OPENING || c == CharClass.CLOSING || c == CharClass.COMMA
                || c == CharClass.PERIOD || c == CharClass.IDEOGRAPHIC_SPACE;
    }

    /** Whether our rules forbid a break between code points i-1 and i. */
    static boolean forbidden(int[] cps, CharClass[] cls, int i, LineBreakRules rules) {
        CharClass before = cls[i - 1];
        CharClass after = cls[i];
        // Everywhere: closing marks never start a line, opening marks never end one.
        if (after.closingSide() || before == CharClass.OPENING) {
            return true;
        }
        // Never split a pair of dashes or ellipses, a number or a Latin word.
        if ((before == CharClass.DASH && after == CharClass.DASH)
                || (before == CharClass.ELLIPSIS && after == CharClass.ELLIPSIS)) {
            return true;
        }
        if (insideWord(cps, cls, i)) {
            return true;
        }
        if (after == CharClass.SPACE) {
            return true; // spaces stay at the end of the line they follow
        }
        if (rules == LineBreakRules.LOOSE) {
            return false;
        }
        // Basic and strict: no connector or lone dash at the start, no break around an interpunct,
        // no full-width solidus at the end.
        if (after == CharClass.CONNECTOR || after == CharClass.MIDDLE_DOT || before == CharClass.MIDDLE_DOT) {
            return true;
        }
        if (after == CharClass.DASH && !(i + 1 < cps.length && cls[i + 1] == CharClass.DASH)) {
            return true;
        }
        if (cps[i - 1] == '／') {
            return true;
        }
        if (rules == LineBreakRules.STRICT) {
            return after == CharClass.DASH || after == CharClass.ELLIPSIS || before == CharClass.SOLIDUS;
        }
        return false;
    }

    /** Inside a Latin word or a number such as {@code 1,234.5}, {@code 5.2%} or {@code COVID-19}. */
    static boolean insideWord(int[] cps, CharClass[] cls, int i) {
        CharClass before = cls[i - 1];
        CharClass after = cls[i];
        if (before == CharClass.LATIN && after == CharClass.LATIN) {
            return true;
        }
        int a = cps[i - 1];
        int b = cps[i];
        if (before == CharClass.LATIN && (b == '%' || b == '‰' || b == '℃' || b == '°')) {
            return true;
        }
        if (before == CharClass.LATIN && joiner(b) && i + 1 < cps.length && cls[i + 1] == CharClass.LATIN) {
            return true;
        }
        return after == CharClass.LATIN && joiner(a) && i >= 2 && cls[i - 2] == CharClass.LATIN;
    }

    private static boolean joiner(int cp) {
        return cp == '.' || cp == ',' || cp == '-' || cp == '\'' || cp == ':' || cp == '/' || cp == '_';
    }
}
