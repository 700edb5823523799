package org.copydesk.typeset;

/**
 * Sets a passage line by line into measures that may change from line to line (columns of
 * different widths, a continuation in a 破栏 frame). Greedy: each line takes the furthest break
 * opportunity whose fully compressed width fits, so a mark that may not start a line is pushed up
 * when compression allows and the previous character is pulled down otherwise. A run that cannot
 * be broken anywhere (a URL wider than the column) is broken between code points as a last resort.
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

    private final PreparedPassage p;
    private final Alignment alignment;
    private final double firstIndent;
    private int position;

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
        int b = chooseBreak(s, available);
        boolean last = b >= p.length();
        SetLine line = p.set(s, b, available, alignment, last);
        position = b;
        return line;
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
                int pushIn = pushIn(natural, available);
                if (pushIn > 0) {
                    best = pushIn;
                }
            }
        } else {
            int pushIn = pushIn(Math.max(natural, s), available);
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
    private int pushIn(int from, double available) {
        int s = position;
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
