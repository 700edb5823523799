package org.copydesk.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text pasted into a story's body from Word, WPS, a web page or an e-mail, made into the body's
 * plain form: one paragraph a line. Soft breaks (U+000B from Word, U+2028, {@code <br>}) end
 * paragraphs as hard ones do; runs of blank lines are one break; no-break and odd-width spaces are
 * plain spaces; the full-width indent reporters type (　　) and trailing spaces go, because the
 * composer indents. Fonts, colours and sizes never come along: only text is read, from HTML too.
 * Pure and headless, so the window's paste and the tests share it.
 */
public final class PastedText {
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]");
    private static final Pattern DROPPED_ELEMENTS = Pattern.compile(
            "(?is)<(script|style|head|title|xml|template)\\b[^>]*+>.*?</\\1\\s*>|<!--.*?-->|<!\\[.*?\\]>|<!DOCTYPE[^>]*+>|<\\?[^>]*+>");
    private static final Pattern TAG = Pattern.compile("(?s)<(/?)([a-zA-Z][a-zA-Z0-9:]*)\\b[^>]*+>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "li", "h1", "h2", "h3",
            "h4", "h5", "h6", "tr", "blockquote", "pre", "section", "article", "header", "footer", "table", "ul", "ol",
            "dd", "dt", "hr", "figcaption", "figure", "caption", "address");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("nbsp", "\u00A0"), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("middot", "·"),
            Map.entry("emsp", "\u2003"), Map.entry("ensp", "\u2002"), Map.entry("thinsp", "\u2009"),
            Map.entry("times", "×"), Map.entry("yen", "¥"), Map.entry("copy", "©"), Map.entry("deg", "°"));

    private PastedText() {
    }

    /**
     * Plain text as the body takes it. Text without any line break (a phrase pasted into a
     * sentence) keeps its own spaces at the ends; only its odd spaces become plain ones.
     */
    public static String plain(String text) {
        String[] lines = LINE_BREAKS.split(text, -1);
        if (lines.length == 1) {
            return spaces(text);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            String clean = ParagraphText.strip(spaces(line));
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return String.join("\n", paragraphs);
    }

    /** The text of an HTML fragment (a web page or Word's HTML on the clipboard), paragraphs kept. */
    public static String fromHtml(String html) {
        String fragment = html;
        int start = fragment.indexOf("<!--StartFragment-->");
        int end = fragment.indexOf("<!--EndFragment-->");
        if (start >= 0 && end > start) {
            fragment = fragment.substring(start + "<!--StartFragment-->".length(), end);
        }
        fragment = DROPPED_ELEMENTS.matcher(fragment).replaceAll(" ");
        StringBuilder text = new StringBuilder(fragment.length());
        Matcher tag = TAG.matcher(fragment);
        int at = 0;
        while (tag.find()) {
            text.append(collapse(fragment.substring(at, tag.start())));
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (BLOCKS.contains(name)) {
                text.append('\n');
            } else if (name.equals("td") || name.equals("th")) {
                text.append(tag.group(1).isEmpty() ? " " : "");
            }
            at = tag.end();
        }
        text.append(collapse(fragment.substring(at)));
        return plain(decode(text.toString()));
    }

    /** HTML source whitespace (line ends in the markup included) is one space; a stray '<' stays text. */
    private static String collapse(String s) {
        return s.replaceAll("[ \t\r\n\f]+", " ");
    }

    private static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#")) {
                int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                replacement = Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)
                        ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = NAMED.getOrDefault(name, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** No-break, figure, thin and other fixed-width spaces are plain spaces; invisible marks go. */
    static String spaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\u00A0' || cp == '\u2007' || cp == '\u202F' || cp == '\t' || (cp >= '\u2000' && cp <= '\u200A')) {
                out.append(' ');
            } else if (cp != '\u200B' && cp != '\uFEFF' && cp != '\u00AD') {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
