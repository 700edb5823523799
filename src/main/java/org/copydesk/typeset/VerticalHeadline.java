package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.PageSpec;

/**
 * A story's headline set top to bottom (竖题) in a narrow block beside its text: read right to left,
 * the 引题 kicker, then the 主题, then the 副题, each in as many columns as its length needs. The 主题
 * is as large as the 号 scale allows for the frame's span while it stays in one column.
 */
final class VerticalHeadline {
    /** The block's columns and how wide it is, from its right edge. */
    record Result(List<LayoutLine> lines, double width) {
    }

    private static final double SMALLEST = 16;
    private static final double LARGEST = 36;

    private VerticalHeadline() {
    }

    /**
     * The block with its right edge at {@code right}, its top at {@code top}, at most {@code depth}
     * deep. {@code requestedSize} (0 for automatic) fixes the 主题 size.
     */
    static Result set(Typesetter setter, HouseStyle style, Article article, PageSpec spec, double right, double top,
                      double depth, int columnSpan, double requestedSize) {
        TextStyle headStyle = style.of(LineRole.VERTICAL_HEADLINE);
        double size = requestedSize > 0 ? requestedSize
                : Math.min(LARGEST, HaoScale.headlineFor(columnSpan, spec.columns()));
        while (requestedSize <= 0 && size > SMALLEST && VerticalSetter.countColumns(setter,
                Passage.plain(article.headline(), size, headStyle.face()), measure(depth, size)) > 1) {
            size = HaoScale.smaller(size);
        }
        double deckSize = Math.max(spec.bodySizePt() * 1.25, HaoScale.atMost(size * 0.5));
        List<LayoutLine> lines = new ArrayList<>();
        double x = right;
        x = add(setter, lines, article.kicker(), style.face(LineRole.KICKER), deckSize, Alignment.LEFT, x, top, depth,
                headStyle.pitch());
        x = add(setter, lines, article.headline(), headStyle.face(), size, Alignment.LEFT, x, top, depth,
                headStyle.pitch());
        // The 副题 starts lower than the 主题, as a deck hangs from its headline.
        x = add(setter, lines, article.subtitle(), style.face(LineRole.SUBTITLE), deckSize, Alignment.LEFT, x,
                top + size, depth - size, headStyle.pitch());
        return new Result(lines, right - x);
    }

    /** Sets one piece right of {@code right}; returns where the next piece's right edge goes. */
    private static double add(Typesetter setter, List<LayoutLine> lines, String text,
                              org.copydesk.fonts.FontFace face, double size, Alignment alignment, double right,
                              double top, double depth, double pitch) {
        if (text.isBlank() || depth < size) {
            return right;
        }
        List<LayoutLine> columns = VerticalSetter.columns(setter, Passage.plain(text.strip(), size, face),
                LineRole.VERTICAL_HEADLINE, alignment, right, top, measure(depth, size), size * pitch);
        lines.addAll(columns);
        return right - columns.size() * size * pitch;
    }

    /** A column holds whole characters: the depth rounded down to them. */
    static double measure(double depth, double size) {
        return Math.floor(depth / size + 1e-6) * size;
    }
}
