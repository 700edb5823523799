package org.copydesk.exchange;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;

/**
 * The story text format a reporter writes in any editor (see {@code docs/story-format.md}):
 * optional front matter between {@code ---} lines, then paragraphs; {@code ## } lines are
 * 小标题, a {@code 署名：} line is the end byline, and a dateline opening the first paragraph
 * (本报讯, 本报北京11月26日电, 新华社北京11月26日电 ...) makes it the lead. Without front matter the
 * first line is the headline, a following {@code ——} line the subtitle and a {@code 本报记者} line
 * the reporter line.
 *
 * <p>This class parses text that is already decoded and checked for forbidden characters; see
 * {@link StoryFileImporter} for files.
 */
public final class StoryTextFormat {
    private static final Words WORDS = Words.ofPackage(StoryTextFormat.class);

    private static final Pattern DATELINE = Pattern.compile(
            "^(本报讯|(?:本报|新华社|中新社|人民网|央视网)[^\\s，。0-9０-９]{0,12}?"
                    + "[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日电"
                    + "(?:[（(]记者[^）)]{1,30}[）)])?)[\\s\u3000]*");
    // Possessive runs of space and DOTALL: a greedy run followed by (.+)$ backtracks through every
    // split of the run when the line holds a character '.' does not match (U+2028), which made one
    // long line cost quadratic time.
    private static final Pattern END_BYLINE = Pattern.compile("^署名[:：][\\s\u3000]*+(.+)$", Pattern.DOTALL);
    private static final Pattern SUBHEAD = Pattern.compile("^#{2,3}[\\s\u3000]++(.+)$", Pattern.DOTALL);
    private static final Pattern REPORTER_LINE = Pattern.compile("^(?:▶\\s*)?(本报记者|本报通讯员|记者|通讯员|特约记者)[\\s\u3000].+");

    private static final Map<String, String> KEY_ALIASES = Map.ofEntries(
            Map.entry("kicker", "kicker"), Map.entry("引题", "kicker"), Map.entry("肩题", "kicker"),
            Map.entry("headline", "headline"), Map.entry("title", "headline"), Map.entry("主题", "headline"),
            Map.entry("标题", "headline"),
            Map.entry("subtitle", "subtitle"), Map.entry("副题", "subtitle"),
            Map.entry("byline", "byline"), Map.entry("作者", "byline"), Map.entry("记者", "byline"),
            Map.entry("status", "status"), Map.entry("状态", "status"),
            Map.entry("target", "target"), Map.entry("字数", "target"));

    private StoryTextFormat() {
    }

    /**
     * Parses a story.
     *
     * @param text       decoded text, any line endings
     * @param sourceName the file name, for messages
     * @param articleId  the id the new article gets
     * @param editionId  the edition it belongs to
     * @param when       its created/updated time
     * @throws StoryImportException naming the source and the problem
     */
    public static Article parse(String text, String sourceName, String articleId, String editionId, Instant when) {
        List<String> lines = List.of(normalizeLineEndings(text).split("\n", -1));
        Map<String, String> fields = new LinkedHashMap<>();
        int bodyStart = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            bodyStart = readFrontMatter(lines, sourceName, fields);
        }
        // A deque: taking the headline after a million blank lines must not shift the rest each time.
        Deque<String> body = new ArrayDeque<>(lines.subList(bodyStart, lines.size()));
        if (!fields.containsKey("headline")) {
            String first = takeFirstNonBlank(body);
            if (first == null) {
                throw new StoryImportException(WORDS.format("story.noText", sourceName));
            }
            fields.put("headline", first.replaceFirst("^#[\\s\u3000]+", ""));
            String next = peekFirstNonBlank(body);
            if (next != null && next.startsWith("——") && !fields.containsKey("subtitle")) {
                fields.put("subtitle", takeFirstNonBlank(body));
            }
        }
        String next = peekFirstNonBlank(body);
        if (next != null && !fields.containsKey("byline") && REPORTER_LINE.matcher(next).matches()) {
            fields.put("byline", takeFirstNonBlank(body).replaceFirst("^▶\\s*", ""));
        }
        String headline = fields.get("headline");
        if (headline == null || headline.isBlank()) {
            throw new StoryImportException(WORDS.format("story.noHeadline", sourceName));
        }
        List<Block> blocks = parseBody(body);
        if (blocks.isEmpty()) {
            throw new StoryImportException(WORDS.format("story.noBody", sourceName, headline.strip()));
        }
        ArticleStatus status = parseStatus(fields.get("status"), sourceName);
        int target = parseTarget(fields.get("target"), sourceName);
        return new Article(articleId, editionId, clean(fields.get("kicker")), clean(headline),
                clean(fields.get("subtitle")), clean(fields.get("byline")), blocks, status, target, 0, when, when);
    }

    /**
     * A story's first paragraph as this format reads it: a lead when it opens with a dateline
     * ({@code 本报讯}, {@code 新华社北京11月26日电}), else an ordinary paragraph. For other
     * importers (Word documents), so every way a story comes in finds the lead alike.
     */
    public static Block firstParagraph(String text) {
        Matcher m = DATELINE.matcher(text);
        if (m.lookingAt() && m.end() < text.length()) {
            return new Block.Lead(m.group(1), text.substring(m.end()));
        }
        return new Block.Paragraph(text);
    }

    /** Whether a line is a reporter line ({@code 本报记者 王晓明}, {@code ▶记者 李华}), for other importers. */
    public static boolean isReporterLine(String line) {
        return REPORTER_LINE.matcher(line).matches();
    }

    /** The names of an end byline line {@code 署名：王晓明　李华}, space-separated; empty for another line. */
    public static java.util.Optional<String> endBylineNames(String line) {
        Matcher m = line.startsWith("署名") ? END_BYLINE.matcher(line) : null;
        return m != null && m.matches() ? java.util.Optional.of(clean(m.group(1)).replaceAll("[\\s\u3000]+", " "))
                : java.util.Optional.empty();
    }

    static String normalizeLineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int readFrontMatter(List<String> lines, String sourceName, Map<String, String> fields) {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---")) {
                return i + 1;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = firstColon(line);
            if (colon <= 0) {
                throw new StoryImportException(WORDS.format("story.notKeyValue", sourceName, i + 1, shorten(line)));
            }
            String rawKey = line.substring(0, colon).strip();
            String key = KEY_ALIASES.get(rawKey.toLowerCase(Locale.ROOT));
            if (key == null) {
                throw new StoryImportException(WORDS.format("story.unknownKey", sourceName, i + 1, rawKey));
            }
            if (fields.containsKey(key)) {
                throw new StoryImportException(WORDS.format("story.keyTwice", sourceName, i + 1, rawKey));
            }
            fields.put(key, line.substring(colon + 1).strip());
        }
        throw new StoryImportException(WORDS.format("story.frontMatterOpen", sourceName));
    }

    /** Reporters type both ASCII and full-width colons. */
    private static int firstColon(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        if (ascii < 0) return wide;
        if (wide < 0) return ascii;
        return Math.min(ascii, wide);
    }

    /**
     * Paragraphs end at blank lines and at lines that end a sentence; a body without any blank
     * line has one paragraph per line.
     * Subheads and the end byline are always lines of their own.
     */
    private static List<Block> parseBody(Collection<String> lines) {
        boolean blankSeparated = hasBlankLineBetweenText(lines);
        BodyBlocks blocks = new BodyBlocks();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            String line = clean(raw);
            // Only lines that can be special meet a regex: a matcher per line was most of the cost.
            Matcher subhead = line.startsWith("##") ? SUBHEAD.matcher(line) : null;
            Matcher byline = line.startsWith("署名") ? END_BYLINE.matcher(line) : null;
            boolean isSubhead = subhead != null && subhead.matches();
            boolean isByline = byline != null && byline.matches();
            boolean startsIndented = raw.startsWith("\u3000") || raw.startsWith("  ");
            if (line.isEmpty() || isSubhead || isByline || !blankSeparated || startsIndented) {
                blocks.flush(paragraph);
            }
            if (isSubhead) {
                blocks.add(new Block.Subhead(clean(subhead.group(1))));
            } else if (isByline) {
                blocks.add(new Block.EndByline(clean(byline.group(1)).replaceAll("[\\s\u3000]+", " ")));
            } else if (!line.isEmpty()) {
                appendLine(paragraph, line);
                if (!blankSeparated || endsSentence(line)) {
                    blocks.flush(paragraph);
                }
            }
        }
        blocks.flush(paragraph);
        return blocks.list;
    }

    /**
     * A line ending a sentence ends its paragraph even without a blank line after it, so a file
     * with one paragraph per line and a few blank lines is not glued into one paragraph; only
     * lines broken mid-sentence (hard-wrapped) are joined.
     */
    private static boolean endsSentence(String line) {
        int last = line.codePointBefore(line.length());
        return "。！？…”’」』）)!?".indexOf(last) >= 0;
    }

    private static boolean hasBlankLineBetweenText(Collection<String> lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText = seenText;
            } else {
                if (blankAfterText) return true;
                seenText = true;
            }
        }
        return false;
    }

    /** Joins a hard-wrapped line: nothing between Han characters, one space between Latin words. */
    private static void appendLine(StringBuilder paragraph, String line) {
        if (paragraph.length() > 0) {
            int last = paragraph.codePointBefore(paragraph.length());
            int first = line.codePointAt(0);
            if (isLatinOrDigit(last) && isLatinOrDigit(first)) {
                paragraph.append(' ');
            }
        }
        paragraph.append(line);
    }

    private static boolean isLatinOrDigit(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    /** The blocks read so far, and whether a paragraph is among them (only the first can lead). */
    private static final class BodyBlocks {
        final List<Block> list = new ArrayList<>();
        // Kept rather than searched for: scanning the blocks on every paragraph was quadratic
        // in a body that opens with many subheads.
        private boolean hasParagraph;

        void add(Block block) {
            list.add(block);
        }

        void flush(StringBuilder paragraph) {
            if (paragraph.length() == 0) {
                return;
            }
            String text = paragraph.toString();
            paragraph.setLength(0);
            if (!hasParagraph) {
                hasParagraph = true;
                Matcher m = DATELINE.matcher(text);
                if (m.lookingAt() && m.end() < text.length()) { // anchored: no scan of a long paragraph
                    list.add(new Block.Lead(m.group(1), text.substring(m.end())));
                    return;
                }
            }
            list.add(new Block.Paragraph(text));
        }
    }

    private static ArticleStatus parseStatus(String value, String sourceName) {
        if (value == null || value.isBlank()) {
            return ArticleStatus.DRAFT;
        }
        return ArticleStatus.fromWord(value).orElseThrow(() ->
                new StoryImportException(WORDS.format("story.unknownStatus", sourceName, value.strip())));
    }

    private static int parseTarget(String value, String sourceName) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String digits = value.strip().replaceAll("[字\\s,，]", "");
        try {
            int n = Integer.parseInt(digits);
            if (n < 0 || n > 1_000_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new StoryImportException(WORDS.format("story.badTarget", sourceName, value.strip()));
        }
    }

    private static String takeFirstNonBlank(Deque<String> lines) {
        while (!lines.isEmpty()) {
            String line = lines.removeFirst();
            if (!line.isBlank()) {
                return clean(line);
            }
        }
        return null;
    }

    private static String peekFirstNonBlank(Collection<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).findFirst().map(StoryTextFormat::clean).orElse(null);
    }

    /** Strips ASCII and ideographic spaces at both ends (String.strip covers U+3000). */
    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= 30 ? s : s.substring(0, s.offsetByCodePoints(0, 30)) + "…";
    }
}
