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
        Tally tally = new Tally();
        for (int k = from; k < to; k++) {
            tally.add(cls[k]);
        }
        return tally.length();
    }

    /** Latin letters, digits and the ASCII punctuation between them make one word unit. */
    static boolean isWordPart(CharClass c) {
        return c == CharClass.LATIN || c == CharClass.OTHER;
    }

    /** The count so far, one character at a time, so a string is counted without classifying it into an array first. */
    static final class Tally {
        private int zi;
        private int words;
        private int counted;
        private boolean inWord;

        void add(CharClass c) {
            if (c == CharClass.SPACE || c == CharClass.IDEOGRAPHIC_SPACE) {
                inWord = false;
                return;
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

        TextLength length() {
            return new TextLength(zi, words, counted);
        }
    }
}
