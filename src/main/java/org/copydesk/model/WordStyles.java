package org.copydesk.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The paper's table from Word style names to story roles, used when a .docx or .doc is read in.
 * Names match without regard to case and spaces, so Word's internal {@code heading 1}, its style id
 * {@code Heading1} and a user's {@code Heading 1} are one entry; 标题 1 and 标题1 likewise.
 *
 * @param entries style name as the user wrote it → role, in the order shown
 */
public record WordStyles(Map<String, WordStyleRole> entries) {
    /** Longest style name, in code points; Word itself allows 253. */
    public static final int MAX_NAME = 100;

    public WordStyles {
        Objects.requireNonNull(entries, "entries");
        var copy = new LinkedHashMap<String, WordStyleRole>();
        entries.forEach((name, role) -> {
            if (name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME) {
                throw new IllegalArgumentException("impossible Word style name: " + name);
            }
            copy.put(name.strip(), Objects.requireNonNull(role, "role"));
        });
        entries = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The built-in table: the style names Word and WPS give their built-in styles, in English (as
     * a .docx stores them whatever the program's language) and Chinese (as WPS and some
     * templates store them), and the Chinese names a newsroom's own template would use.
     */
    public static WordStyles defaults() {
        var m = new LinkedHashMap<String, WordStyleRole>();
        for (String name : new String[] {"Title", "标题", "主题", "主标题", "Heading 1", "标题 1"}) {
            m.put(name, WordStyleRole.HEADLINE);
        }
        for (String name : new String[] {"Subtitle", "副标题", "副题"}) {
            m.put(name, WordStyleRole.SUBTITLE);
        }
        for (String name : new String[] {"引题", "肩题", "Kicker"}) {
            m.put(name, WordStyleRole.KICKER);
        }
        for (String name : new String[] {"Heading 2", "标题 2", "Heading 3", "标题 3", "小标题"}) {
            m.put(name, WordStyleRole.SUBHEAD);
        }
        for (String name : new String[] {"Normal", "正文", "Body Text", "正文文本", "Normal (Web)", "普通(网站)",
                "List Paragraph", "列出段落", "列表段落", "Quote", "引用", "Plain Text", "纯文本"}) {
            m.put(name, WordStyleRole.BODY);
        }
        for (String name : new String[] {"署名", "Signature", "签名"}) {
            m.put(name, WordStyleRole.BYLINE);
        }
        for (String name : new String[] {"Caption", "题注", "图片说明", "图注"}) {
            m.put(name, WordStyleRole.CAPTION);
        }
        for (String name : new String[] {"Header", "页眉", "Footer", "页脚", "TOC Heading", "TOC 标题", "toc 1", "目录 1"}) {
            m.put(name, WordStyleRole.IGNORE);
        }
        return new WordStyles(m);
    }

    /** The role of the first of {@code names} (a style's name, then its id) that the table holds. */
    public Optional<WordStyleRole> roleOf(String... names) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String key = key(name);
            for (Map.Entry<String, WordStyleRole> e : entries.entrySet()) {
                if (key(e.getKey()).equals(key)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** This table with {@code name} set to {@code role} (an entry matching it is replaced in place). */
    public WordStyles with(String name, WordStyleRole role) {
        var m = new LinkedHashMap<String, WordStyleRole>();
        boolean replaced = false;
        for (Map.Entry<String, WordStyleRole> e : entries.entrySet()) {
            if (!replaced && key(e.getKey()).equals(key(name))) {
                m.put(name.strip(), role);
                replaced = true;
            } else if (!key(e.getKey()).equals(key(name))) {
                m.put(e.getKey(), e.getValue());
            }
        }
        if (!replaced) {
            m.put(name.strip(), role);
        }
        return new WordStyles(m);
    }

    /** This table without the entry matching {@code name}. */
    public WordStyles without(String name) {
        var m = new LinkedHashMap<String, WordStyleRole>();
        entries.forEach((n, r) -> {
            if (!key(n).equals(key(name))) {
                m.put(n, r);
            }
        });
        return new WordStyles(m);
    }

    /** The form names are compared in: lower case, without spaces. */
    static String key(String name) {
        return name.replaceAll("[\\s\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
