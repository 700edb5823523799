package org.copydesk.desk;

import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Photo;

/**
 * What a replace-all will change, to show before doing it: every match with its replacement, and
 * the stories and photos whose text changes, before and after (same order, same versions).
 */
public record ReplacePlan(List<FindMatch> matches, List<Article> articlesBefore, List<Article> articlesAfter,
                          List<Photo> photosBefore, List<Photo> photosAfter) {
    public ReplacePlan {
        matches = List.copyOf(matches);
        articlesBefore = List.copyOf(articlesBefore);
        articlesAfter = List.copyOf(articlesAfter);
        photosBefore = List.copyOf(photosBefore);
        photosAfter = List.copyOf(photosAfter);
    }

    /** Whether replacing would change nothing. */
    public boolean isEmpty() {
        return articlesAfter.isEmpty() && photosAfter.isEmpty();
    }
}
