package org.copydesk.store;

import java.util.Optional;
import org.copydesk.model.Article;

/**
 * The lengths the schema lets an article's text have, checked before anything is written so that a
 * batch is refused whole, with the field named, instead of failing half-way in the database.
 * Importers call {@link #problem} to name the file as well. Lengths count Java characters (UTF-16
 * units), as H2 does; PostgreSQL counts code points, so a story that fits here fits there too.
 */
public final class ArticleLimits {
    /** {@code VARCHAR(1000)} of kicker, headline, subtitle and byline (schema V1). */
    public static final int HEADING_CHARS = 1000;
    /**
     * The longest text column on H2 (a {@code VARCHAR} without a length): the revision's JSON, which
     * holds the whole story, is the largest value written.
     */
    public static final int STORED_STORY_CHARS = 1_000_000;

    private static final StoreJson JSON = new StoreJson();

    private ArticleLimits() {
    }

    /** Why {@code article} cannot be stored, in words, e.g. "the headline is 1,500 characters long; ...". */
    public static Optional<String> problem(Article article) {
        return heading("kicker", article.kicker())
                .or(() -> heading("headline", article.headline()))
                .or(() -> heading("subtitle", article.subtitle()))
                .or(() -> heading("byline", article.byline()))
                .or(() -> story(article));
    }

    private static Optional<String> heading(String field, String value) {
        return value.length() <= HEADING_CHARS ? Optional.empty() : Optional.of(String.format(
                "the %s is %,d characters long; at most %,d fit", field, value.length(), HEADING_CHARS));
    }

    private static Optional<String> story(Article article) {
        int stored = JSON.article(article).length();
        return stored <= STORED_STORY_CHARS ? Optional.empty() : Optional.of(String.format(
                "the story takes %,d characters as stored; at most %,d fit (split it into several stories)",
                stored, STORED_STORY_CHARS));
    }
}
