package org.copydesk.typeset;

/**
 * Counting the newsroom way (字数): each Han character and each full-width mark is one; a run of
 * Latin letters or digits, with the ASCII punctuation inside it, is one word unit; spaces are
 * not counted. The hot path of copyfit: works on the classes the composer already has;
 * {@link TextLength} is the same count for a string.
 */
final class CharacterCount {
    private CharacterCount() {
    }

    static int count(CharClass[] cls, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            CharClass c = cls[k];
            if (isWordPart(c)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else {
                inWord = false;
                if (c != CharClass.SPACE && c != CharClass.IDEOGRAPHIC_SPACE) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Latin letters, digits and the ASCII punctuation between them make one word unit. */
    static boolean isWordPart(CharClass c) {
        return c == CharClass.LATIN || c == CharClass.OTHER;
    }
}
