package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.fonts.FontMetrics;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.PageSpec;

/**
 * A banner (通栏标语): its slogan on one line, as large as the frame allows on the 号 scale, spaced
 * evenly across the frame and centred in its depth. The space between characters of a phrase is
 * one share of the spare width; a space between phrases (学党史 悟思想) is three shares, so the
 * phrases read as groups.
 */
final class BannerComposer {
    /** Share units a space between phrases counts for, against one between characters. */
    static final int PHRASE_GAP_SHARES = 3;
    /** Free margin at each end, in ems of the banner's size. */
    static final double END_MARGIN_EM = 1;

    private BannerComposer() {
    }

    static LayoutFrame compose(Typesetter setter, HouseStyle style, PageSpec spec, BannerPlacement banner, Box box) {
        TextStyle look = style.of(LineRole.BANNER);
        FontMetrics metrics = setter.fonts.metrics(look.face());
        String text = banner.text().strip().replaceAll("\\s+", " ");
        double size = HaoScale.atMost(Math.min(box.height() * 0.7, 72));
        while (size > HaoScale.POINTS[HaoScale.POINTS.length - 1]
                && inkWidth(metrics, text, size) + 2 * END_MARGIN_EM * size > box.width()) {
            size = HaoScale.smaller(size);
        }
        // Setting it through the typesetter reports missing glyphs as every other line does.
        setter.prepare(Passage.plain(text, size, look.face()));
        List<Integer> glyphs = new ArrayList<>();
        int shares = 0;
        List<Integer> sharesBefore = new ArrayList<>();
        int pending = 0;
        for (int cp : text.codePoints().toArray()) {
            if (cp == ' ') {
                pending = PHRASE_GAP_SHARES;
                continue;
            }
            if (!glyphs.isEmpty()) {
                shares += pending == 0 ? 1 : pending;
            }
            pending = 0;
            glyphs.add(cp);
            sharesBefore.add(shares);
        }
        double margin = END_MARGIN_EM * size;
        double spare = box.width() - 2 * margin - inkWidth(metrics, text, size);
        double share = shares == 0 ? 0 : Math.max(0, spare / shares);
        double lead = shares == 0 ? (box.width() - inkWidth(metrics, text, size)) / 2 : margin;
        double baseline = box.y() + (box.height() - size) / 2 + VerticalSetter.BASELINE_IN_CELL * size;
        StringBuilder drawn = new StringBuilder();
        double[] xs = new double[glyphs.size()];
        double[] advances = new double[glyphs.size()];
        double x = box.x() + lead;
        for (int i = 0; i < glyphs.size(); i++) {
            int cp = glyphs.get(i);
            x += i == 0 ? 0 : (sharesBefore.get(i) - sharesBefore.get(i - 1)) * share;
            xs[i] = x;
            advances[i] = metrics.advance(cp, size);
            x += advances[i];
            drawn.appendCodePoint(cp);
        }
        List<LayoutLine> lines = glyphs.isEmpty() ? List.of() : List.of(new LayoutLine(LineRole.BANNER, box.x(), baseline,
                box.width(), List.of(new GlyphRun(look.face(), size, baseline, drawn.toString(), xs, advances)), false, -1));
        return new LayoutFrame(LayoutFrame.FrameKind.BANNER, banner.bannerId(), 0, box, Optional.empty(), lines);
    }

    /** The slogan's glyphs side by side, spaces left out. */
    private static double inkWidth(FontMetrics metrics, String text, double size) {
        return text.codePoints().filter(cp -> cp != ' ').mapToDouble(cp -> metrics.advance(cp, size)).sum();
    }
}
