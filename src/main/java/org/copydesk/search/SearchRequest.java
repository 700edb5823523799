package org.copydesk.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.copydesk.model.ArticleStatus;

/**
 * One archive search: the words to find (all of them, each anywhere in the story) and the filters.
 *
 * @param query  words separated by spaces; a word in quotes may hold spaces
 * @param from   first edition date, inclusive
 * @param to     last edition date, inclusive
 * @param page   only stories placed on this page number
 * @param author only stories whose reporter line contains this
 * @param status only stories with this status
 * @param limit  at most this many results
 */
public record SearchRequest(String query, Optional<LocalDate> from, Optional<LocalDate> to, OptionalInt page,
                            Optional<String> author, Optional<ArticleStatus> status, int limit) {
    public static final int DEFAULT_LIMIT = 50;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(page, "page");
        author = Objects.requireNonNull(author, "author").map(String::strip).filter(a -> !a.isEmpty());
        Objects.requireNonNull(status, "status");
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** The words alone, no filter, the default number of results. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), DEFAULT_LIMIT);
    }

    public SearchRequest withDates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
        return new SearchRequest(query, newFrom, newTo, page, author, status, limit);
    }

    public SearchRequest withPage(OptionalInt newPage) {
        return new SearchRequest(query, from, to, newPage, author, status, limit);
    }

    public SearchRequest withAuthor(Optional<String> newAuthor) {
        return new SearchRequest(query, from, to, page, newAuthor, status, limit);
    }

    public SearchRequest withStatus(Optional<ArticleStatus> newStatus) {
        return new SearchRequest(query, from, to, page, author, newStatus, limit);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, from, to, page, author, status, newLimit);
    }

    /** True when there is nothing to look for: no words and no filter. */
    public boolean isEmpty() {
        return query.isEmpty() && from.isEmpty() && to.isEmpty() && page.isEmpty() && author.isEmpty()
                && status.isEmpty();
    }
}
