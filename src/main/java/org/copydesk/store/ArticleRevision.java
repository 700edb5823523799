package org.copydesk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.model.Article;

/**
 * One saved value of an article, and who saved it.
 *
 * @param author the name of the person who saved it ({@code EditionRepository.person()} at the
 *               time); empty for revisions saved before Copydesk recorded authors (schema 11)
 */
public record ArticleRevision(String articleId, long version, Instant savedAt, Article article, Optional<String> author) {

    public ArticleRevision {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(article, "article");
        author = author == null ? Optional.empty() : author.filter(name -> !name.isBlank());
    }

    /** A revision whose author is not known. */
    public ArticleRevision(String articleId, long version, Instant savedAt, Article article) {
        this(articleId, version, savedAt, article, Optional.empty());
    }
}
