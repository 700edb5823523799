package org.copydesk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The geometry of a page: trim, type area (版心) and the character grid that columns are built on.
 *
 * <p>Column widths are whole body characters: the type area is {@code columns * columnChars +
 * (columns - 1) * gutterChars} characters wide. The grid has {@code rows} body lines, each
 * {@link #linePitchPt()} tall, so a slot of "N 栏 x M 行" holds a known number of characters.
 *
 * @param name          preset name, e.g. broadsheet
 * @param trimWidthMm   trimmed page width
 * @param trimHeightMm  trimmed page height
 * @param marginTopMm   from the trim edge to the top of the type area (the running head sits above, in
 *                      {@link #headRoomPt()}); the presets and custom pages take it from
 *                      {@link #balancedTopMarginMm} so that head and foot margins balance
 * @param marginLeftMm  from the trim edge to the left of the type area
 * @param columns       basic columns (基本栏)
 * @param columnChars   characters per basic column
 * @param gutterChars   characters between basic columns
 * @param bodySizePt    body type size, e.g. 9 pt (小五)
 * @param leadingPt     space between body lines
 * @param rows          body lines in the type area
 * @param rules         line-break strictness
 */
public record PageSpec(String name, double trimWidthMm, double trimHeightMm, double marginTopMm,
                       double marginLeftMm, int columns, int columnChars, int gutterChars,
                       double bodySizePt, double leadingPt, int rows, LineBreakRules rules) {

    public static final double POINTS_PER_MM = 72.0 / 25.4;
    /**
     * The white at the foot over the white at the head when a page is balanced. A Chinese daily keeps
     * the two nearly equal with the foot a little larger, so the type area does not look as if it
     * were sliding off the sheet; five per cent is about 1.5 mm on a broadsheet.
     */
    public static final double FOOT_OVER_HEAD = 1.05;
    /** Room the running head (报眉) takes above the type area, in body characters. */
    public static final double HEAD_ROOM_CHARS = 2;

    public PageSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rules, "rules");
        if (columns < 1 || columnChars < 1 || gutterChars < 0 || rows < 1 || bodySizePt <= 0 || leadingPt < 0) {
            throw new IllegalArgumentException("impossible page spec: " + columns + " columns of "
                    + columnChars + " characters, " + rows + " rows at " + bodySizePt + " pt");
        }
    }

    /** 对开 broadsheet: 8 columns of 13 characters at 小五 (9 pt) with 1-character gutters. */
    public static PageSpec broadsheet() {
        return new PageSpec("broadsheet", 390, 550, balancedTopMarginMm(550, 100, 9.0, 4.5), 19, 8, 13, 1, 9.0, 4.5,
                100, LineBreakRules.STRICT);
    }

    /** 四开 tabloid: 6 columns of 12 characters at 小五 with 1-character gutters. */
    public static PageSpec tabloid() {
        return new PageSpec("tabloid", 275, 390, balancedTopMarginMm(390, 70, 9.0, 4.5), 21, 6, 12, 1, 9.0, 4.5, 70,
                LineBreakRules.STRICT);
    }

    /**
     * A page of any trim size set like the presets: 小五 body on a 13.5 pt line pitch, 1-character
     * gutters, as many whole characters per column as {@code columns} columns allow within side
     * margins of about 5 % (the type area centred), and as many lines as fit between a top margin of
     * about 6 % and a foot of about 7.6 % (what the 对开 preset leaves white); the grid is then placed
     * so that head and foot margins balance ({@link #balancedTopMarginMm}).
     *
     * @throws IllegalArgumentException naming the problem when the size or column count cannot make a
     *                                  page (under 100 mm or over 1500 mm, or columns under 4 characters)
     */
    public static PageSpec custom(double trimWidthMm, double trimHeightMm, int columns) {
        if (!(trimWidthMm >= 100 && trimWidthMm <= 1500 && trimHeightMm >= 100 && trimHeightMm <= 1500)) {
            throw new IllegalArgumentException("a page from 100 to 1500 mm each way, not " + trimWidthMm + " x " + trimHeightMm);
        }
        double body = 9.0;
        double leading = 4.5;
        double sideMm = Math.max(10, trimWidthMm * 0.0475);
        int chars = (int) Math.floor((trimWidthMm - 2 * sideMm) * POINTS_PER_MM / body);
        int columnChars = columns < 1 ? 0 : (chars + 1) / columns - 1;
        if (columns < 1 || columnChars < 4) {
            throw new IllegalArgumentException("no room for " + columns + " columns of at least 4 characters on a page "
                    + trimWidthMm + " mm wide");
        }
        double typeWidthMm = (columns * columnChars + (columns - 1)) * body / POINTS_PER_MM;
        double topMm = Math.max(10, trimHeightMm * 0.058);
        double footMm = Math.max(10, trimHeightMm * 0.076);
        int rows = (int) Math.floor((trimHeightMm - topMm - footMm) * POINTS_PER_MM / (body + leading));
        return new PageSpec("custom", trimWidthMm, trimHeightMm, balancedTopMarginMm(trimHeightMm, rows, body, leading),
                (trimWidthMm - typeWidthMm) / 2, columns,
                columnChars, 1, body, leading, rows, LineBreakRules.STRICT);
    }

    /**
     * The top margin that balances a grid of {@code rows} lines on a page {@code trimHeightMm} tall.
     * The head margin is measured to the top of the running head's characters ({@link #headRoomPt}
     * above the type area), the foot margin from the foot of the last line's characters (the leading
     * under the last line is white too); the foot gets {@link #FOOT_OVER_HEAD} times the head.
     */
    public static double balancedTopMarginMm(double trimHeightMm, int rows, double bodySizePt, double leadingPt) {
        double inkPt = HEAD_ROOM_CHARS * bodySizePt + rows * (bodySizePt + leadingPt) - leadingPt;
        double whitePt = trimHeightMm * POINTS_PER_MM - inkPt;
        double headPt = whitePt / (1 + FOOT_OVER_HEAD);
        // Tenths of a millimetre: what a paper's spec sheet states, and what an edition package carries.
        return Math.round((headPt + HEAD_ROOM_CHARS * bodySizePt) / POINTS_PER_MM * 10) / 10.0;
    }

    /** The names of the presets, as {@link #preset} takes them. */
    public static final List<String> PRESET_NAMES = List.of("broadsheet", "tabloid");

    /** The preset named {@code name} ({@link #PRESET_NAMES}), if there is one. */
    public static Optional<PageSpec> preset(String name) {
        return switch (name) {
            case "broadsheet" -> Optional.of(broadsheet());
            case "tabloid" -> Optional.of(tabloid());
            default -> Optional.empty();
        };
    }

    /**
     * This page's grid placed so that head and foot balance ({@link #balancedTopMarginMm}): what a
     * new edition made like an older one gets, so a paper does not carry an unbalanced page forward.
     */
    public PageSpec balanced() {
        return new PageSpec(name, trimWidthMm, trimHeightMm, balancedTopMarginMm(trimHeightMm, rows, bodySizePt, leadingPt),
                marginLeftMm, columns, columnChars, gutterChars, bodySizePt, leadingPt, rows, rules);
    }

    public PageSpec withRules(LineBreakRules newRules) {
        return new PageSpec(name, trimWidthMm, trimHeightMm, marginTopMm, marginLeftMm, columns,
                columnChars, gutterChars, bodySizePt, leadingPt, rows, newRules);
    }

    public double trimWidthPt() { return trimWidthMm * POINTS_PER_MM; }

    public double trimHeightPt() { return trimHeightMm * POINTS_PER_MM; }

    public double typeAreaLeftPt() { return marginLeftMm * POINTS_PER_MM; }

    public double typeAreaTopPt() { return marginTopMm * POINTS_PER_MM; }

    /** Characters across the whole type area (通栏). */
    public int typeAreaChars() { return columns * columnChars + (columns - 1) * gutterChars; }

    public double typeAreaWidthPt() { return typeAreaChars() * bodySizePt; }

    public double linePitchPt() { return bodySizePt + leadingPt; }

    public double typeAreaHeightPt() { return rows * linePitchPt(); }

    /** Room above the type area for the running head: the top of its characters is this far above. */
    public double headRoomPt() { return HEAD_ROOM_CHARS * bodySizePt; }

    /** White from the top trim to the top of the running head's characters. */
    public double headMarginPt() { return typeAreaTopPt() - headRoomPt(); }

    /** White from the foot of the last grid line's characters to the bottom trim. */
    public double footMarginPt() { return trimHeightPt() - typeAreaTopPt() - typeAreaHeightPt() + leadingPt; }

    /** Left edge of basic column {@code column} (0-based), in points from the trim edge. */
    public double columnLeftPt(int column) {
        return typeAreaLeftPt() + column * (columnChars + gutterChars) * bodySizePt;
    }

    /** Width of a span of basic columns including the gutters inside it. */
    public double spanWidthPt(int columnSpan) {
        return (columnSpan * columnChars + (columnSpan - 1) * gutterChars) * bodySizePt;
    }

    /** Top of grid row {@code row} (0-based), in points from the trim edge. */
    public double rowTopPt(int row) {
        return typeAreaTopPt() + row * linePitchPt();
    }
}
