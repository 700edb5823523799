package org.copydesk.typeset;

/**
 * The one rule for counting the newsroom way (字数): each Han character and each full-width mark
 * is one; a run of Latin letters or digits, with the ASCII punctuation inside it, is one word unit;
 * spaces are not counted. Copyfit counts the classes the composer already has;
 * {@link TextLength#of(String)} classifies a string and counts it here, so the editor, the
 * navigator, the CLI and copyfit cannot disagree.
 */
final class CharacterCount {
    private CharacterCount() {
    }

    /** 字数 of the characters {@code from} (inclusive) to {@code to} of {@code cls}. */
    static int count(CharClass[] cls, int from, int to) {
        return tally(cls, from, to).zi();
    }

    /** The length of the characters {@code from} (inclusive) to {@code to} of {@code cls}. */
    static TextLength tally(CharClass[] cls, int from, int to) {
        int zi = 0;
        int words = 0;
        int counted = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            CharClass c = cls[k];
            if (c == CharClass.SPACE || c == CharClass.IDEOGRAPHIC_SPACE) {
                inWord = false;
                continue;
            }
            counted++;
            if (isWordPart(c)) {
                if (!inWord) {
                    zi++;
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
                zi++;
            }
        }
        return new TextLength(zi, words, counted);
    }

    /** Latin letters, digits and the ASCII punctuation between them make one word unit. */
    static boolean isWordPart(CharClass c) {
        return c == CharClass.LATIN || c == CharClass.OTHER;
    }
}
