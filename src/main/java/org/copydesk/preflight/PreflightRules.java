package org.copydesk.preflight;

/**
 * Thresholds of the checks.
 *
 * @param minPpi        photos printed below this effective resolution are flagged
 * @param maxFreeLines  a story frame with more empty body lines than this is flagged as not filled
 * @param cmykPrintRun  the print run converts to CMYK (a press profile is given): RGB photos are flagged
 */
public record PreflightRules(double minPpi, int maxFreeLines, boolean cmykPrintRun) {
    public PreflightRules {
        if (minPpi <= 0 || maxFreeLines < 0) {
            throw new IllegalArgumentException("preflight thresholds must be positive: " + minPpi + " ppi, " + maxFreeLines + " lines");
        }
    }

    /** 150 ppi, at most 3 free lines per frame, RGB run. */
    public static PreflightRules defaults() {
        return new PreflightRules(150, 3, false);
    }

    public PreflightRules withMinPpi(double ppi) {
        return new PreflightRules(ppi, maxFreeLines, cmykPrintRun);
    }

    public PreflightRules withCmykPrintRun(boolean cmyk) {
        return new PreflightRules(minPpi, maxFreeLines, cmyk);
    }
}
