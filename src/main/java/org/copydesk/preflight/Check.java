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
    LAYOUT,
    /** Two story frames, or two photo frames, overlap on a page. */
    FRAME_OVERLAP,
    /** A frame on page 1's top rows, where the composer prints the 报头 (masthead block). */
    FRAME_ON_MASTHEAD,
    /** A line of a story (headline stack, body, jump line) prints over a photo or its caption. */
    TEXT_OVER_PHOTO,
    /** 开天窗: an area of the type area no frame covers, at least the rules' size. */
    EMPTY_AREA,
    /** A story on a page was not signed off (签发). */
    NOT_SIGNED_OFF,
    /** An ad slot (广告) whose artwork has not arrived: a warning on screen, an error for press. */
    EMPTY_AD_SLOT,
    /** A news caption that does not end as a sentence (no 。！？……): it reads as cut off in print. */
    CAPTION_NOT_A_SENTENCE,
    /** ASCII punctuation ({@code , . : ? ( )}, straight quotes) inside Chinese text (GB/T 15834-2011). */
    ASCII_PUNCTUATION,
    /** A story mostly in the other script (简/繁) than the paper's. */
    OTHER_SCRIPT,
    /** A page going to press that nobody signed off (签发) as composed. */
    PAGE_NOT_SIGNED_OFF,
    /** 签发已撤销: a page whose sign-off was withdrawn, or that changed after it was signed off. */
    SIGN_OFF_WITHDRAWN,
    /** A 导读 line that cannot name its page (story not placed, on the box's own page, or gone), or is cut. */
    INDEX_ENTRY
}
