package org.copydesk.exchange;

import org.copydesk.model.Article;
import org.copydesk.model.Block;

/**
 * 字数 the newsroom way: each Han character and full-width mark counts one, a run of Latin letters
 * or digits (5G, 2026, APP, 5.2%) counts as one word unit, spaces count nothing.
 */
public final class StoryLength {
    private StoryLength() {
    }

    /** The body's length: what the desk counts against the target. */
    public static int of(Article article) {
        int total = 0;
        for (Block block : article.body()) {
            total += of(block.text());
        }
        return total;
    }

    public static int of(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean wordChar = cp < 0x250 && (Character.isLetterOrDigit(cp) || inWord && (cp == '.' || cp == ','
                    || cp == '%' || cp == '-') );
            if (wordChar) {
                if (!inWord) count++;
                inWord = true;
            } else {
                inWord = false;
                if (!Character.isWhitespace(cp) && cp != '\u3000') count++;
            }
        }
        return count;
    }
}
