package org.copydesk.typeset;

import java.util.Objects;
import org.copydesk.fonts.FontFace;

/**
 * A run of text to set as one paragraph: its characters, one type size, and a face, with an
 * optional run-in at its start in another face (the bold {@code 本报讯} dateline).
 *
 * @param text       the characters, exactly as in the source block
 * @param sizePt     type size
 * @param face       face of the text
 * @param runInChars how many chars at the start are set in {@code runInFace}; 0 for none
 * @param runInFace  face of the run-in
 */
record Passage(String text, double sizePt, FontFace face, int runInChars, FontFace runInFace) {
    Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
        runInFace = runInFace == null ? face : runInFace;
        if (runInChars < 0 || runInChars > text.length()) {
            throw new IllegalArgumentException("run-in of " + runInChars + " chars in a text of " + text.length());
        }
    }

    static Passage plain(String text, double sizePt, FontFace face) {
        return new Passage(text, sizePt, face, 0, face);
    }
}
