package org.copydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A 导读 box (index to inside pages) on a front page: a small framed block under a title such as
 * {@code 导读} or {@code 本期导读}, one line for each of a few stories inside the edition, each with
 * the page it starts on ({@code （第3版）}). Like a banner it belongs to no story and covers nothing.
 *
 * @param indexId the box's name on the page, as make-up calls it (unique on a page)
 * @param frame   where on the grid
 * @param title   the box's title; blank gives {@link #DEFAULT_TITLE}
 * @param entries the lines, in order
 */
public record IndexBoxPlacement(String indexId, GridRect frame, String title, List<IndexEntry> entries)
        implements Placement {
    /** The title a new box gets. */
    public static final String DEFAULT_TITLE = "导读";
    /** The longest title: it is set on one line in the box's title band. */
    public static final int TITLE_MAX = 12;
    /** The most entries a box holds; a front page points at a few stories, not the whole paper. */
    public static final int ENTRIES_MAX = 12;

    public IndexBoxPlacement {
        Objects.requireNonNull(indexId, "indexId");
        Objects.requireNonNull(frame, "frame");
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        entries = List.copyOf(entries);
    }

    public IndexBoxPlacement withFrame(GridRect newFrame) {
        return new IndexBoxPlacement(indexId, newFrame, title, entries);
    }

    public IndexBoxPlacement withTitle(String newTitle) {
        return new IndexBoxPlacement(indexId, frame, newTitle, entries);
    }

    public IndexBoxPlacement withEntries(List<IndexEntry> newEntries) {
        return new IndexBoxPlacement(indexId, frame, title, newEntries);
    }

    @Override
    public String contentId() { return indexId; }
}
