package org.copydesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An editor's note (批注) on a range of a story's text: read by the desk, never printed or exported
 * in the body. The range is characters {@code [start, end)} (UTF-16 units, never inside a surrogate
 * pair) of body block {@code paragraph}; {@code quoted} is the text it was written on, so the note
 * can be found again when the paragraph around it changes.
 *
 * @param id        stable identity (a UUID string)
 * @param articleId the story
 * @param paragraph index of the body block the note is on
 * @param start     first character of the range in that block's text
 * @param end       one past the last character; equal to {@code start} for a note on a point
 * @param quoted    the range's text when the note was written or last found
 * @param text      what the editor wrote
 * @param author    who wrote it
 * @param created   when
 * @param resolved  dealt with: hidden unless resolved notes are shown
 * @param detached  its text is no longer in the story: shown apart, never lost
 */
public record EditorNote(String id, String articleId, int paragraph, int start, int end, String quoted, String text,
                         String author, Instant created, boolean resolved, boolean detached) {

    /** The longest note and quotation the database keeps. */
    public static final int MAX_TEXT_LENGTH = 4000;

    public EditorNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        quoted = quoted == null ? "" : quoted;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("a note's range is a paragraph >= 0 and 0 <= start <= end: "
                    + paragraph + ", " + start + ".." + end);
        }
    }

    /** The note marked dealt with, or open again. */
    public EditorNote withResolved(boolean isResolved) {
        return new EditorNote(id, articleId, paragraph, start, end, quoted, text, author, created, isResolved, detached);
    }

    /** The note on another range of the story (found again after the text changed). */
    public EditorNote movedTo(int newParagraph, int newStart, int newEnd, String newQuoted) {
        return new EditorNote(id, articleId, newParagraph, newStart, newEnd, newQuoted, text, author, created, resolved, false);
    }

    /** The note whose text is gone from the story: kept and shown, on no range. */
    public EditorNote asDetached() {
        return new EditorNote(id, articleId, paragraph, start, end, quoted, text, author, created, resolved, true);
    }
}
