package org.copydesk.typeset;

/** How the lines of a passage sit in their measure; public because a stored house style names it. */
public enum Alignment {
    /** Body text: every line but the last fills the measure; the last is ragged. */
    JUSTIFY,
    /** Left-aligned and ragged (reporter lines, jump lines). */
    LEFT,
    /** Centred (headlines, kickers). */
    CENTER,
    /** Right-aligned (end byline, 下转 jump lines). */
    RIGHT
}
