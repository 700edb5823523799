package org.copydesk.ui;

import java.util.List;
import org.copydesk.model.Block;

/**
 * 字数 the newsroom way: every Han character and full-width mark counts one; a run of Latin letters
 * or digits counts as one word unit, reported separately; spaces count nothing.
 *
 * @param characters  Han characters, marks and other symbols
 * @param latinWords  runs of Latin letters and digits
 */
public record CharacterCount(int characters, int latinWords) {

    public static CharacterCount of(String text) {
        int characters = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isLatinWordChar(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
                continue;
            }
            // A decimal point or thousands separator inside a number keeps it one unit (5.2%, 1,234).
            if (inWord && (cp == '.' || cp == ',') && i < text.length() && isLatinWordChar(text.codePointAt(i))) {
                continue;
            }
            inWord = false;
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
                characters++;
            }
        }
        return new CharacterCount(characters, words);
    }

    public static CharacterCount of(List<Block> blocks) {
        int characters = 0;
        int words = 0;
        for (Block block : blocks) {
            CharacterCount count = of(block.text());
            characters += count.characters;
            words += count.latinWords;
        }
        return new CharacterCount(characters, words);
    }

    private static boolean isLatinWordChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
}
