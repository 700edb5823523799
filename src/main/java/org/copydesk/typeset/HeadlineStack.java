package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.PageSpec;

/**
 * The headline stack at the top of a story's opening frame: 引题 kicker, 主题 headline (wrapping,
 * sized from the 号 scale), 副题 subtitle, each centred across the frame.
 */
final class HeadlineStack {
    /** The lines and the grid rows they take, including the space before the body. */
    record Result(List<LayoutLine> lines, int rows) {
    }

    private static final int MAX_AUTO_HEADLINE_LINES = 2;
    private static final double SMALLEST_AUTO_HEADLINE = 16;

    private HeadlineStack() {
    }

    static Result set(Typesetter setter, Article article, PageSpec spec, double x, double top, double width,
                      int columnSpan, double requestedSize) {
        if (article.kicker().isBlank() && article.headline().isBlank() && article.subtitle().isBlank()) {
            return new Result(List.of(), 0);
        }
        double headlineSize = requestedSize > 0 ? requestedSize : autoSize(setter, article.headline(), spec, width, columnSpan);
        double deckSize = Math.max(spec.bodySizePt() * 1.25, HaoScale.atMost(headlineSize * 0.5));
        List<LayoutLine> lines = new ArrayList<>();
        double y = top;
        y = addBlock(setter, lines, article.kicker(), FontFace.SANS, deckSize, 1.4, LineRole.KICKER, x, y, width);
        y = addBlock(setter, lines, article.headline(), FontFace.SANS_BOLD, headlineSize, 1.2, LineRole.HEADLINE, x, y, width);
        y = addBlock(setter, lines, article.subtitle(), FontFace.SANS, deckSize, 1.4, LineRole.SUBTITLE, x, y, width);
        double height = y - top + spec.linePitchPt() * 0.5;
        int rows = (int) Math.ceil(height / spec.linePitchPt() - 1e-9);
        return new Result(lines, rows);
    }

    private static double addBlock(Typesetter setter, List<LayoutLine> lines, String text, FontFace face, double size,
                                   double pitchFactor, LineRole role, double x, double top, double width) {
        if (text.isBlank()) {
            return top;
        }
        double pitch = size * pitchFactor;
        double firstBaseline = top + (pitch - size) / 2 + 0.88 * size;
        List<LayoutLine> set = setter.setBlock(Passage.plain(text, size, face), role, Alignment.CENTER, x,
                firstBaseline, width, pitch, 0);
        lines.addAll(set);
        return top + pitch * set.size();
    }

    /** From the span's size on the 号 scale, step down until the headline takes at most two lines. */
    private static double autoSize(Typesetter setter, String headline, PageSpec spec, double width, int columnSpan) {
        double size = HaoScale.headlineFor(columnSpan, spec.columns());
        while (size > SMALLEST_AUTO_HEADLINE
                && setter.countLines(Passage.plain(headline, size, FontFace.SANS_BOLD), width) > MAX_AUTO_HEADLINE_LINES) {
            size = HaoScale.smaller(size);
        }
        return size;
    }
}
