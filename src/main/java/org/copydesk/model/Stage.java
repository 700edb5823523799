package org.copydesk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A stage something passes through on the desk: a story's {@link ArticleStatus} or a page's
 * {@link ProofRound}. Stage rules and the move history name both kinds the same way.
 */
public sealed interface Stage permits ArticleStatus, ProofRound {

    /** What moves through the stages. */
    enum Kind {
        /** a story (稿件) */
        STORY,
        /** a page (版面), through its proof rounds */
        PAGE;

        /** The word the database and the command line use: {@code story} or {@code page}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The enum constant's name, as stored. */
    String name();

    Kind kind();

    /** The stage of {@code kind} stored as {@code name}; empty for a name this Copydesk does not know. */
    static Optional<Stage> of(Kind kind, String name) {
        try {
            return Optional.of(switch (kind) {
                case STORY -> ArticleStatus.valueOf(name);
                case PAGE -> ProofRound.valueOf(name);
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
