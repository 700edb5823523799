package org.copydesk.exchange.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.store.ArticleRevision;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;

/**
 * A repository in memory for command tests: keeps editions and articles, counts writes, and can
 * be told to fail an insert so tests see what a command does when the store refuses.
 */
public final class InMemoryRepository implements EditionRepository {
    public final Map<String, EditionContent> editions = new LinkedHashMap<>();
    public final Map<String, Article> articles = new LinkedHashMap<>();
    public int writes;
    public int failInsertArticleAfter = Integer.MAX_VALUE;

    @Override
    public List<Edition> editions() {
        return editions.values().stream().map(EditionContent::edition)
                .sorted(Comparator.comparing(Edition::publicationDate).reversed()).toList();
    }

    @Override
    public Optional<Edition> latestEdition() {
        return editions().stream().findFirst();
    }

    @Override
    public Optional<EditionContent> loadEdition(String editionId) {
        return Optional.ofNullable(editions.get(editionId));
    }

    @Override
    public void insertEdition(EditionContent content) {
        if (editions.containsKey(content.edition().id())) {
            throw new StoreException("edition " + content.edition().id() + " exists");
        }
        writes++;
        editions.put(content.edition().id(), content);
        content.articles().forEach(a -> articles.put(a.id(), a));
    }

    @Override
    public void deleteEdition(String editionId) {
        writes++;
        editions.remove(editionId);
        articles.values().removeIf(a -> a.editionId().equals(editionId));
    }

    @Override
    public Optional<Article> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    /** Like the real store: version 0 inserts a story never saved; other versions are not needed here. */
    @Override
    public Article saveArticle(Article article) {
        if (writes >= failInsertArticleAfter) {
            throw new StoreException("disk full");
        }
        if (article.version() != 0 || !editions.containsKey(article.editionId()) || articles.containsKey(article.id())) {
            throw new StoreException("cannot insert article " + article.id());
        }
        writes++;
        Article saved = article.withSaved(1, Instant.now());
        articles.put(article.id(), saved);
        return saved;
    }

    @Override
    public List<ArticleRevision> revisions(String articleId) {
        return new ArrayList<>();
    }

    @Override
    public Article restoreRevision(String articleId, long revisionVersion, long expectedCurrentVersion) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void savePage(Page page) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void insertPhoto(Photo photo) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Photo saveCaption(String photoId, Caption caption) {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
