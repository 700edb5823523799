package org.copydesk.typeset;

/**
 * What the composer needs to know about a code point: which side of a full-width mark is blank
 * (so it can be compressed), where line breaking forbids it, and how it counts. The tables follow
 * clreq and GB/T 15834 (mainland style: {@code ，。、；：！？} sit on the left half of their em).
 */
enum CharClass {
    /** 「“（《 and friends: blank leading half. */
    OPENING,
    /** 」”）》 and friends: blank trailing half. */
    CLOSING,
    /** {@code ，、；：}: blank trailing half; compressed before periods. */
    COMMA,
    /** {@code 。？！}: blank trailing half; compressed last. */
    PERIOD,
    /** {@code ·}: blank quarter on each side. */
    MIDDLE_DOT,
    /** {@code —}, {@code ⸺}: used in pairs, never split. */
    DASH,
    /** {@code …}: used in pairs, never split. */
    ELLIPSIS,
    /** {@code – ～}: may not start a line in basic and strict. */
    CONNECTOR,
    /** {@code ／ /}: may not end a line. */
    SOLIDUS,
    /** ASCII and no-break spaces: stretch and shrink between Latin words. */
    SPACE,
    /** U+3000 ideographic space. */
    IDEOGRAPHIC_SPACE,
    /** Latin, Greek, Cyrillic letters and digits: words and numbers. */
    LATIN,
    /** Han ideographs, kana, hangul and other full-width letters. */
    HAN,
    /** Anything else: ASCII punctuation, symbols. */
    OTHER;

    private static final CharClass[] BMP = new CharClass[0x10000];

    static {
        for (int cp = 0; cp < BMP.length; cp++) {
            BMP[cp] = compute(cp);
        }
    }

    static CharClass of(int cp) {
        return cp < 0x10000 ? BMP[cp] : compute(cp);
    }

    /** Marks whose blank half may be taken away: full-width punctuation. */
    boolean closingSide() {
        return this == CLOSING || this == COMMA || this == PERIOD;
    }

    boolean isMark() {
        return closingSide() || this == OPENING || this == MIDDLE_DOT || this == DASH || this == ELLIPSIS;
    }

    /** Characters between which 1/4-em Han-Latin spacing goes: one HAN, the other LATIN. */
    static boolean hanLatinBoundary(CharClass a, CharClass b) {
        return (a == HAN && b == LATIN) || (a == LATIN && b == HAN);
    }

    private static CharClass compute(int cp) {
        switch (cp) {
            case '“', '‘', '（', '《', '〈', '「', '『', '【', '〖', '〔', '［', '｛', '〘', '〚', '｟':
                return OPENING;
            case '”', '’', '）', '》', '〉', '」', '』', '】', '〗', '〕', '］', '｝', '〙', '〛', '｠':
                return CLOSING;
            case '，', '、', '；', '：':
                return COMMA;
            case '。', '？', '！', '．':
                return PERIOD;
            case '·', '・', '‧':
                return MIDDLE_DOT;
            case '—', '⸺', '⸻':
                return DASH;
            case '…', '‥':
                return ELLIPSIS;
            case '–', '～', '〜':
                return CONNECTOR;
            case '／', '/':
                return SOLIDUS;
            case ' ', '\u00A0':
                return SPACE;
            case '\u3000':
                return IDEOGRAPHIC_SPACE;
            default:
                break;
        }
        if (Character.isLetterOrDigit(cp)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return switch (script) {
                case LATIN, GREEK, CYRILLIC -> LATIN;
                case COMMON -> Character.isDigit(cp) && cp < 0x2000 ? LATIN : HAN;
                default -> HAN;
            };
        }
        // Emoji and pictographs stand alone like ideographs (ICU's class ID): they break on either
        // side and count one each, never joining a Latin word.
        if (cp >= 0x2600 && Character.getType(cp) == Character.OTHER_SYMBOL) {
            return HAN;
        }
        return OTHER;
    }
}
