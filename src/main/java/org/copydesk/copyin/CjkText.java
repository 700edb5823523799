package org.copydesk.copyin;

/** Which characters make Chinese context for punctuation: Han, and the marks of Chinese text. */
final class CjkText {
    private CjkText() {
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Han, or punctuation only Chinese text uses (full-width forms, CJK marks, curly quotes, 《》). */
    static boolean isCjk(int cp) {
        if (isHan(cp)) {
            return true;
        }
        if (cp == 0x3000) {
            return false; // the ideographic space separates, it does not make context
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || cp == '…' || cp == '—' || cp == '·';
    }

    /** “ ” ‘ ’: used by English and Chinese text alike. */
    static boolean isCurlyQuote(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’';
    }

    static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
