package org.copydesk.typeset;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;

/**
 * Breaks for display lines (主题, 引题, 副题) that wrap: the same number of lines the greedy fitter
 * needs, but as equal in length as possible, so a headline never ends on a short orphan such as
 * {@code 电梯} alone under a full line. Among balanced choices a break at a phrase boundary wins
 * (after punctuation or a space, before an opening quote, after a number with its unit), then one
 * between two dictionary words; a break inside a word costs most. The 避头尾 rules and the ban on
 * splitting numbers and Latin words hold as for body text: only break opportunities are used.
 *
 * <p>Costs are in em of the passage's size: how far each line's natural width is from the
 * average, plus the penalty of each break.
 */
final class BalancedBreaks {
    /**
     * A break between two words that is no phrase boundary: worth about three characters of
     * imbalance, so {@code 以上，|这份} beats the more even {@code 这|份}.
     */
    static final double WORD_BOUNDARY = 3;
    /** A break inside quotation marks or brackets ({@code “江海|联运”}), on top of the rest. */
    static final double INSIDE_QUOTES = 2;
    /** A break splitting a dictionary word (电|梯). */
    static final double INSIDE_WORD = 6;
    /**
     * A break at a space, taken off the cost: a display line with a space in it is a parallel
     * headline ({@code 追忆往昔铸魂聚力 面向未来奋勇前行}) or a kicker of two phrases, and a desk
     * breaks it at the space even when that makes the lines less even. Worth more than any
     * imbalance two phrases of one headline can have.
     */
    static final double AT_SPACE = 12;
    /** A line that fits only by compressing its punctuation. */
    static final double COMPRESSED = 1;
    /** Longer passages are left to the greedy fitter (display lines are short; this bounds the work). */
    static final int MAX_CODE_POINTS = 240;

    private static final double TOLERANCE = 1e-6;
    private static final String UNITS = "个只件条项座栋幢层户家所名位人次岁年月日号时分秒元角米吨台辆架艘部款种批处场届期倍成度克%％℃‰";
    private static final String[] TWO_CHARACTER_UNITS = {"公里", "公斤", "公顷", "小时", "千米", "千克", "周年", "平方", "立方", "人次"};

    private BalancedBreaks() {
    }

    /**
     * Where each of {@code lines} lines ends (code point indexes, the last is the passage length),
     * or null when the passage cannot be set in that many lines at break opportunities.
     */
    static int[] choose(PreparedPassage p, BreakIterator words, double measure, int lines) {
        int n = p.length();
        if (lines < 2 || n > MAX_CODE_POINTS) {
            return null;
        }
        double[] penalty = penalties(p, words);
        double target = p.naturalWidth(0, n) / lines;
        double[][] best = new double[lines + 1][n + 1];
        int[][] from = new int[lines + 1][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int line = 1; line <= lines; line++) {
            for (int b = 1; b <= n; b++) {
                if (!p.allowed[b] || (line == lines) != (b == n)) {
                    continue;
                }
                for (int s = 0; s < b; s++) {
                    if (best[line - 1][s] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = lineCost(p, s, b, measure, target);
                    if (cost == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double total = best[line - 1][s] + cost + (b < n ? penalty[b] : 0);
                    if (total < best[line][b] - TOLERANCE) {
                        best[line][b] = total;
                        from[line][b] = s;
                    }
                }
            }
        }
        if (best[lines][n] == Double.POSITIVE_INFINITY) {
            return null;
        }
        int[] ends = new int[lines];
        for (int line = lines, b = n; line >= 1; line--) {
            ends[line - 1] = b;
            b = from[line][b];
        }
        return ends;
    }

    /** Distance from the average line in em, or infinity when the line cannot be set in the measure. */
    private static double lineCost(PreparedPassage p, int s, int b, double measure, double target) {
        double natural = p.naturalWidth(s, b);
        double cost = Math.abs(natural - target) / p.em;
        if (natural <= measure + TOLERANCE) {
            return cost;
        }
        return p.minimumWidth(s, b) <= measure + TOLERANCE ? cost + COMPRESSED : Double.POSITIVE_INFINITY;
    }

    /** The cost of a line starting at each code point, for the break opportunities. */
    private static double[] penalties(PreparedPassage p, BreakIterator words) {
        int n = p.length();
        boolean[] wordStart = new boolean[n + 1];
        words.setText(p.passage.text());
        int k = 0;
        for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
            while (k < n && p.charIndex[k] < b) {
                k++;
            }
            if (p.charIndex[k] == b) {
                wordStart[k] = true;
            }
        }
        double[] penalty = new double[n + 1];
        int depth = 0;
        for (int i = 1; i < n; i++) {
            depth = Math.max(0, depth + (p.cls[i - 1] == CharClass.OPENING ? 1 : 0)
                    - (p.cls[i - 1] == CharClass.CLOSING ? 1 : 0));
            if (p.blank(i)) {
                penalty[i] = Double.POSITIVE_INFINITY; // a centred line never starts with a space
                continue;
            }
            if (betweenNumberAndUnit(p.cps, i)) {
                penalty[i] = INSIDE_WORD;
            } else if (p.cls[i - 1] == CharClass.SPACE || p.cls[i - 1] == CharClass.IDEOGRAPHIC_SPACE) {
                penalty[i] = -AT_SPACE;
            } else {
                penalty[i] = phraseBoundary(p, i) ? 0 : wordStart[i] ? WORD_BOUNDARY : INSIDE_WORD;
            }
            if (depth > 0) {
                penalty[i] += INSIDE_QUOTES;
            }
        }
        return penalty;
    }

    /** After punctuation or a space, before an opening mark, or after a number with its unit. */
    static boolean phraseBoundary(PreparedPassage p, int k) {
        CharClass before = p.cls[k - 1];
        return before.closingSide() || before == CharClass.SPACE || before == CharClass.IDEOGRAPHIC_SPACE
                || p.cls[k] == CharClass.OPENING || afterNumberAndUnit(p.cps, k);
    }

    /**
     * {@code 386栋|老楼}, {@code 1.1万户|居民}, {@code 24.7公里|设站}: a number, an optional 万 or 亿,
     * then a unit, and no digit after it (so {@code 3月|1日} stays together).
     */
    static boolean afterNumberAndUnit(int[] cps, int k) {
        if (k >= cps.length || isDigit(cps[k])) {
            return false;
        }
        for (int unit = 1; unit <= 2; unit++) {
            int start = k - unit;
            if (start < 1 || !isUnit(cps, start, k)) {
                continue;
            }
            int before = start - 1;
            if (cps[before] == '万' || cps[before] == '亿') {
                before--;
            }
            if (before >= 0 && isDigit(cps[before])) {
                return true;
            }
        }
        return false;
    }

    /** {@code 386|栋}, {@code 1.1|万户}: a number and its unit read as one word. */
    static boolean betweenNumberAndUnit(int[] cps, int k) {
        return isDigit(cps[k - 1]) && (UNITS.indexOf(cps[k]) >= 0 || cps[k] == '万' || cps[k] == '亿'
                || (k + 1 < cps.length && isUnit(cps, k, k + 2)));
    }

    private static boolean isUnit(int[] cps, int start, int end) {
        if (end - start == 1) {
            return UNITS.indexOf(cps[start]) >= 0;
        }
        String pair = new String(cps, start, end - start);
        return Arrays.asList(TWO_CHARACTER_UNITS).contains(pair);
    }

    private static boolean isDigit(int cp) {
        return Character.isDigit(cp);
    }
}
