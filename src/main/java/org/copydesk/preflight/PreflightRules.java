package org.copydesk.preflight;

/**
 * Thresholds of the checks.
 *
 * @param minPpi        photos printed below this effective resolution are flagged
 * @param maxFreeLines  a story leaving more empty body lines than this (its copyfit's 差 N 行) is flagged as not filled
 * @param cmykPrintRun  the print run converts to CMYK (a press profile is given): RGB photos are flagged
 */
public record PreflightRules(double minPpi, int maxFreeLines, boolean cmykPrintRun) {
    public PreflightRules {
        if (minPpi <= 0 || maxFreeLines < 0) {
            throw new IllegalArgumentException("preflight thresholds must be positive: " + minPpi + " ppi, " + maxFreeLines + " lines");
        }
    }

    /** Free body lines a story may leave before it is flagged: a few short lines are normal make-up slack. */
    public static final int DEFAULT_MAX_FREE_LINES = 5;

    /** 150 ppi, at most {@value #DEFAULT_MAX_FREE_LINES} free lines per story, RGB run. */
    public static PreflightRules defaults() {
        return new PreflightRules(150, DEFAULT_MAX_FREE_LINES, false);
    }

    public PreflightRules withMaxFreeLines(int lines) {
        return new PreflightRules(minPpi, lines, cmykPrintRun);
    }

    public PreflightRules withMinPpi(double ppi) {
        return new PreflightRules(ppi, maxFreeLines, cmykPrintRun);
    }

    public PreflightRules withCmykPrintRun(boolean cmyk) {
        return new PreflightRules(minPpi, maxFreeLines, cmyk);
    }
}
