package org.copydesk.preflight;

/**
 * Thresholds of the checks, and whether the findings are for the press.
 *
 * @param minPpi           photos printed below this effective resolution are flagged
 * @param maxFreeLines     a story leaving more empty body lines than this (its copyfit's 差 N 行) is flagged as not filled
 * @param cmykPrintRun     the print run converts to CMYK (a press profile is given): RGB photos are flagged
 * @param emptyAreaColumns an area of the type area with no frame is flagged (开天窗) when it is at least this many
 *                         栏 wide ...
 * @param emptyAreaRows    ... and at least this many 行 tall
 * @param forPress         the findings decide a print export that goes to press: a story not signed off is an
 *                         error there, a warning on the desk's screen
 * @param singleUser       the edition lives in an embedded database one person works on: a story or page not
 *                         signed off stays a warning even for the press, since the one person who would sign it is
 *                         the one exporting (decision 0026)
 */
public record PreflightRules(double minPpi, int maxFreeLines, boolean cmykPrintRun, int emptyAreaColumns,
                             int emptyAreaRows, boolean forPress, boolean singleUser) {
    public PreflightRules {
        if (minPpi <= 0 || maxFreeLines < 0) {
            throw new IllegalArgumentException("preflight thresholds must be positive: " + minPpi + " ppi, " + maxFreeLines + " lines");
        }
        if (emptyAreaColumns < 1 || emptyAreaRows < 1) {
            throw new IllegalArgumentException("an empty area is at least 1 栏 x 1 行: " + emptyAreaColumns + " x " + emptyAreaRows);
        }
    }

    /** Rules for a shared desk, where what is not signed off is an error for the press. */
    public PreflightRules(double minPpi, int maxFreeLines, boolean cmykPrintRun, int emptyAreaColumns,
                          int emptyAreaRows, boolean forPress) {
        this(minPpi, maxFreeLines, cmykPrintRun, emptyAreaColumns, emptyAreaRows, forPress, false);
    }

    /** The default empty-area threshold and the screen's severities, with the three older thresholds. */
    public PreflightRules(double minPpi, int maxFreeLines, boolean cmykPrintRun) {
        this(minPpi, maxFreeLines, cmykPrintRun, DEFAULT_EMPTY_AREA_COLUMNS, DEFAULT_EMPTY_AREA_ROWS, false, false);
    }

    /**
     * The least resolution a photo prints well at on newsprint (about 1.5 to 2 times a 100 to 133 lpi
     * screen): below it print exports are warned. The screen's check keeps the older, laxer default.
     */
    public static final double PRINT_MIN_PPI = 200;

    /** Free body lines a story may leave before it is flagged: a few short lines are normal make-up slack. */
    public static final int DEFAULT_MAX_FREE_LINES = 5;

    /**
     * The smallest empty area flagged, 1 栏 x 10 行: the slot of the shortest brief (about 130 字 on a
     * broadsheet). A hole that size could hold a story and shows as a white window in print; smaller
     * gaps are rounding left by make-up, and a one-column strip shows as much as a wide one.
     */
    public static final int DEFAULT_EMPTY_AREA_COLUMNS = 1;
    public static final int DEFAULT_EMPTY_AREA_ROWS = 10;

    /** 150 ppi, at most {@value #DEFAULT_MAX_FREE_LINES} free lines per story, RGB run, empty areas from 1 栏 x 10 行, for the screen. */
    public static PreflightRules defaults() {
        return new PreflightRules(150, DEFAULT_MAX_FREE_LINES, false);
    }

    public PreflightRules withMaxFreeLines(int lines) {
        return new PreflightRules(minPpi, lines, cmykPrintRun, emptyAreaColumns, emptyAreaRows, forPress, singleUser);
    }

    public PreflightRules withMinPpi(double ppi) {
        return new PreflightRules(ppi, maxFreeLines, cmykPrintRun, emptyAreaColumns, emptyAreaRows, forPress, singleUser);
    }

    public PreflightRules withCmykPrintRun(boolean cmyk) {
        return new PreflightRules(minPpi, maxFreeLines, cmyk, emptyAreaColumns, emptyAreaRows, forPress, singleUser);
    }

    /** Flags empty areas of at least {@code columns} 栏 x {@code rows} 行. */
    public PreflightRules withEmptyArea(int columns, int rows) {
        return new PreflightRules(minPpi, maxFreeLines, cmykPrintRun, columns, rows, forPress, singleUser);
    }

    /** Rules for an export that goes to press ({@code true}) or for the screen. */
    public PreflightRules withForPress(boolean press) {
        return new PreflightRules(minPpi, maxFreeLines, cmykPrintRun, emptyAreaColumns, emptyAreaRows, press, singleUser);
    }

    /**
     * Rules for an embedded single-user database ({@code true}) or a shared desk: on the former, what
     * is not signed off (a story, a page) is a warning for the press too.
     */
    public PreflightRules withSingleUser(boolean single) {
        return new PreflightRules(minPpi, maxFreeLines, cmykPrintRun, emptyAreaColumns, emptyAreaRows, forPress, single);
    }

    /** How bad a finding is that is an error only when the pages go to press. */
    Severity pressSeverity() {
        return forPress ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * How bad it is that a story or a page is not signed off (签发): an error for the press on a
     * shared desk, a warning on the screen and on a single-user database.
     */
    Severity signOffSeverity() {
        return forPress && !singleUser ? Severity.ERROR : Severity.WARNING;
    }
}
