package org.copydesk.typeset;

/** What a line is, so renderers, tests and the CLI can tell a headline from body text. */
public enum LineRole {
    RUNNING_HEAD, KICKER, HEADLINE, SUBTITLE, REPORTER_LINE, BODY, SUBHEAD, END_BYLINE, JUMP_LINE, CAPTION,
    /** A banner's slogan (通栏标语), spaced across its frame. */
    BANNER,
    /** A column of a vertical headline (竖题): kicker, 主题 or 副题 set top to bottom. */
    VERTICAL_HEADLINE,
    /** A column of vertically set text (竖排), read top to bottom, columns right to left. */
    VERTICAL_TEXT,
    /** The title of a 导读 box (导读, 本期导读), in its tinted band. */
    INDEX_TITLE,
    /** A line of a 导读 box: a story inside the edition and the page it starts on. */
    INDEX_ENTRY
}
