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
     * line makes room, else pull characters down to the previous opportunity.
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
        } else {
            int pushIn = pushIn(Math.max(natural, s), available);
            if (pushIn > 0) {
                best = pushIn;
            } else if (naturalAllowed > s) {
                best = naturalAllowed;
            } else {
                return emergencyBreak(s, available);
            }
        }
        // Pull characters down rather than leave one alone (with its marks) on the last line; the
        // tail may need more than one step when marks or dashes sit at the break.
        int chosen = best;
        while (chosen < n && shortTail(chosen, available)) {
            int earlier = previousAllowed(s, chosen);
            if (earlier <= s || p.minimumWidth(earlier, n) > available) {
                break;
            }
            chosen = earlier;
        }
        return chosen < n && shortTail(chosen, available) ? best : chosen;
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
