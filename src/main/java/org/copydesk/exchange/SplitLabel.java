package org.copydesk.exchange;

/**
 * What a line of page text is, as the splitter proposes it and the editor may change it: the
 * headline stack and reporter line, the body's paragraph kinds, a photo caption, a jump line, or page
 * furniture that is no story's text.
 */
public enum SplitLabel {
    KICKER, HEADLINE, SUBTITLE, REPORTER, LEAD, BODY, SUBHEAD, BYLINE, CAPTION, JUMP, FURNITURE;

    /** Lines that are paragraphs of the story's body, in reading order (jump lines among them). */
    public boolean isParagraph() {
        return this == LEAD || this == BODY || this == SUBHEAD || this == BYLINE || this == JUMP;
    }

    /** The lower-case name used in JSON and on the command line. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
