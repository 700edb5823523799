package org.copydesk.copyin;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts text between Simplified and Traditional: ICU4J's {@code Hans-Hant} / {@code Hant-Hans}
 * transliterators (which already use some word context: 头发 → 頭髮), then the paper's
 * {@link HouseTable} words on top (names such as 范仲淹, 钟南山, and fixed terms), and lists every
 * character with more than one counterpart with what was chosen, so the editor can review them.
 */
public final class ScriptConverter {
    private static final int CONTEXT = 6;

    private final HouseTable table;
    /** Made on first use: building ICU's rules costs a noticeable part of a second, and most sessions never convert. */
    private final Map<Script, Transliterator> transliterators = new EnumMap<>(Script.class);

    ScriptConverter(HouseTable table) {
        this.table = table;
    }

    private synchronized Transliterator transliterator(Script to) {
        return transliterators.computeIfAbsent(to, s -> Transliterator.getInstance(s.transliteratorId()));
    }

    /** The converter with the paper's built-in house table. */
    public static ScriptConverter standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ScriptConverter STANDARD = new ScriptConverter(HouseTable.builtIn());
    }

    /** {@code text} converted into {@code to}, with the replacements and the review list. */
    public ScriptConversion convert(String text, Script to) {
        int[] original = text.codePoints().toArray();
        int[] converted = aligned(text, original, to);
        String[] deciding = new String[original.length];
        applyWords(original, converted, deciding, to);

        var edits = new ArrayList<TextEdit>();
        var decisions = new ArrayList<ScriptDecision>();
        int offset = 0;
        int runStart = -1;
        var from = new StringBuilder();
        var into = new StringBuilder();
        for (int k = 0; k < original.length; k++) {
            String was = Character.toString(original[k]);
            String now = Character.toString(converted[k]);
            List<String> alternatives = table.alternatives(to, original[k]);
            if (!alternatives.isEmpty()) {
                decisions.add(new ScriptDecision(offset, was, now, alternatives, Optional.ofNullable(deciding[k]),
                        context(text, offset)));
            }
            if (original[k] != converted[k]) {
                if (runStart < 0) {
                    runStart = offset;
                }
                from.append(was);
                into.append(now);
            } else if (runStart >= 0) {
                edits.add(new TextEdit(runStart, from.toString(), into.toString()));
                runStart = -1;
                from.setLength(0);
                into.setLength(0);
            }
            offset += was.length();
        }
        if (runStart >= 0) {
            edits.add(new TextEdit(runStart, from.toString(), into.toString()));
        }
        return new ScriptConversion(TextEdit.apply(text, edits), edits, decisions);
    }

    /** ICU's conversion, one code point for each of the original's. */
    private int[] aligned(String text, int[] original, Script to) {
        Transliterator t = transliterator(to);
        int[] whole;
        synchronized (t) {
            whole = t.transliterate(text).codePoints().toArray();
        }
        if (whole.length == original.length) {
            return whole;
        }
        // ICU changed the length somewhere: fall back to converting character by character.
        int[] each = new int[original.length];
        for (int k = 0; k < original.length; k++) {
            each[k] = convertOne(original[k], to);
        }
        return each;
    }

    /** One character converted by ICU alone, or itself when ICU would make it more than one. */
    int convertOne(int codePoint, Script to) {
        Transliterator t = transliterator(to);
        String one;
        synchronized (t) {
            one = t.transliterate(Character.toString(codePoint));
        }
        return one.codePointCount(0, one.length()) == 1 ? one.codePointAt(0) : codePoint;
    }

    /** The house words, longest first at each position, override ICU's characters. */
    private void applyWords(int[] original, int[] converted, String[] deciding, Script to) {
        Map<String, String> words = table.words(to);
        int k = 0;
        while (k < original.length) {
            int matched = 0;
            for (int len = Math.min(table.longestWord(), original.length - k); len >= 2 && matched == 0; len--) {
                String word = new String(original, k, len);
                String into = words.get(word);
                if (into != null) {
                    int[] cps = into.codePoints().toArray();
                    for (int j = 0; j < len; j++) {
                        converted[k + j] = cps[j];
                        deciding[k + j] = word;
                    }
                    matched = len;
                }
            }
            k += Math.max(1, matched);
        }
    }

    private static String context(String text, int offset) {
        int from = text.offsetByCodePoints(offset, -Math.min(CONTEXT, text.codePointCount(0, offset)));
        int to = text.offsetByCodePoints(offset, Math.min(CONTEXT + 1, text.codePointCount(offset, text.length())));
        return text.substring(from, to);
    }
}
