package org.copydesk.model;

import java.util.Objects;

/**
 * One line of the paper's rule table: people with {@code role} may move a story or page from
 * {@code from} to {@code to}.
 */
public record StageRule(Role role, Stage from, Stage to) {
    public StageRule {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.kind() != to.kind()) {
            throw new IllegalArgumentException("a rule moves a story or a page, not one into the other: " + from + " → " + to);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a rule moves between two stages: " + from);
        }
    }
}
