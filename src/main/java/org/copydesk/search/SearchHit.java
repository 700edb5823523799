package org.copydesk.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One result: a story, or a photo whose caption matched and that belongs to no story.
 *
 * @param kind      {@code story} or {@code photo}
 * @param id        the story's (or photo's) id
 * @param page      the first page it is placed on, 0 when on none
 * @param headline  the story's headline (a photo's file name)
 * @param snippet   the text around the first match, the matched words marked
 */
public record SearchHit(String kind, String id, String editionId, String editionName, LocalDate editionDate,
                        int issueNumber, int page, String headline, String status, List<Span> snippet,
                        float score) {
    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        snippet = List.copyOf(snippet);
    }

    /** A run of snippet text, matched or not. */
    public record Span(String text, boolean matched) {
    }

    /** The snippet with each matched run between {@code open} and {@code close}. */
    public String snippetMarked(String open, String close) {
        return snippet.stream().map(s -> s.matched() ? open + s.text() + close : s.text())
                .collect(Collectors.joining());
    }
}
