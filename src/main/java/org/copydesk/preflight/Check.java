package org.copydesk.preflight;

/** What a finding is about. */
public enum Check {
    OVERSET,
    EMPTY_HEADLINE,
    MISSING_CAPTION,
    MISSING_CREDIT,
    MISSING_GLYPH,
    LOW_RESOLUTION,
    UNREADABLE_PHOTO,
    /** The photo's bytes no longer match the SHA-256 stored with them. */
    DAMAGED_PHOTO,
    UNRESOLVED_JUMP,
    UNPLACED_STORY,
    PAGE_NOT_FILLED,
    RGB_IN_CMYK,
    /** The composer could not place a frame or find its content. */
    LAYOUT
}
