package org.copydesk.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
}
