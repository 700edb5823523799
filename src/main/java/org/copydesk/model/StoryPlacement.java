package org.copydesk.model;

import java.util.Objects;

/**
 * A frame of a story on a page.
 *
 * <p>A story may run through several linked frames, on the same page or on others; {@code part}
 * orders them (0 is the first, which carries the headline stack). Text overflowing part N continues
 * in part N+1; the composer writes the 下转/上接 jump lines between pages.
 *
 * @param articleId      the story
 * @param frame          where on the grid
 * @param part           0 for the opening frame, 1, 2 ... for continuations
 * @param textColumns    columns the body is set in across the frame: normally the span; fewer for
 *                       破栏 (three basic columns set as two is {@code columnSpan 3, textColumns 2})
 * @param headlineSizePt the 主题 size in points; 0 lets the composer choose from the span
 * @param style          boxed, vertical headline, vertical text ({@link StoryStyle#PLAIN} for none)
 */
public record StoryPlacement(String articleId, GridRect frame, int part, int textColumns,
                             double headlineSizePt, StoryStyle style) implements Placement {
    public StoryPlacement {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(frame, "frame");
        style = style == null ? StoryStyle.PLAIN : style;
        if (part < 0) throw new IllegalArgumentException("part must be >= 0: " + part);
        if (textColumns < 1) throw new IllegalArgumentException("textColumns must be >= 1: " + textColumns);
        if (headlineSizePt < 0) throw new IllegalArgumentException("headline size must be >= 0");
    }

    /** A plain frame (no box, headline across the top). */
    public StoryPlacement(String articleId, GridRect frame, int part, int textColumns, double headlineSizePt) {
        this(articleId, frame, part, textColumns, headlineSizePt, StoryStyle.PLAIN);
    }

    /** The same frame set in {@code newStyle}. */
    public StoryPlacement withStyle(StoryStyle newStyle) {
        return new StoryPlacement(articleId, frame, part, textColumns, headlineSizePt, newStyle);
    }

    /** A frame set in its basic columns with an automatic headline size. */
    public static StoryPlacement of(String articleId, GridRect frame, int part) {
        return new StoryPlacement(articleId, frame, part, frame.columnSpan(), 0);
    }

    @Override
    public String contentId() { return articleId; }
}
