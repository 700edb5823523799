package org.copydesk.store;

import java.time.Instant;
import org.copydesk.model.Article;

/** One saved value of an article. */
public record ArticleRevision(String articleId, long version, Instant savedAt, Article article) {
}
