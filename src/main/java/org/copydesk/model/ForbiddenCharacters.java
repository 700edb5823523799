package org.copydesk.model;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one rule for which characters may be in any text of an edition, however it arrives (a
 * story file, an edition package, a paste into the window): none that has no place in a story and
 * could hide or reorder text, or break a database (PostgreSQL refuses NUL). Refused are C0/C1
 * controls other than tab and line ends, bidi embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069, the "Trojan Source" set), unpaired surrogates, and U+FFFD left behind by an
 * earlier lossy conversion.
 */
public final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    /**
     * The first forbidden character of a text and where it is.
     *
     * @param line      1-based; CRLF, CR and LF each end a line
     * @param column    1-based, in characters (code points), so an emoji is one
     * @param codePoint the character
     * @param reason    why it is refused, in English, fit to follow the code point in a message
     */
    public record Found(int line, int column, int codePoint, String reason) {

        /** {@code line 3:7: U+202E bidirectional override character}. */
        public String describe() {
            return String.format("line %d:%d: %s %s", line, column, ForbiddenCharacters.codePoint(codePoint), reason);
        }
    }

    /**
     * A text with its forbidden characters taken out.
     *
     * @param text    what is left
     * @param removed the distinct characters that were taken out, in code point order
     */
    public record Cleaned(String text, Set<Integer> removed) {
        public Cleaned {
            removed = Set.copyOf(removed);
        }

        public boolean changed() {
            return !removed.isEmpty();
        }

        /** {@code U+0000, U+202E}: the removed characters for a message. */
        public String removedList() {
            return String.join(", ", new TreeSet<>(removed).stream().map(ForbiddenCharacters::codePoint).toList());
        }
    }

    /** The first forbidden character of {@code text}, if any. One pass, linear in the length. */
    public static Optional<Found> first(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String problem = reason(cp);
            if (problem != null) {
                return Optional.of(new Found(line, column, cp, problem));
            }
            if (cp == '\n' || cp == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                line++;
                column = 1;
            } else if (cp != '\r') {
                column++;
            }
        }
        return Optional.empty();
    }

    /** {@code text} without its forbidden characters, and which ones went. */
    public static Cleaned remove(String text) {
        Set<Integer> removed = new TreeSet<>();
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (reason(cp) != null) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed.add(cp);
            } else if (kept != null) {
                kept.append(text, i, next);
            }
            i = next;
        }
        return new Cleaned(kept == null ? text : kept.toString(), removed);
    }

    /** Why {@code cp} is refused, or null when it is allowed. */
    public static String reason(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return null;
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return cp == 0 ? "NUL character" : "control character";
        }
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return "bidirectional override character";
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return "unpaired surrogate";
        }
        if (cp == 0xFFFD) {
            return "replacement character (the text was damaged by an earlier conversion)";
        }
        return null;
    }

    /** {@code U+202E}, {@code U+1F600}. */
    public static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }
}
