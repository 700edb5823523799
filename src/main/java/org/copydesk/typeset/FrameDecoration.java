package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.StoryStyle;

/**
 * The rules and tints that dress a frame: a boxed story's border (plain, double, or a 花边 band of
 * a zigzag between two hairlines) and its light tint (底纹), a banner's tint and its rules above and
 * below. Drawn from the frame's box alone, so the text inside is never moved by them.
 *
 * @param rules the border's strokes
 * @param fills the tints, drawn under everything
 */
record FrameDecoration(List<Rule> rules, List<Fill> fills) {
    /** A light tint: about 8 % black, dark enough to be seen, light enough to read 小五 type on. */
    static final double TINT = 0.08;
    static final double HAIRLINE = 0.5;
    /** Width of the 花边 band between its two hairlines. */
    static final double BAND = 4;

    FrameDecoration {
        rules = List.copyOf(rules);
        fills = List.copyOf(fills);
    }

    static FrameDecoration none() {
        return new FrameDecoration(List.of(), List.of());
    }

    static FrameDecoration ofStory(Box box, StoryStyle style) {
        List<Rule> rules = new ArrayList<>();
        Box inside = box;
        switch (style.border()) {
            case PLAIN -> rectangle(rules, box, 0, 0.75);
            case DOUBLE -> {
                rectangle(rules, box, 0, 1.0);
                rectangle(rules, box, 2.5, HAIRLINE);
                inside = inset(box, 2.5);
            }
            case FLORAL -> {
                rectangle(rules, box, 0, HAIRLINE);
                rectangle(rules, box, BAND, HAIRLINE);
                zigzag(rules, box);
                inside = inset(box, BAND);
            }
            case NONE -> { }
        }
        List<Fill> fills = style.tinted() ? List.of(new Fill(inside, TINT)) : List.of();
        return new FrameDecoration(rules, fills);
    }

    static FrameDecoration ofBanner(Box box, BannerPlacement banner) {
        List<Rule> rules = new ArrayList<>();
        if (banner.ruled()) {
            rules.add(new Rule(box.x(), box.y(), box.right(), box.y(), 1.5));
            rules.add(new Rule(box.x(), box.bottom(), box.right(), box.bottom(), 1.5));
        }
        List<Fill> fills = banner.tinted() ? List.of(new Fill(box, TINT)) : List.of();
        return new FrameDecoration(rules, fills);
    }

    /** A 导读 box: a plain border like a boxed story's, and a tint across its title band. */
    static FrameDecoration ofIndex(Box box, Box titleBand) {
        List<Rule> rules = new ArrayList<>();
        rectangle(rules, box, 0, 0.75);
        return new FrameDecoration(rules, List.of(new Fill(titleBand, TINT)));
    }

    private static Box inset(Box box, double by) {
        return new Box(box.x() + by, box.y() + by, box.width() - 2 * by, box.height() - 2 * by);
    }

    private static void rectangle(List<Rule> rules, Box box, double inset, double width) {
        Box b = inset(box, inset);
        rules.add(new Rule(b.x(), b.y(), b.right(), b.y(), width));
        rules.add(new Rule(b.right(), b.y(), b.right(), b.bottom(), width));
        rules.add(new Rule(b.right(), b.bottom(), b.x(), b.bottom(), width));
        rules.add(new Rule(b.x(), b.bottom(), b.x(), b.y(), width));
    }

    /**
     * The 花边: a zigzag running round the band between the two hairlines, one stroke per
     * {@link #BAND} of length, each side divided evenly so the corners meet.
     */
    private static void zigzag(List<Rule> rules, Box box) {
        double outer = 0;
        double inner = BAND;
        // Top and bottom run left to right, the sides top to bottom; each has a whole number of teeth.
        side(rules, box.x() + inner, box.right() - inner, (along, depth) -> new double[] {along, box.y() + depth},
                outer, inner);
        side(rules, box.x() + inner, box.right() - inner,
                (along, depth) -> new double[] {along, box.bottom() - depth}, outer, inner);
        side(rules, box.y() + inner, box.bottom() - inner, (along, depth) -> new double[] {box.x() + depth, along},
                outer, inner);
        side(rules, box.y() + inner, box.bottom() - inner,
                (along, depth) -> new double[] {box.right() - depth, along}, outer, inner);
    }

    private interface Point {
        double[] at(double along, double depth);
    }

    private static void side(List<Rule> rules, double from, double to, Point point, double outer, double inner) {
        int teeth = Math.max(1, (int) Math.round((to - from) / BAND));
        double step = (to - from) / teeth;
        for (int i = 0; i < teeth; i++) {
            double[] a = point.at(from + i * step, i % 2 == 0 ? outer + 0.6 : inner - 0.6);
            double[] b = point.at(from + (i + 1) * step, i % 2 == 0 ? inner - 0.6 : outer + 0.6);
            rules.add(new Rule(a[0], a[1], b[0], b[1], 0.4));
        }
    }
}
