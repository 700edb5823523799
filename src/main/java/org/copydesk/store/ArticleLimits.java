package org.copydesk.store;

import java.util.Optional;
import org.copydesk.i18n.Words;
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
    private static final Words WORDS = Words.ofPackage(ArticleLimits.class);

    /** {@code VARCHAR(1000)} of kicker, headline, subtitle and byline (schema V1) and jump headline (V14). */
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
        return heading(Field.KICKER, article.kicker())
                .or(() -> heading(Field.HEADLINE, article.headline()))
                .or(() -> heading(Field.SUBTITLE, article.subtitle()))
                .or(() -> heading(Field.BYLINE, article.byline()))
                .or(() -> heading(Field.JUMP_HEADLINE, article.jumpHeadline()))
                .or(() -> cap(article))
                .or(() -> forbidden(article))
                .or(() -> story(article));
    }

    private static Optional<String> cap(Article article) {
        int characters = article.textCharacters();
        return characters <= Article.MAX_TEXT_CHARACTERS ? Optional.empty()
                : Optional.of(WORDS.format("limits.cap", characters, Article.MAX_TEXT_CHARACTERS));
    }

    /** PostgreSQL refuses NUL outright, and the other characters hide or reorder text. */
    private static Optional<String> forbidden(Article article) {
        Optional<String> found = forbidden(Field.KICKER, article.kicker())
                .or(() -> forbidden(Field.HEADLINE, article.headline()))
                .or(() -> forbidden(Field.SUBTITLE, article.subtitle()))
                .or(() -> forbidden(Field.BYLINE, article.byline()))
                .or(() -> forbidden(Field.JUMP_HEADLINE, article.jumpHeadline()));
        for (Block block : article.body()) {
            if (found.isPresent()) {
                break;
            }
            found = forbidden(Field.BODY, block.text());
        }
        return found;
    }

    private static Optional<String> forbidden(Field field, String value) {
        return ForbiddenCharacters.first(value).map(f -> WORDS.format("limits.forbidden", field.words(), f.describe()));
    }

    private static Optional<String> heading(Field field, String value) {
        return value.length() <= HEADING_CHARS ? Optional.empty()
                : Optional.of(WORDS.format("limits.heading", field.words(), value.length(), HEADING_CHARS));
    }

    private static Optional<String> story(Article article) {
        int stored = JSON.article(article).length();
        return stored <= STORED_STORY_CHARS ? Optional.empty()
                : Optional.of(WORDS.format("limits.stored", stored, STORED_STORY_CHARS));
    }

    /** The parts of a story a limit names. */
    private enum Field {
        KICKER, HEADLINE, SUBTITLE, BYLINE, JUMP_HEADLINE, BODY;

        String words() {
            return switch (this) {
                case KICKER -> WORDS.format("field.kicker");
                case HEADLINE -> WORDS.format("field.headline");
                case SUBTITLE -> WORDS.format("field.subtitle");
                case BYLINE -> WORDS.format("field.byline");
                case JUMP_HEADLINE -> WORDS.format("field.jumpHeadline");
                case BODY -> WORDS.format("field.body");
            };
        }
    }
}
