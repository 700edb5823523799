package org.copydesk.typeset;

/**
 * Counting the newsroom way (字数): each Han character and each full-width mark is one; a run of
 * Latin letters or digits, with the ASCII punctuation inside it, is one word unit; spaces are
 * not counted.
 */
final class CharacterCount {
    private CharacterCount() {
    }

    static int count(CharClass[] cls, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            CharClass c = cls[k];
            if (c == CharClass.LATIN || c == CharClass.OTHER) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else {
                inWord = false;
                if (c != CharClass.SPACE) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Newsroom count of a string. */
    static int count(String text) {
        CharClass[] cls = text.codePoints().mapToObj(CharClass::of).toArray(CharClass[]::new);
        return count(cls, 0, cls.length);
    }

    /** Code points that are not spaces: the "every letter counts" figure shown beside 字数. */
    static int codePoints(String text) {
        return (int) text.codePoints().filter(cp -> CharClass.of(cp) != CharClass.SPACE).count();
    }
}
