package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.PageSpec;

/**
 * The headline stack at the top of a story's opening frame: 引题 kicker, 主题 headline (wrapping,
 * sized from the 号 scale), 副题 subtitle, each centred across the frame. Lines that wrap are
 * balanced ({@link Typesetter#setBalanced}); a 主题 that almost fits one line may instead be set one
 * 号 smaller on one line, which of the two the story composer decides by how the story then fits.
 */
final class HeadlineStack {
    /** The lines and the grid rows they take, including the space before the body. */
    record Result(List<LayoutLine> lines, int rows) {
    }

    private static final int MAX_AUTO_HEADLINE_LINES = 2;
    private static final double SMALLEST_AUTO_HEADLINE = 16;
    /** A 主题 overrunning one line by at most this many characters may be set one 号 smaller. */
    private static final double ALMOST_ONE_LINE_EM = 2;

    private HeadlineStack() {
    }

    /**
     * The 主题 sizes to try, the preferred first: the requested size alone; otherwise the span's
     * size on the 号 scale, no larger than {@code capSize} when that is above 0 (the page's
     * hierarchy, {@link HeadlineRank}), stepped down until at most two lines, preceded by the next size down
     * when that sets on one line a headline overrunning it by at most {@link #ALMOST_ONE_LINE_EM}
     * characters.
     */
    static double[] headlineSizes(Typesetter setter, HouseStyle style, Article article, PageSpec spec, double width,
                                  int columnSpan, double requestedSize, double capSize) {
        if (requestedSize > 0) {
            return new double[] {requestedSize};
        }
        String headline = article.headline();
        double size = HaoScale.headlineFor(columnSpan, spec.columns());
        if (capSize > 0) {
            size = Math.min(size, HaoScale.atMost(capSize));
        }
        while (size > SMALLEST_AUTO_HEADLINE && lines(setter, style, headline, size, width) > MAX_AUTO_HEADLINE_LINES) {
            size = HaoScale.smaller(size);
        }
        if (size > SMALLEST_AUTO_HEADLINE && lines(setter, style, headline, size, width) > 1) {
            double overrun = setter.naturalWidth(Passage.plain(headline, size, style.face(LineRole.HEADLINE))) - width;
            double smaller = HaoScale.smaller(size);
            if (overrun <= ALMOST_ONE_LINE_EM * size && lines(setter, style, headline, smaller, width) == 1) {
                return new double[] {smaller, size};
            }
        }
        return new double[] {size};
    }

    /**
     * The stack with the 主题 at {@code headlineSize}; 引题 and 副题 about half that, on the 号 scale
     * and never below 小四 beside a body of 小五 (a deck smaller than that reads as body text).
     */
    static Result set(Typesetter setter, HouseStyle style, Article article, PageSpec spec, double x, double top,
                      double width, double headlineSize) {
        if (article.kicker().isBlank() && article.headline().isBlank() && article.subtitle().isBlank()) {
            return new Result(List.of(), 0);
        }
        double deckSize = deckSize(spec, headlineSize);
        List<LayoutLine> lines = new ArrayList<>();
        double y = top;
        y = addBlock(setter, lines, article.kicker(), style.of(LineRole.KICKER), deckSize, LineRole.KICKER, x, y, width);
        y = addBlock(setter, lines, article.headline(), style.of(LineRole.HEADLINE), headlineSize, LineRole.HEADLINE,
                x, y, width);
        y = addBlock(setter, lines, article.subtitle(), style.of(LineRole.SUBTITLE), deckSize, LineRole.SUBTITLE, x, y,
                width);
        double height = y - top + spec.linePitchPt() * 0.5;
        int rows = (int) Math.ceil(height / spec.linePitchPt() - 1e-9);
        return new Result(lines, rows);
    }

    /** 引题 and 副题 size for a 主题 of {@code headlineSize}: half of it on the 号 scale, at least a step above the body. */
    static double deckSize(PageSpec spec, double headlineSize) {
        return Math.max(HaoScale.atMost(headlineSize * 0.5), HaoScale.atMost(spec.bodySizePt() * 1.34));
    }

    private static double addBlock(Typesetter setter, List<LayoutLine> lines, String text, TextStyle style, double size,
                                   LineRole role, double x, double top, double width) {
        if (text.isBlank()) {
            return top;
        }
        double pitch = size * style.pitch();
        double firstBaseline = top + (pitch - size) / 2 + 0.88 * size;
        List<LayoutLine> set = setter.setBalanced(Passage.plain(text, size, style.face()), role, style.alignment(), x,
                firstBaseline, width, pitch);
        lines.addAll(set);
        return top + pitch * set.size();
    }

    private static int lines(Typesetter setter, HouseStyle style, String headline, double size, double width) {
        return setter.countLines(Passage.plain(headline, size, style.face(LineRole.HEADLINE)), width);
    }
}
