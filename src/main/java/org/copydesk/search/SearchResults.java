package org.copydesk.search;

import java.util.List;

/**
 * The results of one search: the best matches, and how many stories matched in all. Matches are
 * counted exactly up to {@link #COUNTED_EXACTLY}; past that the search stops counting (counting every
 * match of a word found in almost every story would cost more than finding the best ones), and
 * {@code moreFound} says there are more than {@code found}.
 *
 * @param hits      the best matches, best first, then newest
 * @param found     how many matched: exactly, or at least this many when {@code moreFound}
 * @param moreFound true when more than {@code found} matched ("1000+")
 */
public record SearchResults(List<SearchHit> hits, int found, boolean moreFound) {
    /** Matches are counted exactly up to this many. */
    public static final int COUNTED_EXACTLY = 1000;

    public SearchResults {
        hits = List.copyOf(hits);
        if (found < hits.size()) {
            throw new IllegalArgumentException(found + " found but " + hits.size() + " hits");
        }
    }

    /** No results. */
    public static SearchResults none() {
        return new SearchResults(List.of(), 0, false);
    }
}
