package org.copydesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded move of a story or page from one stage to another: who made it and when.
 *
 * @param subjectId the story's id, or the page's
 * @param from      the stage before
 * @param to        the stage after
 * @param person    the name of who moved it
 * @param at        when
 */
public record StageMove(String subjectId, Stage from, Stage to, String person, Instant at) {
    public StageMove {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
    }
}
