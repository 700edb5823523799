package org.copydesk.desk;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.copydesk.i18n.Words;

/**
 * What to look for: the text typed, read as plain text or as a {@link java.util.regex} expression,
 * with or without case, and whether a match must be a whole word.
 *
 * <p>The whole-word rule, which must make sense for Chinese: a match may not continue a run of
 * "word" characters of the same kind on either side. Two kinds count: Han characters, and every
 * other letter or digit (Latin, Greek, Cyrillic, digits). For English this is the usual {@code \b}
 * rule ("Ma" is not found in "Mark"); for Chinese, which writes no spaces, it means a match must be
 * a whole run of Han between punctuation, spaces or other scripts — "北京" is found in "（北京）" or
 * "北京 2026" but not in "北京市". Chinese words cannot be told from characters without a
 * dictionary, so the option is off by default and most useful for Latin names and figures in
 * Chinese copy ("AI" is found in "用AI写稿" but not in "MAIL").
 *
 * @param text      the text or expression; must not be empty
 * @param regex     {@code text} is a regular expression and the replacement may use {@code $1}
 * @param matchCase upper and lower case differ
 * @param wholeWord a match must be a whole word by the rule above
 */
public record FindQuery(String text, boolean regex, boolean matchCase, boolean wholeWord) {
    private static final Words WORDS = Words.ofPackage(FindQuery.class);

    public FindQuery {
        Objects.requireNonNull(text, "text");
    }

    /** Plain text, any case, not whole words: what the find bar starts with. */
    public static FindQuery plain(String text) {
        return new FindQuery(text, false, false, false);
    }

    /**
     * The compiled expression.
     *
     * @throws OperationRefusedException naming the problem when the text is empty or not a valid
     *                                   regular expression
     */
    public Pattern pattern() {
        if (text.isEmpty()) {
            throw new OperationRefusedException(WORDS.format("find.empty"));
        }
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return Pattern.compile(regex ? text : Pattern.quote(text), flags);
        } catch (PatternSyntaxException e) {
            throw new OperationRefusedException(WORDS.format("find.badRegex", text, e.getDescription(),
                    Math.max(0, e.getIndex())));
        }
    }

    /** The replacement as {@link Matcher#appendReplacement} reads it: literal unless a regex. */
    String replacementFor(String replacement) {
        return regex ? replacement : Matcher.quoteReplacement(replacement);
    }

    /** Whether {@code text[start, end)} is a whole word by the rule in the class comment. */
    boolean wholeWordAt(CharSequence text, int start, int end) {
        if (start == end) {
            return false;
        }
        if (start > 0 && sameWord(Character.codePointBefore(text, start), Character.codePointAt(text, start))) {
            return false;
        }
        return end >= text.length() || !sameWord(Character.codePointBefore(text, end), Character.codePointAt(text, end));
    }

    private static boolean sameWord(int a, int b) {
        int kind = kind(a);
        return kind != 0 && kind == kind(b);
    }

    /** 0 not a word character, 1 Han, 2 any other letter or digit. */
    private static int kind(int codePoint) {
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return 1;
        }
        return Character.isLetterOrDigit(codePoint) ? 2 : 0;
    }
}
