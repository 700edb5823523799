package org.copydesk.copyin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds ASCII punctuation inside Chinese text and proposes the full-width marks of GB/T 15834-2011:
 * {@code , . ; : ? ! ( )} and straight quotes become {@code ，。；：？！（）“”‘’}, {@code ...} becomes
 * {@code ……} and {@code --} between Chinese words {@code ——}. A mark is Chinese when the clause it
 * closes is Chinese (the nearest character before it is Han or a Chinese mark) or when it sits
 * between Chinese words around a Latin word or number ({@code 用Python, 我}).
 *
 * <p>What it never touches: a mark between two Latin letters or digits ({@code 3.5}, {@code 1,200},
 * {@code 10:30}, {@code v2.1}, {@code don't}), a full stop followed by a letter or digit (file names
 * such as {@code 新闻稿.docx}), web and e-mail addresses, Latin sentences, an odd number of straight
 * quotes in one paragraph (which quote opens cannot be known), unmatched brackets, {@code f(x)}.
 * Spaces around a converted mark go: a full-width mark carries its own space.
 */
public final class PunctuationFixer {
    private static final String SENTENCE_MARKS = ",.;:?!";
    private static final String FULL_WIDTH = "，。；：？！";
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Inc",
            "Ltd", "Co", "No", "vs", "etc", "e.g", "i.e", "Prof", "Fig");
    private static final int CONTEXT = 8;

    /** The changes proposed for {@code text}, in text order, never overlapping. */
    public List<PunctuationChange> propose(String text) {
        return new Pass(text).run();
    }

    /** {@code text} with every proposed change made. */
    public String fix(String text) {
        return TextEdit.apply(text, propose(text).stream().map(PunctuationChange::edit).toList());
    }

    /** One look at one text; remembers which marks it has decided to convert. */
    private static final class Pass {
        private final String text;
        private final boolean[] shielded;
        /** Start of a decided mark (or run) and what it becomes; the key's run length is in {@link #runs}. */
        private final TreeMap<Integer, String> decided = new TreeMap<>();
        private final TreeMap<Integer, Integer> runs = new TreeMap<>();

        Pass(String text) {
            this.text = text;
            this.shielded = ProtectedSpans.of(text);
        }

        List<PunctuationChange> run() {
            pairQuotes('"', "“", "”", false);
            pairQuotes('\'', "‘", "’", true);
            pairBrackets();
            sentenceMarks();
            return changes();
        }

        private void decide(int at, int length, String to) {
            decided.put(at, to);
            runs.put(at, length);
        }

        private boolean isDecided(int at) {
            var floor = decided.floorKey(at);
            return floor != null && at < floor + runs.get(floor);
        }

        /** Han, a Chinese mark, or an ASCII mark already decided to become one. */
        private boolean cjkAt(int at) {
            return at >= 0 && at < text.length() && (CjkText.isCjk(text.codePointAt(at)) || isDecided(at));
        }

        /**
         * Chinese at {@code at}, looking past curly quotes in the direction {@code step}: “” and ‘’
         * serve English text as well, so they make Chinese context only around Chinese.
         */
        private boolean cjkPastQuotes(int at, int step) {
            int i = at;
            while (i >= 0 && i < text.length() && CjkText.isCurlyQuote(text.charAt(i)) && !isDecided(i)) {
                i += step;
            }
            return cjkAt(i);
        }

        private int nonSpaceBefore(int at) {
            int i = at - 1;
            while (i >= 0 && CjkText.isSpace(text.charAt(i))) {
                i--;
            }
            if (i > 0 && Character.isLowSurrogate(text.charAt(i))) {
                i--;
            }
            return i;
        }

        private int nonSpaceAfter(int at) {
            int i = at;
            while (i < text.length() && CjkText.isSpace(text.charAt(i))) {
                i++;
            }
            return i < text.length() ? i : -1;
        }

        private boolean betweenLatin(int at) {
            return at > 0 && at + 1 < text.length()
                    && CjkText.isAsciiAlnum(text.charAt(at - 1)) && CjkText.isAsciiAlnum(text.charAt(at + 1));
        }

        /** Chinese just outside a quoted or bracketed span, looking past ASCII sentence marks. */
        private boolean cjkOutside(int open, int close) {
            int before = open - 1;
            while (before >= 0 && (CjkText.isSpace(text.charAt(before)) || SENTENCE_MARKS.indexOf(text.charAt(before)) >= 0)) {
                before--;
            }
            int after = close + 1;
            while (after < text.length() && (CjkText.isSpace(text.charAt(after)) || SENTENCE_MARKS.indexOf(text.charAt(after)) >= 0)) {
                after++;
            }
            return (before >= 0 && cjkPastQuotes(before, -1)) || cjkPastQuotes(after, 1);
        }

        private boolean hasHan(int from, int to) {
            return text.substring(from, to).codePoints().anyMatch(CjkText::isHan);
        }

        /** Straight quotes paired in order; an odd number in one paragraph is left alone. */
        private void pairQuotes(char quote, String open, String close, boolean apostrophes) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == quote && !shielded[i] && !(apostrophes && isApostrophe(i))) {
                    at.add(i);
                }
            }
            if (at.size() % 2 != 0) {
                return;
            }
            for (int k = 0; k < at.size(); k += 2) {
                int o = at.get(k);
                int c = at.get(k + 1);
                if (hasHan(o + 1, c) || cjkOutside(o, c)) {
                    decide(o, 1, open);
                    decide(c, 1, close);
                }
            }
        }

        /** {@code don't}, {@code students'}: a single quote touching Latin on one side and no Chinese. */
        private boolean isApostrophe(int i) {
            boolean latinBefore = i > 0 && CjkText.isAsciiAlnum(text.charAt(i - 1));
            boolean latinAfter = i + 1 < text.length() && CjkText.isAsciiAlnum(text.charAt(i + 1));
            boolean cjkNear = (i > 0 && CjkText.isCjk(text.codePointBefore(i)))
                    || (i + 1 < text.length() && CjkText.isCjk(text.codePointAt(i + 1)));
            return (latinBefore || latinAfter) && !cjkNear;
        }

        /** Matched round brackets around or beside Chinese; {@code f(x)} keeps its ASCII ones. */
        private void pairBrackets() {
            var open = new ArrayList<Integer>();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (shielded[i]) {
                    continue;
                }
                if (ch == '(') {
                    open.add(i);
                } else if (ch == ')' && !open.isEmpty()) {
                    int o = open.remove(open.size() - 1);
                    boolean function = o > 0 && CjkText.isAsciiAlnum(text.charAt(o - 1));
                    if (!function && (hasHan(o + 1, i) || cjkOutside(o, i))) {
                        decide(o, 1, "（");
                        decide(i, 1, "）");
                    }
                }
            }
        }

        private void sentenceMarks() {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (shielded[i] || isDecided(i)) {
                    continue;
                }
                int run = runOf(i, ch);
                if (ch == '.' && run >= 3 || ch == '-' && run == 2) {
                    boolean before = cjkPastQuotes(nonSpaceBefore(i), -1);
                    boolean after = cjkPastQuotes(nonSpaceAfter(i + run), 1);
                    // An ellipsis may end a Chinese clause; a dash must join Chinese on both sides.
                    if (ch == '.' ? before || after : before && after) {
                        decide(i, run, ch == '.' ? "……" : "——");
                    }
                    i += run - 1;
                } else if (ch == '.' && run == 2 || ch == '-') {
                    i += run - 1;
                } else if (SENTENCE_MARKS.indexOf(ch) >= 0 && isChineseMark(i, ch)) {
                    decide(i, 1, String.valueOf(FULL_WIDTH.charAt(SENTENCE_MARKS.indexOf(ch))));
                }
            }
        }

        private int runOf(int i, char ch) {
            int j = i;
            while (j < text.length() && text.charAt(j) == ch && !shielded[j]) {
                j++;
            }
            return j - i;
        }

        private boolean isChineseMark(int i, char ch) {
            if (betweenLatin(i) || ch == ':' && text.startsWith("//", i + 1)) {
                return false;
            }
            if (ch == '.' && i + 1 < text.length() && CjkText.isAsciiAlnum(text.charAt(i + 1))) {
                return false; // 新闻稿.docx, 新浪.com
            }
            int before = nonSpaceBefore(i);
            if (cjkPastQuotes(before, -1)) {
                return true;
            }
            if (before < 0 || CjkText.isSpace(text.charAt(before)) || text.charAt(before) > 127) {
                return false;
            }
            // A Latin word or number inside Chinese: the run of ASCII before the mark starts right
            // after Chinese, and Chinese (or the end) follows.
            int start = before;
            while (start > 0 && text.charAt(start - 1) > ' ' && text.charAt(start - 1) < 127) {
                start--;
            }
            if (start == 0 || !cjkPastQuotes(start - 1, -1)) {
                return false;
            }
            if (ch == '.' && ABBREVIATIONS.contains(text.substring(start, before + 1))) {
                return false;
            }
            int after = nonSpaceAfter(i + 1);
            return after < 0 || cjkPastQuotes(after, 1);
        }

        private List<PunctuationChange> changes() {
            List<PunctuationChange> changes = new ArrayList<>();
            int lastEnd = 0;
            for (var entry : decided.entrySet()) {
                int start = entry.getKey();
                int end = start + runs.get(start);
                while (start > lastEnd && CjkText.isSpace(text.charAt(start - 1)) && start - 1 > 0) {
                    start--;
                }
                while (end < text.length() && CjkText.isSpace(text.charAt(end)) && !decidedStartsAt(end)) {
                    end++;
                }
                if (end == text.length()) {
                    end = entry.getKey() + runs.get(entry.getKey()); // trailing spaces are not ours to judge
                }
                changes.add(new PunctuationChange(start, text.substring(start, end), entry.getValue(), context(start, end)));
                lastEnd = end;
            }
            return List.copyOf(changes);
        }

        private boolean decidedStartsAt(int at) {
            return decided.containsKey(at);
        }

        private String context(int start, int end) {
            int from = Math.max(0, start - CONTEXT);
            int to = Math.min(text.length(), end + CONTEXT);
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                from--;
            }
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to++;
            }
            return text.substring(from, to);
        }
    }
}
