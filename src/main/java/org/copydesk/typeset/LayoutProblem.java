package org.copydesk.typeset;

/**
 * Something the composer could not do as asked; preflight turns these into findings.
 *
 * @param kind      what went wrong
 * @param contentId the article or photo concerned, or the page id
 * @param detail    e.g. the missing characters, or how much is overset
 */
public record LayoutProblem(Kind kind, String contentId, String detail) {
    public enum Kind {
        MISSING_GLYPH, OVERSET, FRAME_OFF_GRID, MISSING_CONTENT, UNRESOLVED_JUMP,
        /** A 导读 line longer than its box: only its first line prints ({@code contentId} is the story). */
        INDEX_ENTRY_CUT
    }
}
