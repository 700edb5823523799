package org.copydesk.typeset;

import java.util.List;
import org.copydesk.model.Block;

/**
 * The length of copy, counted the newsroom way — the one count Copydesk shows everywhere (editor
 * status bar, navigator, CLI, copyfit), so a story never has two lengths.
 *
 * @param zi         字数: each Han character and each full-width mark is one; a run of Latin
 *                   letters or digits with the ASCII punctuation inside it (5G, APP, 5.2%, 1,234.5)
 *                   is one word unit; spaces, ideographic spaces included, are not counted
 * @param latinWords how many of {@code zi} are Latin/digit word units
 * @param codePoints every character that is not a space, a Latin word counted letter by letter
 */
public record TextLength(int zi, int latinWords, int codePoints) {

    public static final TextLength ZERO = new TextLength(0, 0, 0);

    public static TextLength of(String text) {
        CharacterCount.Tally tally = new CharacterCount.Tally();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // Line ends and tabs separate words as spaces do; the composer never sees them.
            tally.add(Character.isWhitespace(cp) ? CharClass.SPACE : CharClass.of(cp));
        }
        return tally.length();
    }

    /** The body of a story, block by block (a word never runs across two blocks). */
    public static TextLength of(List<Block> body) {
        TextLength total = ZERO;
        for (Block block : body) {
            total = total.plus(of(block.text()));
        }
        return total;
    }

    public TextLength plus(TextLength other) {
        return new TextLength(zi + other.zi, latinWords + other.latinWords, codePoints + other.codePoints);
    }
}
