package org.copydesk.copyin;

/**
 * One proposed correction: the ASCII mark {@code from} (with the spaces a full-width mark makes
 * redundant) at {@code offset} becomes the Chinese mark {@code to}; {@code context} is the text
 * around it as it was, for a reviewer.
 */
public record PunctuationChange(int offset, String from, String to, String context) {

    /** The change as a plain replacement. */
    public TextEdit edit() {
        return new TextEdit(offset, from, to);
    }
}
