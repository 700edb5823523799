package org.copydesk.copyin;

/**
 * Where in a story a piece of text is: one of the headline fields, or a body paragraph (1-based,
 * as the editor and preflight count them; 0 for the fields).
 */
public record StoryPlace(Field field, int paragraph) {

    public enum Field { KICKER, HEADLINE, SUBTITLE, BYLINE, DATELINE, BODY }

    static StoryPlace of(Field field) {
        return new StoryPlace(field, 0);
    }
}
