package org.copydesk.desk;

import java.util.Objects;

/**
 * A match somewhere in an edition, with enough around it to list it.
 *
 * @param ownerId    the story's id, or the photo's for {@link FindWhere#CAPTION}
 * @param title      the story's headline, or the photo's file name
 * @param where      the field
 * @param block      the body block's index for {@link FindWhere#BODY} and {@link FindWhere#DATELINE}; else -1
 * @param match      the match in that field's text
 * @param before     up to {@link FindReplace#CONTEXT} chars before the match
 * @param after      up to {@link FindReplace#CONTEXT} chars after it
 */
public record FindMatch(String ownerId, String title, FindWhere where, int block, TextMatch match,
                        String before, String after) {
    public FindMatch {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(match, "match");
    }
}
