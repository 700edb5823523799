package org.copydesk.copyin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The paper's own 简繁 choices ({@code house-table.txt} next to this class): characters with more
 * than one counterpart, and whole words (names, fixed terms) converted as the paper writes them.
 */
final class HouseTable {
    private final Map<Script, Map<Integer, List<String>>> ambiguous = new EnumMap<>(Script.class);
    private final Map<Script, Map<String, String>> words = new EnumMap<>(Script.class);
    private int longestWord = 1;

    private HouseTable() {
        for (Script s : Script.values()) {
            ambiguous.put(s, new HashMap<>());
            words.put(s, new HashMap<>());
        }
    }

    static HouseTable builtIn() {
        try (InputStream in = Objects.requireNonNull(HouseTable.class.getResourceAsStream("house-table.txt"),
                "house-table.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the table; a malformed line is a programming error in the shipped file, so it throws. */
    static HouseTable parse(String source) {
        var table = new HouseTable();
        int number = 0;
        for (String raw : source.lines().toList()) {
            number++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            String[] f = line.strip().split("\\s+");
            if (f.length == 1 && f[0].isEmpty()) {
                continue;
            }
            table.add(f, number);
        }
        return table;
    }

    private void add(String[] f, int line) {
        Script to = f[0].startsWith("s2t") ? Script.TRADITIONAL : f[0].startsWith("t2s") ? Script.SIMPLIFIED : null;
        if (to == null || f.length < 3) {
            throw new IllegalArgumentException("house-table.txt line " + line + ": " + String.join(" ", f));
        }
        if (f[0].endsWith("-char")) {
            if (f[1].codePointCount(0, f[1].length()) != 1) {
                throw new IllegalArgumentException("house-table.txt line " + line + ": one character expected");
            }
            ambiguous.get(to).put(f[1].codePointAt(0), List.copyOf(Arrays.asList(f).subList(2, f.length)));
        } else {
            if (f.length != 3 || f[1].codePointCount(0, f[1].length()) != f[2].codePointCount(0, f[2].length())) {
                throw new IllegalArgumentException("house-table.txt line " + line + ": a word and its conversion of equal length expected");
            }
            words.get(to).put(f[1], f[2]);
            longestWord = Math.max(longestWord, f[1].codePointCount(0, f[1].length()));
        }
    }

    /** The counterparts of a character that has several when converting into {@code to}; empty if none. */
    List<String> alternatives(Script to, int codePoint) {
        return ambiguous.get(to).getOrDefault(codePoint, List.of());
    }

    /** Whether the character has several counterparts in either direction. */
    boolean isAmbiguous(int codePoint) {
        return ambiguous.values().stream().anyMatch(m -> m.containsKey(codePoint));
    }

    Map<String, String> words(Script to) {
        return words.get(to);
    }

    int longestWord() {
        return longestWord;
    }
}
