package org.copydesk.model;

import java.util.Objects;

/**
 * One line of a 导读 box: a story inside the edition, shown by its headline or by a shorter text the
 * desk wrote for the box. Where the story is (第3版) is not kept: the composer reads it from the
 * edition each time, so moving the story moves the reference.
 *
 * @param articleId the story
 * @param shortText what the line says instead of the headline; empty to show the headline
 */
public record IndexEntry(String articleId, String shortText) {
    /** The longest short text: an entry is one line of a box two or three columns wide. */
    public static final int SHORT_TEXT_MAX = 30;

    public IndexEntry {
        Objects.requireNonNull(articleId, "articleId");
        shortText = shortText == null ? "" : shortText.strip();
    }

    /** An entry showing the story's headline. */
    public static IndexEntry of(String articleId) {
        return new IndexEntry(articleId, "");
    }

    /** What the line says: the short text, or else {@code headline} on one line. */
    public String text(String headline) {
        return shortText.isEmpty() ? headline.strip().replaceAll("\\s+", " ") : shortText;
    }
}
