package org.copydesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a query as the user typed them: split at spaces (ideographic spaces too), a part in
 * quotes ("..." or “...” or 「...」) kept whole.
 */
final class QueryWords {
    private QueryWords() {
    }

    static List<String> of(String query) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int closing = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (closing >= 0) {
                if (c == closing) {
                    add(words, word);
                    closing = -1;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '“' || c == '「') {
                add(words, word);
                closing = c == '"' ? '"' : c == '“' ? '”' : '」';
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                add(words, word);
            } else {
                word.append(c);
            }
        }
        add(words, word);
        return List.copyOf(words);
    }

    private static void add(List<String> words, StringBuilder word) {
        String w = word.toString().strip();
        if (!w.isEmpty()) {
            words.add(w);
        }
        word.setLength(0);
    }
}
