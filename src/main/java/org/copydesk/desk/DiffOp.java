package org.copydesk.desk;

import java.util.Objects;

/**
 * One stretch of a character diff: text both sides share, text only the old side has, or text
 * only the new side has. Never splits a surrogate pair.
 */
public record DiffOp(Kind kind, String text) {

    /** Which side the text is on. */
    public enum Kind {
        /** on both sides */
        EQUAL,
        /** only in the old text */
        DELETE,
        /** only in the new text */
        INSERT
    }

    public DiffOp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public boolean isChange() {
        return kind != Kind.EQUAL;
    }
}
