package org.copydesk.exchange;

import org.copydesk.i18n.Words;
import org.copydesk.model.ForbiddenCharacters;

/**
 * Where a forbidden character is and what it is, in the user's language:
 * {@code line 3:7: U+202E bidirectional override character}. The model says why a character is
 * refused in English only; the kinds it refuses are named here again, and a kind this class does
 * not know keeps the model's English reason rather than a wrong name.
 */
final class ForbiddenCharacterText {
    private static final Words WORDS = Words.ofPackage(ForbiddenCharacterText.class);

    private ForbiddenCharacterText() {
    }

    static String describe(ForbiddenCharacters.Found found) {
        return WORDS.format("forbidden.at", found.line(), found.column(), ForbiddenCharacters.codePoint(found.codePoint()),
                kind(found));
    }

    private static String kind(ForbiddenCharacters.Found found) {
        int cp = found.codePoint();
        if (cp == 0) {
            return WORDS.format("forbidden.nul");
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return WORDS.format("forbidden.control");
        }
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return WORDS.format("forbidden.bidi");
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return WORDS.format("forbidden.surrogate");
        }
        if (cp == 0xFFFD) {
            return WORDS.format("forbidden.replacement");
        }
        return found.reason();
    }
}
