package org.copydesk.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything of one edition in one value: what the composer, exporters and preflight read.
 * Pages are kept in page-number order.
 */
public record EditionContent(Edition edition, List<Page> pages, List<Article> articles, List<Photo> photos) {
    public EditionContent {
        Objects.requireNonNull(edition, "edition");
        pages = pages.stream().sorted(Comparator.comparingInt(Page::number)).toList();
        articles = List.copyOf(articles);
        photos = List.copyOf(photos);
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Photo> photo(String id) {
        return photos.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Page> page(int number) {
        return pages.stream().filter(p -> p.number() == number).findFirst();
    }

    /**
     * The page a story starts on as the edition is made up now: the page of its lowest-numbered
     * frame (part 0, or the first part still placed). Empty when the story has no frame.
     */
    public OptionalInt firstPageOf(String articleId) {
        int bestPart = Integer.MAX_VALUE;
        int page = -1;
        for (Page p : pages) {
            for (Placement placement : p.placements()) {
                if (placement instanceof StoryPlacement s && s.articleId().equals(articleId) && s.part() < bestPart) {
                    bestPart = s.part();
                    page = p.number();
                }
            }
        }
        return page < 0 ? OptionalInt.empty() : OptionalInt.of(page);
    }
}
