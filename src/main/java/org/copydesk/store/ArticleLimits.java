package org.copydesk.store;

import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.ForbiddenCharacters;

/**
 * What an article must be to be stored: the lengths the schema lets its text have, the story cap
 * ({@link Article#MAX_TEXT_CHARACTERS}) and no forbidden character ({@link ForbiddenCharacters}),
 * whichever way it arrived. Checked before anything is written so that a batch is refused whole,
 * with the field named, instead of failing half-way in the database.
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
                .or(() -> cap(article))
                .or(() -> forbidden(article))
                .or(() -> story(article));
    }

    private static Optional<String> cap(Article article) {
        int characters = article.textCharacters();
        return characters <= Article.MAX_TEXT_CHARACTERS ? Optional.empty() : Optional.of(String.format(
                "the story has %,d characters; a story may have at most %,d", characters,
                Article.MAX_TEXT_CHARACTERS));
    }

    /** PostgreSQL refuses NUL outright, and the other characters hide or reorder text. */
    private static Optional<String> forbidden(Article article) {
        Optional<String> found = forbidden("kicker", article.kicker())
                .or(() -> forbidden("headline", article.headline()))
                .or(() -> forbidden("subtitle", article.subtitle()))
                .or(() -> forbidden("byline", article.byline()));
        for (Block block : article.body()) {
            if (found.isPresent()) {
                break;
            }
            found = forbidden("body", block.text());
        }
        return found;
    }

    private static Optional<String> forbidden(String field, String value) {
        return ForbiddenCharacters.first(value).map(f -> "the " + field + " holds at " + f.describe());
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
