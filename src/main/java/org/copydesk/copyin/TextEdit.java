package org.copydesk.copyin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One replacement in a text: {@code from} at {@code offset} (UTF-16 index) becomes {@code to}.
 * Edits of one text never overlap, so they can be applied in any order from the end backwards.
 */
public record TextEdit(int offset, String from, String to) {
    public TextEdit {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The end of the replaced text in the original. */
    public int end() {
        return offset + from.length();
    }

    /**
     * {@code text} with every edit made. Refuses edits that overlap or no longer match the text:
     * applying a stale proposal must not damage copy.
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset));
        var out = new StringBuilder(text.length());
        int at = 0;
        for (TextEdit edit : sorted) {
            if (edit.offset() < at || !text.startsWith(edit.from(), edit.offset())) {
                throw new IllegalArgumentException("edit does not match the text at " + edit.offset());
            }
            out.append(text, at, edit.offset()).append(edit.to());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
