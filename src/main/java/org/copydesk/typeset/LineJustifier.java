package org.copydesk.typeset;

/**
 * Sets one chosen line: the line-start and line-end rules (opening bracket and closing mark half
 * width, trailing space dropped), then, when the line is too long, compression in clreq order
 * (Latin spaces, interpuncts, brackets, {@code ，、；：}, Han-Latin spacing, {@code 。？！}), or when
 * it is short and justified, stretching (Latin spaces, Han-Latin spacing, then evenly between
 * characters, never inside a word, number, dash or ellipsis pair).
 */
final class LineJustifier {
    private static final double EPSILON = 1e-6;

    private LineJustifier() {
    }

    /**
     * Places the glyphs of line {@code [s, b)} in a measure of {@code available} points.
     *
     * @param lastOfPassage the last line of a justified passage stays ragged unless it must shrink
     */
    static SetLine set(PreparedPassage p, int s, int b, double available, Alignment alignment, boolean lastOfPassage) {
        int m = b - s;
        double[] lead = new double[m];
        double[] trail = new double[m];
        double[] gl = new double[m];
        double[] extraBefore = new double[m];
        double natural = 0;
        for (int i = 0; i < m; i++) {
            int k = s + i;
            lead[i] = p.leadCut[k];
            trail[i] = p.trailCut[k];
            gl[i] = i == 0 ? 0 : p.glue[k];
            natural += gl[i] + p.adv[k] - lead[i] - trail[i];
        }
        if (p.cls[s] == CharClass.OPENING) {
            natural -= p.half[s] - lead[0];
            lead[0] = p.half[s];
        }
        int last = m - 1;
        if (p.blank(b - 1)) {
            natural -= p.adv[b - 1] - lead[last] - trail[last];
            trail[last] = p.adv[b - 1] - lead[last];
        } else if (p.cls[b - 1].closingSide()) {
            natural -= p.half[b - 1] - trail[last];
            trail[last] = p.half[b - 1];
        }
        double delta = available - natural;
        boolean justified;
        if (delta < -EPSILON) {
            justified = shrink(p, s, m, -delta, lead, trail, gl);
        } else if (delta > EPSILON) {
            justified = alignment == Alignment.JUSTIFY && !lastOfPassage && stretch(p, s, m, delta, trail, gl, extraBefore);
        } else {
            justified = alignment == Alignment.JUSTIFY; // fits exactly: a justified line as it stands
        }
        double offset = 0;
        if (!justified && delta > 0) {
            offset = switch (alignment) {
                case CENTER -> delta / 2;
                case RIGHT -> delta;
                default -> 0;
            };
        }
        double[] origins = new double[m];
        double[] advances = new double[m];
        double x = offset;
        for (int i = 0; i < m; i++) {
            int k = s + i;
            x += gl[i] + extraBefore[i];
            origins[i] = x - lead[i];
            advances[i] = Math.max(0, p.adv[k] - lead[i] - trail[i]);
            x += advances[i];
        }
        return new SetLine(s, b, origins, advances, lead, justified, x);
    }

    /** Takes {@code need} points out of the line in clreq order; true when the line then fits. */
    private static boolean shrink(PreparedPassage p, int s, int m, double need, double[] lead, double[] trail, double[] gl) {
        double remaining = need;
        for (int level = 0; level < PreparedPassage.SHRINK_LEVELS && remaining > EPSILON; level++) {
            double total = 0;
            for (int i = 0; i < m; i++) {
                total += capacityAt(p, s, i, level, lead, trail, gl);
            }
            if (total <= EPSILON) {
                continue;
            }
            double fraction = Math.min(1, remaining / total);
            for (int i = 0; i < m; i++) {
                double c = capacityAt(p, s, i, level, lead, trail, gl) * fraction;
                if (c <= 0) {
                    continue;
                }
                int k = s + i;
                if (level == PreparedPassage.SHRINK_GLUE) {
                    gl[i] -= c;
                } else if (p.cls[k] == CharClass.OPENING) {
                    lead[i] += c;
                } else if (p.cls[k] == CharClass.MIDDLE_DOT) {
                    lead[i] += c / 2;
                    trail[i] += c / 2;
                } else {
                    trail[i] += c;
                }
            }
            remaining -= total * fraction;
        }
        return remaining <= EPSILON;
    }

    private static double capacityAt(PreparedPassage p, int s, int i, int level, double[] lead, double[] trail, double[] gl) {
        int k = s + i;
        if (level == PreparedPassage.SHRINK_GLUE) {
            return i > 0 && p.glue[k] > 0 ? Math.max(0, gl[i] - 0.125 * p.em) : 0;
        }
        if (p.capLevel[k] != level) {
            return 0;
        }
        if (level == PreparedPassage.SHRINK_SPACE) {
            return Math.max(0, p.adv[k] - trail[i] - 0.25 * p.em);
        }
        // a mark can give up what remains of its blank half (or quarters, for the interpunct)
        double used = lead[i] + trail[i];
        return Math.max(0, p.half[k] - used);
    }

    /** Spreads {@code extra} points: Latin spaces, then Han-Latin spacing, then between characters. */
    private static boolean stretch(PreparedPassage p, int s, int m, double extra, double[] trail, double[] gl, double[] extraBefore) {
        double remaining = extra;
        double spaceRoom = 0;
        for (int i = 0; i < m - 1; i++) {
            if (p.cls[s + i] == CharClass.SPACE) {
                spaceRoom += Math.max(0, 0.5 * p.em - (p.adv[s + i] - trail[i]));
            }
        }
        if (spaceRoom > EPSILON) {
            double f = Math.min(1, remaining / spaceRoom);
            for (int i = 0; i < m - 1; i++) {
                if (p.cls[s + i] == CharClass.SPACE) {
                    extraBefore[i + 1] += f * Math.max(0, 0.5 * p.em - (p.adv[s + i] - trail[i]));
                }
            }
            remaining -= f * spaceRoom;
        }
        double glueRoom = 0;
        for (int i = 1; i < m; i++) {
            glueRoom += p.glue[s + i] > 0 ? 0.25 * p.em : 0;
        }
        if (remaining > EPSILON && glueRoom > EPSILON) {
            double f = Math.min(1, remaining / glueRoom);
            for (int i = 1; i < m; i++) {
                if (p.glue[s + i] > 0) {
                    gl[i] += f * 0.25 * p.em;
                }
            }
            remaining -= f * glueRoom;
        }
        if (remaining > EPSILON) {
            int gaps = 0;
            int lastVisible = m - 1;
            while (lastVisible > 0 && p.blank(s + lastVisible)) {
                lastVisible--;
            }
            for (int i = 1; i <= lastVisible; i++) {
                if (!p.glued[s + i]) {
                    gaps++;
                }
            }
            if (gaps == 0) {
                return false;
            }
            double each = remaining / gaps;
            for (int i = 1; i <= lastVisible; i++) {
                if (!p.glued[s + i]) {
                    extraBefore[i] += each;
                }
            }
        }
        return true;
    }
}
