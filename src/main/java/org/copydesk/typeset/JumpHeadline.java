package org.copydesk.typeset;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.copydesk.model.Article;

/**
 * 转版标题: the short headline over a story's continuation on another page, over the
 * {@code （上接第N版）} that opens its text, so a reader turning to the page finds the story again. The story's own
 * jump headline when the desk wrote one; else its 主题, shortened when long: cut at the last phrase
 * boundary (a space or a mark such as ： or ，) within {@link #MAX_DERIVED} characters, else at the
 * last word boundary there, never inside a word nor inside quotation marks.
 */
public final class JumpHeadline {
    /** Longest derived jump headline, in characters: one line over a three-column continuation. */
    public static final int MAX_DERIVED = 12;
    private static final String PHRASE_ENDS = " \u3000：:，,；;、！？!?";
    private static final String OPENING = "“‘《（「『【〈";
    private static final String CLOSING = "”’》）」』】〉";

    private JumpHeadline() {
    }

    /** What prints over the story's continuation: its own jump headline, else one derived from its headline. */
    public static String of(Article article) {
        return article.jumpHeadline().isBlank() ? derived(article.headline()) : article.jumpHeadline().strip();
    }

    /** The headline shortened to at most {@link #MAX_DERIVED} characters at a phrase or word boundary. */
    public static String derived(String headline) {
        String text = headline.strip();
        int length = text.codePointCount(0, text.length());
        if (length <= MAX_DERIVED) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, MAX_DERIVED);
        int phrase = -1;
        for (int i = 0; i < limit; i++) {
            boolean inNumber = i + 1 < text.length() && Character.isDigit(text.charAt(i - 1 < 0 ? 0 : i - 1))
                    && Character.isDigit(text.charAt(i + 1)); // 1,200 and 10:30 are one number
            if (PHRASE_ENDS.indexOf(text.charAt(i)) >= 0 && i >= 3 && !inNumber) {
                phrase = i;
            }
        }
        if (phrase > 0) {
            return text.substring(0, phrase).strip();
        }
        BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        words.setText(text);
        int cut = words.preceding(limit + 1);
        if (cut <= 0) {
            cut = limit;
        }
        // Never leave a quotation or title open: cut before its opening mark instead.
        int open = -1;
        for (int i = 0; i < cut; i++) {
            if (OPENING.indexOf(text.charAt(i)) >= 0) {
                open = i;
            } else if (CLOSING.indexOf(text.charAt(i)) >= 0) {
                open = -1;
            }
        }
        if (open > 0) {
            cut = open;
        }
        return text.substring(0, cut).strip();
    }
}
