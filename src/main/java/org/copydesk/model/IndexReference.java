package org.copydesk.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a 导读 line points, as the edition is made up now: the story and the page it starts on. The
 * page is never stored; it is read from the placements each time, so a story moved to another page
 * takes its reference along. The composer prints it, preflight warns about the lines that cannot
 * name a page, and the 导读 dialog shows it.
 *
 * @param entry  the line
 * @param story  the story, empty when the edition no longer has it
 * @param page   the page the story starts on, empty when it is not placed
 * @param status whether the line can name a page, and if not, why
 */
public record IndexReference(IndexEntry entry, Optional<Article> story, OptionalInt page, Status status) {
    /** Whether a line can print its page. */
    public enum Status {
        /** Placed on another page: the line names it. */
        ON_PAGE,
        /** Placed on the box's own page: pointing there says nothing, so no page is printed. */
        SAME_PAGE,
        /** In the edition but on no page. */
        NOT_PLACED,
        /** The edition has no story of that id (it was deleted or moved to another edition). */
        NO_STORY
    }

    public IndexReference {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(status, "status");
    }

    /** Resolves {@code entry} of a box on page {@code boxPage} against {@code content}. */
    public static IndexReference of(EditionContent content, int boxPage, IndexEntry entry) {
        Optional<Article> story = content.article(entry.articleId());
        if (story.isEmpty()) {
            return new IndexReference(entry, story, OptionalInt.empty(), Status.NO_STORY);
        }
        OptionalInt page = content.firstPageOf(entry.articleId());
        Status status = page.isEmpty() ? Status.NOT_PLACED : page.getAsInt() == boxPage ? Status.SAME_PAGE : Status.ON_PAGE;
        return new IndexReference(entry, story, page, status);
    }

    /** What the line says: the short text, else the headline, else (no story) the id. */
    public String text() {
        return entry.text(story.map(Article::headline).orElse(entry.articleId()));
    }

    /** The page reference the line ends with, {@code （第3版）}, or empty when it names no page. */
    public String pageLabel() {
        return status == Status.ON_PAGE ? "（第" + page.getAsInt() + "版）" : "";
    }
}
