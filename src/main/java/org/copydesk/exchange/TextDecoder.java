package org.copydesk.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.copydesk.i18n.Words;

/**
 * Turns the bytes of a text file into a string without ever guessing silently.
 *
 * <p>UTF-8 (with or without a byte-order mark) is tried first and strictly. Files that are not
 * UTF-8 are tried as GB18030 (a superset of GBK and GB2312) and as Big5, both strictly; of the
 * encodings that decode cleanly the one whose text reads most like Chinese wins. Double-byte
 * encodings decode each other's bytes often enough without an error, so "reads like Chinese" is
 * scored: characters among the most frequent Han characters of either script count for, and
 * private-use, bopomofo, kana, vertical forms and other marks that a misread file produces count
 * against. Nothing is ever replaced by U+FFFD: a file that decodes cleanly in no encoding is
 * refused with the byte offset where UTF-8 reading failed.
 */
public final class TextDecoder {
    private static final Words WORDS = Words.ofPackage(TextDecoder.class);

    /** The result: the text and the name of the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    /**
     * The legacy encodings tried after UTF-8. Which charsets a Java runtime carries depends on the
     * platform and on the modules a packaged runtime includes (jdk.charsets), so missing ones are
     * skipped rather than failing every import.
     */
    private static final List<Charset> LEGACY = java.util.stream.Stream.of("GB18030", "Big5")
            .filter(Charset::isSupported).map(Charset::forName).toList();

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} read from {@code fileName} (used in messages only).
     *
     * @throws StoryImportException when no supported encoding reads the bytes cleanly
     */
    public static Decoded decode(byte[] bytes, String fileName) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strictOrFail(bytes, 3, StandardCharsets.UTF_8, fileName), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strictOrFail(bytes, 2, StandardCharsets.UTF_16LE, fileName), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strictOrFail(bytes, 2, StandardCharsets.UTF_16BE, fileName), "UTF-16BE");
        }
        Attempt utf8 = attempt(bytes, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return new Decoded(utf8.text, "UTF-8");
        }
        List<Decoded> clean = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        failures.add(WORDS.format("decode.failedAt", "UTF-8", utf8.badOffset));
        for (Charset legacy : LEGACY) {
            Attempt a = attempt(bytes, legacy);
            if (a.text != null) {
                clean.add(new Decoded(a.text, legacy.name()));
            } else {
                failures.add(WORDS.format("decode.failedAt", legacy.name(), a.badOffset));
            }
        }
        if (clean.isEmpty()) {
            throw new StoryImportException(WORDS.format("decode.unreadable", fileName,
                    String.join(WORDS.format("decode.separator"), failures)));
        }
        Decoded best = clean.get(0);
        for (Decoded d : clean) {
            if (chineseScore(d.text()) > chineseScore(best.text())) {
                best = d;
            }
        }
        return best;
    }

    private static String strictOrFail(byte[] bytes, int skip, Charset charset, String fileName) {
        byte[] rest = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
        Attempt a = attempt(rest, charset);
        if (a.text == null) {
            throw new StoryImportException(WORDS.format("decode.badAfterBom", fileName, charset.name(), a.badOffset + skip));
        }
        return a.text;
    }

    private record Attempt(String text, long badOffset) {
    }

    /** Decodes strictly; on failure reports the offset of the first bad byte. */
    private static Attempt attempt(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Attempt(null, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Attempt(null, in.position());
        }
        out.flip();
        return new Attempt(out.toString(), -1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Frequent Han characters, simplified or traditional, plus penalties for marks of a misreading. */
    static int chineseScore(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (FrequentHan.contains(cp)) {
                score += 1;
            } else if (looksMisread(cp)) {
                score -= 2;
            }
        }
        return score;
    }

    private static boolean looksMisread(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.PRIVATE_USE_AREA
                || block == Character.UnicodeBlock.BOPOMOFO
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp >= 0xFF61
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.BOX_DRAWING
                || block == Character.UnicodeBlock.GREEK
                || block == Character.UnicodeBlock.CYRILLIC
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }

    /**
     * The most frequent Han characters: GB2312 level 1 (3,755 simplified) and the Big5 frequent
     * range (5,401 traditional). Built once from the JDK's own encoders.
     */
    private static final class FrequentHan {
        private static final BitSet SET = build();

        static boolean contains(int cp) {
            return cp < 0x10000 && SET.get(cp);
        }

        private static BitSet build() {
            BitSet set = new BitSet(0x10000);
            CharsetEncoder gb = encoder("GB2312");
            CharsetEncoder big5 = encoder("Big5");
            for (char c = 0x4E00; c <= 0x9FFF; c++) {
                if (gb != null && inRange(gb, c, 0xB0A1, 0xD7F9) || big5 != null && inRange(big5, c, 0xA440, 0xC67E)) {
                    set.set(c);
                }
            }
            return set;
        }

        private static CharsetEncoder encoder(String name) {
            return Charset.isSupported(name) ? Charset.forName(name).newEncoder() : null;
        }

        private static boolean inRange(CharsetEncoder encoder, char c, int first, int last) {
            if (!encoder.canEncode(c)) {
                return false;
            }
            try {
                ByteBuffer b = encoder.encode(CharBuffer.wrap(new char[] {c}));
                if (b.remaining() != 2) {
                    return false;
                }
                int code = (b.get(0) & 0xFF) << 8 | (b.get(1) & 0xFF);
                return code >= first && code <= last;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
    }
}
