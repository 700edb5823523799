package org.copydesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to an edition's pages, with who made it and when: what a desk asks when a page is not
 * what it was at the last proof.
 *
 * @param pageId     the page
 * @param pageNumber its number after the change (before it, for a deleted page)
 * @param kind       what changed
 * @param person     who made the change
 * @param at         when
 */
public record PageChange(String pageId, int pageNumber, Kind kind, String person, Instant at) {
    /** What a write did to a page. */
    public enum Kind {
        /** its frames, section or settings changed */
        MAKEUP,
        /** the page was added */
        ADDED,
        /** the page was deleted */
        DELETED,
        /** the page got another number */
        MOVED;

        /** The word stored in the database. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PageChange {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
    }
}
