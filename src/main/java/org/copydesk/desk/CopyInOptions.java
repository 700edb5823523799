package org.copydesk.desk;

/**
 * What an import does to copy on its way in, the same for {@code copydesk import} and the window.
 *
 * @param fixPunctuation make the punctuation changes {@link org.copydesk.copyin.PunctuationFixer}
 *                       proposes (ASCII marks inside Chinese text become full-width)
 */
public record CopyInOptions(boolean fixPunctuation) {
    /** Import the text as it is written. */
    public static CopyInOptions asWritten() {
        return new CopyInOptions(false);
    }
}
