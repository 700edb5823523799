package org.copydesk.typeset;

/** What a line is, so renderers, tests and the CLI can tell a headline from body text. */
public enum LineRole {
    RUNNING_HEAD, KICKER, HEADLINE, SUBTITLE, REPORTER_LINE, BODY, SUBHEAD, END_BYLINE, JUMP_LINE, CAPTION
}
