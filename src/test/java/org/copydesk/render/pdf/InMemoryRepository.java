package org.copydesk.render.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.copydesk.cli.CliServices;
import org.copydesk.model.Article;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.store.ArticleRevision;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;
import org.copydesk.typeset.PageComposer;

/**
 * Just enough of a store for command-line tests of export, check and import: whole editions in a
 * map. Per-article editing is the real store's business and is refused here.
 */
public final class InMemoryRepository implements EditionRepository {
    private final Map<String, EditionContent> editions = new LinkedHashMap<>();

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
            throw new StoreException("edition " + content.edition().id() + " already exists");
        }
        editions.put(content.edition().id(), content);
    }

    @Override
    public void deleteEdition(String editionId) {
        editions.remove(editionId);
    }

    @Override
    public Optional<Article> article(String articleId) {
        return editions.values().stream().flatMap(e -> e.articles().stream()).filter(a -> a.id().equals(articleId)).findFirst();
    }

    @Override
    public Article saveArticle(Article article) {
        throw unsupported();
    }

    @Override
    public List<ArticleRevision> revisions(String articleId) {
        return new ArrayList<>();
    }

    @Override
    public Article restoreRevision(String articleId, long revisionVersion, long expectedCurrentVersion) {
        throw unsupported();
    }

    @Override
    public void savePage(Page page) {
        throw unsupported();
    }

    @Override
    public void insertPhoto(Photo photo) {
        throw unsupported();
    }

    @Override
    public Photo saveCaption(String photoId, Caption caption) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("the in-memory test store holds whole editions only");
    }

    /** Command-line services over this store and the given composer. */
    public CliServices services(PageComposer composer) {
        InMemoryRepository self = this;
        return new CliServices() {
            @Override
            public OpenedRepository openRepository(Optional<String> dbOption) {
                return opened(() -> self);
            }

            @Override
            public PageComposer composer() {
                return composer;
            }
        };
    }

    private static CliServices.OpenedRepository opened(Supplier<EditionRepository> repository) {
        return new CliServices.OpenedRepository() {
            @Override
            public EditionRepository repository() {
                return repository.get();
            }

            @Override
            public String description() {
                return "in-memory test store";
            }

            @Override
            public void close() {
            }
        };
    }
}
