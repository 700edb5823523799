package org.copydesk.typeset;

/**
 * Sets a passage line by line into measures that may change from line to line (columns of
 * different widths, a continuation in a 破栏 frame). Greedy: each line takes the furthest break
 * opportunity whose fully compressed width fits, so a mark that may not start a line is pushed up
 * when compression allows and the previous character is pulled down otherwise. A run that cannot
 * be broken anywhere (a URL wider than the column) is broken between code points as a last resort.
 *
 * <p>Greedy breaking can leave a line loose that only the lines before it could help: a figure
 * such as {@code 99.3%。} that fits no line end leaves its line short. So before a justified line
 * is given out, the fitter looks at the next two lines as greedy breaking would set them (in the
 * same measure); when one of them would be loose, it tries moving a character or two down from
 * this line and the next, keeps the choice whose worst line is least loose, and gives this line
 * out. The lookahead is kept, so the next call usually costs nothing more.
 */
final class LineFitter {
    private static final double TOLERANCE = 1e-6;
    /**
     * The most a justified line may spread neighbouring characters (in em) before the fitter tries
     * another break: below this a reader sees an even line (the issue counts more than 0.15 em as
     * loose; the typographic checks fail a line over 0.25 em).
     */
    static final double EVEN_EM = 0.15;
    /** Spread (in em) past which a line is loose: the typographic checks fail it. */
    static final double LOOSE_EM = 0.25;

    /** How many lines ahead a loose line is looked for, and so how far back characters move down. */
    private static final int LOOKAHEAD = 2;
    /** Earlier breaks tried for each line in front of a loose one. */
    private static final int ALTERNATIVES = 3;

    private final PreparedPassage p;
    private final Alignment alignment;
    private final double firstIndent;
    private int position;
    /** Greedy breaks already worked out for the lines ahead: start, measure, break. */
    private final int[] knownStart = {-1, -1, -1, -1};
    private final double[] knownAvailable = new double[4];
    private final int[] knownBreak = new int[4];
    private int knownNext;
    /**
     * The break planned for the next line when this one was chosen together with it (so the
     * slack shared over two lines is not undone by the next call): start, measure, break.
     */
    private int plannedStart = -1;
    private double plannedAvailable;
    private int plannedBreak;
    /** The first line's break behind {@link #worstAhead}'s answer. */
    private int aheadBreak;

    LineFitter(PreparedPassage passage, Alignment alignment, double firstIndent) {
        this.p = passage;
        this.alignment = alignment;
        this.firstIndent = firstIndent;
    }

    boolean done() {
        return position >= p.length();
    }

    int position() {
        return position;
    }

    /** Indent of the line that {@link #next} sets. */
    double indent() {
        return position == 0 ? firstIndent : 0;
    }

    /** Sets the next line into {@code measure} points (the indent is inside the measure). */
    SetLine next(double measure) {
        int s = position;
        double available = measure - indent();
        int b;
        if (s == plannedStart && available == plannedAvailable) {
            b = plannedBreak;
        } else {
            b = greedyBreak(s, available);
            if (alignment == Alignment.JUSTIFY && b < p.length()) {
                b = shareSlackAhead(s, available, b, measure);
            }
        }
        boolean last = b >= p.length();
        SetLine line = p.set(s, b, available, alignment, last);
        position = b;
        return line;
    }

    /** {@link #chooseBreak}, remembered: the lookahead asks for the same lines the next calls set. */
    private int greedyBreak(int s, double available) {
        for (int i = 0; i < knownStart.length; i++) {
            if (knownStart[i] == s && knownAvailable[i] == available) {
                return knownBreak[i];
            }
        }
        int b = chooseBreak(s, available);
        knownStart[knownNext] = s;
        knownAvailable[knownNext] = available;
        knownBreak[knownNext] = b;
        knownNext = (knownNext + 1) % knownStart.length;
        return b;
    }

    /**
     * Where line {@code [s, ?)} should end so that neither it nor the next {@link #LOOKAHEAD} lines
     * (set greedily in {@code measure}) is loose, starting from the greedy break {@code b}. Only
     * when greedy breaking would leave one of those lines loose are earlier breaks tried, for this
     * line and the next: each at a break opportunity (so every 避头尾 rule holds), each narrow
     * enough once compressed, and the lines after them set by the same greedy choice (so the
     * one-character last line and the punctuation rules hold there too). A choice must end the
     * window no earlier than greedy breaking does, so no line is added to the paragraph; among
     * them the one whose worst line is least loose wins, and greedy's break stays unless another
     * is clearly better. The next line's break that goes with the winner is kept for the next call.
     */
    private int shareSlackAhead(int s, double available, int b, double measure) {
        int n = p.length();
        double greedyWorst = spreadEm(s, b, available);
        int end = b;
        for (int line = 0; line < LOOKAHEAD && end < n; line++) {
            int next = greedyBreak(end, measure);
            greedyWorst = Math.max(greedyWorst, spreadEm(end, next, measure));
            end = next;
        }
        if (greedyWorst <= LOOSE_EM) {
            return b;
        }
        int greedyEnd = end;
        int best = b;
        int bestNext = -1;
        double bestWorst = greedyWorst - 0.01;
        int k = b;
        for (int tried = 0; tried <= ALTERNATIVES; tried++) {
            if (tried > 0) { // first this line as greedy set it, with the next line re-broken
                k = previousAllowed(s, k);
                if (k <= s || p.minimumWidth(s, k) > available + TOLERANCE) {
                    break;
                }
            }
            double own = spreadEm(s, k, available);
            if (own >= bestWorst) {
                break; // earlier breaks only spread this line more
            }
            double worst = Math.max(own, worstAhead(k, measure, greedyEnd, bestWorst));
            if (worst < bestWorst) {
                best = k;
                bestNext = aheadBreak;
                bestWorst = worst;
            }
        }
        if (bestNext > 0 && bestNext != greedyBreak(best, measure)) {
            plannedStart = best;
            plannedAvailable = measure;
            plannedBreak = bestNext;
        }
        return best;
    }

    /**
     * The least worst spread of the lines from {@code s} to the end of the window when the first
     * of them ends at its greedy break or at one of the few before it, the rest set greedily;
     * {@code bound} (or more) when none ends the window at {@code greedyEnd} or later under it.
     * The first line's break behind a better answer is left in {@link #aheadBreak}.
     */
    private double worstAhead(int s, double measure, int greedyEnd, double bound) {
        int n = p.length();
        int first = greedyBreak(s, measure);
        double best = bound;
        int k = first;
        for (int tried = 0; tried <= ALTERNATIVES && k > s; tried++) {
            if (tried > 0) {
                k = previousAllowed(s, k);
                if (k <= s || p.minimumWidth(s, k) > measure + TOLERANCE) {
                    break;
                }
            }
            double worst = spreadEm(s, k, measure);
            if (worst >= best) {
                break;
            }
            int end = k;
            for (int line = 1; line < LOOKAHEAD && end < n; line++) {
                int next = greedyBreak(end, measure);
                worst = Math.max(worst, spreadEm(end, next, measure));
                end = next;
            }
            if (end >= greedyEnd && worst < best) {
                best = worst;
                aheadBreak = k;
            }
        }
        return best;
    }

    /**
     * The natural break is the furthest code point that fits without compression. When a line may
     * not break there (a mark may not start the next line), push the mark up if compressing the
     * line makes room, else pull characters down to the previous opportunity; but keep an adjacent
     * pair such as {@code ，“} at its 1.5 em by pulling down when that leaves the line evenly set.
     * A line that would spread its characters visibly takes in the next word or character instead
     * when compressing its marks and Han-Latin spacing makes room.
     */
    private int chooseBreak(int s, double available) {
        int n = p.length();
        int natural = -1;
        int naturalAllowed = -1;
        for (int b = s + 1; b <= n; b++) {
            double width = p.naturalWidth(s, b);
            if (width <= available + TOLERANCE) {
                natural = b;
                if (p.allowed[b]) {
                    naturalAllowed = b;
                }
            } else if (width - p.em > available) {
                break; // widths only grow from here
            }
        }
        int best;
        if (natural > s && p.allowed[natural]) {
            best = natural;
            if (spreadEm(s, best, available) > EVEN_EM) {
                int pushIn = pushIn(s, natural, available);
                if (pushIn > 0) {
                    best = pushIn;
                }
            }
        } else {
            int pushIn = pushIn(s, Math.max(natural, s), available);
            boolean pullDownIsEven = naturalAllowed > s && spreadEm(s, naturalAllowed, available) <= EVEN_EM;
            if (pushIn > 0 && !(pullDownIsEven && p.tightensPairs(s, pushIn, available))) {
                best = pushIn;
            } else if (naturalAllowed > s) {
                best = naturalAllowed;
            } else if (pushIn > 0) {
                best = pushIn;
            } else {
                return emergencyBreak(s, available);
            }
        }
        // Pull characters down rather than leave one alone (with its marks) on the last line, but
        // only while this line stays evenly set: a short last line is better than a loose line.
        // The tail may need more than one step when marks or dashes sit at the break.
        int chosen = best;
        while (chosen < n && shortTail(chosen, available)) {
            int earlier = previousAllowed(s, chosen);
            if (earlier <= s || p.minimumWidth(earlier, n) > available || spreadEm(s, earlier, available) > EVEN_EM) {
                break;
            }
            chosen = earlier;
        }
        if (chosen < n && shortTail(chosen, available)) {
            chosen = best;
        }
        // Last resort for a line still loose: relax a rule at the furthest place that sets it evenly,
        // before a 2-em dash or ellipsis pair (as basic rules allow) or between the number and the
        // letters of a run such as 1,234.5GDP.
        if (spreadEm(s, chosen, available) > LOOSE_EM) {
            for (int k = Math.min(n - 1, Math.max(natural, chosen) + 2); k > chosen; k--) {
                if ((pairMayStartBasic(k) || numberMeetsWord(k)) && p.minimumWidth(s, k) <= available + TOLERANCE
                        && spreadEm(s, k, available) <= LOOSE_EM) {
                    return k;
                }
            }
        }
        return chosen;
    }

    /** Whether a dash or ellipsis pair starts at {@code k} and only strict rules forbid breaking before it. */
    private boolean pairMayStartBasic(int k) {
        CharClass c = p.cls[k];
        return (c == CharClass.DASH || c == CharClass.ELLIPSIS) && k + 1 < p.length() && p.cls[k + 1] == c
                && !BreakOpportunities.forbidden(p.cps, p.cls, k, org.copydesk.model.LineBreakRules.BASIC);
    }

    /**
     * Whether {@code k} is where a number of two or more characters meets a word of two or more
     * letters inside one Latin run ({@code 1,234.5|GDP}, {@code GDP|5.2%}), never inside {@code 5G},
     * or just after the hyphen of a hyphenated word ({@code Wi-|Fi}).
     */
    private boolean numberMeetsWord(int k) {
        if (k < 2 || k + 1 >= p.length() || p.cls[k - 1] != CharClass.LATIN || p.cls[k] != CharClass.LATIN) {
            return false;
        }
        if (p.cps[k - 1] == '-') {
            return k >= 3 && side(k - 2, -1) >= 2 && side(k, +1) >= 2; // Wi-|Fi: after the hyphen
        }
        if (Character.isDigit(p.cps[k - 1]) == Character.isDigit(p.cps[k])) {
            return false;
        }
        return side(k - 1, -1) >= 2 && side(k, +1) >= 2;
    }

    /** Length of the run of digits (with their marks) or of letters at {@code k}, going {@code step}. */
    private int side(int k, int step) {
        boolean digits = Character.isDigit(p.cps[k]);
        int length = 0;
        for (int i = k; i >= 0 && i < p.length(); i += step) {
            int cp = p.cps[i];
            boolean same = digits ? Character.isDigit(cp) || cp == '.' || cp == ',' || cp == '%'
                    : Character.isLetter(cp) && p.cls[i] == CharClass.LATIN;
            if (!same) {
                break;
            }
            length++;
        }
        return length;
    }

    /**
     * How far justifying line {@code [s, b)} would spread neighbouring characters, in em, after Latin
     * spaces and Han-Latin spacing took their share; 0 for a line that is not stretched (the last
     * line of a passage, a line that is not justified).
     */
    private double spreadEm(int s, int b, double available) {
        if (alignment != Alignment.JUSTIFY || b >= p.length()) {
            return 0;
        }
        double slack = available - p.naturalWidth(s, b);
        if (slack <= EVEN_EM * p.em) {
            // Most lines: at most 0.15 em to share among at least one gap, so the spread is no more
            // than that. The bound answers every question asked of it without walking the line.
            return Math.max(0, slack) / p.em;
        }
        for (int k = s + 1; k < b && slack > 0; k++) {
            if (p.glue[k] > 0) {
                slack -= 0.25 * p.em;
            } else if (p.cls[k - 1] == CharClass.SPACE) {
                slack -= Math.max(0, 0.5 * p.em - p.adv[k - 1]);
            }
        }
        if (slack <= TOLERANCE) {
            return 0;
        }
        int gaps = p.gaps(s, b);
        return gaps == 0 ? Double.MAX_VALUE : slack / gaps / p.em;
    }

    /** The next opportunity after {@code from} if compressing the line makes it fit, else -1. */
    private int pushIn(int s, int from, double available) {
        for (int b = from + 1; b <= p.length(); b++) {
            if (p.allowed[b]) {
                return p.minimumWidth(s, b) <= available + TOLERANCE ? b : -1;
            }
        }
        return -1;
    }

    private int previousAllowed(int s, int b) {
        for (int k = b - 1; k > s; k--) {
            if (p.allowed[k]) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the rest from {@code b} would be a last line of one character (plus marks). */
    private boolean shortTail(int b, double available) {
        int n = p.length();
        int content = 0;
        for (int k = b; k < n; k++) {
            CharClass c = p.cls[k];
            if (!c.isMark() && c != CharClass.SPACE && c != CharClass.IDEOGRAPHIC_SPACE) {
                content++;
                if (content > 1) {
                    return false;
                }
            }
        }
        return content <= 1 && p.minimumWidth(b, n) <= available;
    }

    /** No break opportunity fits: relax the rules and break after the last code point that fits. */
    private int emergencyBreak(int s, double available) {
        int b = s + 1;
        while (b < p.length() && p.minimumWidth(s, b + 1) <= available + TOLERANCE) {
            b++;
        }
        return b;
    }
}
