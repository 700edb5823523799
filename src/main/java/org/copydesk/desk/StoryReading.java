package org.copydesk.desk;

import java.util.List;
import java.util.Objects;
import org.copydesk.model.Article;
import org.copydesk.model.Photo;

/**
 * One file read as a story: the article, the photos that came with it (a Word document's
 * pictures, with their draft captions) and notes for the import report, one line each, saying what
 * did not come in as it stood (a table read as paragraphs, comments left out, a bad picture).
 */
public record StoryReading(Article article, List<Photo> photos, List<String> notes) {
    public StoryReading {
        Objects.requireNonNull(article, "article");
        photos = List.copyOf(photos);
        notes = List.copyOf(notes);
    }

    /** A story that came alone and whole. */
    public static StoryReading of(Article article) {
        return new StoryReading(article, List.of(), List.of());
    }
}
