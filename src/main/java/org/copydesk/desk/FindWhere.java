package org.copydesk.desk;

/** Which part of a story (or which photo's caption) a match is in. */
public enum FindWhere {
    KICKER, HEADLINE, SUBTITLE, BYLINE, DATELINE, BODY, CAPTION
}
