package org.copydesk.typeset;

/** The Chinese type-size names (号) in points, largest first, and picking from them. */
final class HaoScale {
    /** 初号 小初 一号 小一 二号 小二 三号 小三 四号 小四 五号 小五 六号 小六 七号 八号 */
    static final double[] POINTS = {42, 36, 26, 24, 22, 18, 16, 15, 14, 12, 10.5, 9, 7.5, 6.5, 5.5, 5};

    private HaoScale() {
    }

    /** The largest size on the scale not above {@code points}; the smallest size if all are. */
    static double atMost(double points) {
        for (double p : POINTS) {
            if (p <= points + 1e-9) {
                return p;
            }
        }
        return POINTS[POINTS.length - 1];
    }

    /** The next size down the scale, or the same size at the bottom. */
    static double smaller(double points) {
        for (double p : POINTS) {
            if (p < points - 1e-9) {
                return p;
            }
        }
        return points;
    }

    /** 主题 size for a headline across {@code columnSpan} basic columns of a page. */
    static double headlineFor(int columnSpan, int pageColumns) {
        if (columnSpan >= Math.max(6, pageColumns - 1)) return 42;
        if (columnSpan >= 4) return 36;
        if (columnSpan == 3) return 26;
        if (columnSpan == 2) return 22;
        return 16;
    }
}
