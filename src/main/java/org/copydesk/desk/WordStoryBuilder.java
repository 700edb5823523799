package org.copydesk.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.copydesk.exchange.StoryImportException;
import org.copydesk.exchange.StoryTextFormat;
import org.copydesk.exchange.WordContent;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.WordStyleRole;
import org.copydesk.model.WordStyles;

/**
 * Turns a Word document's paragraphs into a story with the paper's style table. Where the
 * document uses no headline styles (most reporters type the title in Normal and make it bold), the
 * short lines at the top that do not end a sentence and stand out (bold, centred or larger) are
 * the headline stack: the largest is the 主题, those above it 引题, those below it 副题.
 */
final class WordStoryBuilder {
    private static final Words WORDS = Words.ofPackage(WordStoryBuilder.class);
    /** A headline line longer than this is a sentence, not a title. */
    static final int MAX_TITLE_LINE = 40;
    /** A fallback headline (first line, not marked out in any way) may be a little longer. */
    static final int MAX_PLAIN_TITLE = 60;
    /** A bold line in the body this short that ends no sentence is a 小标题. */
    static final int MAX_SUBHEAD = 30;
    private static final String SENTENCE_ENDS = "。！？；…!?;";

    /** The story and the captions the document gives its pictures, by picture index. */
    record Built(Article article, Map<Integer, String> captions, List<String> notes) {
    }

    private WordStoryBuilder() {
    }

    static Built build(WordContent content, WordStyles styles, String sourceName, String editionId) {
        List<WordContent.Paragraph> paragraphs = content.paragraphs();
        List<WordStyleRole> roles = new ArrayList<>(paragraphs.size());
        Set<String> unknownStyles = new LinkedHashSet<>();
        for (WordContent.Paragraph p : paragraphs) {
            WordStyleRole role = p.fromTable() ? WordStyleRole.BODY
                    : styles.roleOf(p.styleName(), p.styleId()).orElse(WordStyleRole.BODY);
            if (!p.fromTable() && !p.styleName().isBlank() && styles.roleOf(p.styleName(), p.styleId()).isEmpty()) {
                unknownStyles.add(p.styleName());
            }
            roles.add(role);
        }
        int headline = roles.indexOf(WordStyleRole.HEADLINE);
        if (headline < 0) {
            markTitleLines(paragraphs, roles);
        } else {
            // A styled headline under a title-shaped Normal line: that line is the kicker typed without its style.
            for (int i = 0; i < headline; i++) {
                if (roles.get(i) == WordStyleRole.BODY && isTitleShaped(paragraphs.get(i), MAX_TITLE_LINE)
                        && !StoryTextFormat.isReporterLine(paragraphs.get(i).text())) {
                    roles.set(i, WordStyleRole.KICKER);
                }
            }
        }
        return assemble(paragraphs, roles, unknownStyles, sourceName, editionId);
    }

    /** Finds the headline stack of a document without headline styles (see the class comment). */
    private static void markTitleLines(List<WordContent.Paragraph> paragraphs, List<WordStyleRole> roles) {
        int start = 0;
        while (start < roles.size() && (roles.get(start) == WordStyleRole.KICKER || roles.get(start) == WordStyleRole.IGNORE)) {
            start++;
        }
        double bodySize = paragraphs.stream().filter(p -> !p.bold()).mapToDouble(WordContent.Paragraph::fontSizePt)
                .filter(s -> s > 0).min().orElse(0);
        int end = start;
        while (end < paragraphs.size() && end - start < 4 && roles.get(end) == WordStyleRole.BODY
                && standsOut(paragraphs.get(end), bodySize)) {
            end++;
        }
        if (end == start) {
            // Nothing marked out: the first line is the headline, as in a plain text file, if it can be one.
            if (start < paragraphs.size() && roles.get(start) == WordStyleRole.BODY && isTitleShaped(paragraphs.get(start), MAX_PLAIN_TITLE)) {
                roles.set(start, WordStyleRole.HEADLINE);
            }
            return;
        }
        int headline = start;
        for (int i = start; i < end; i++) {
            WordContent.Paragraph p = paragraphs.get(i);
            boolean dash = p.text().startsWith("—");
            if (!dash && (paragraphs.get(headline).text().startsWith("—") || p.fontSizePt() > paragraphs.get(headline).fontSizePt())) {
                headline = i;
            }
        }
        for (int i = start; i < end; i++) {
            roles.set(i, i < headline ? WordStyleRole.KICKER : i == headline ? WordStyleRole.HEADLINE : WordStyleRole.SUBTITLE);
        }
    }

    private static boolean standsOut(WordContent.Paragraph p, double bodySize) {
        boolean marked = p.bold() || p.centred() || (bodySize > 0 && p.fontSizePt() > bodySize);
        return marked && isTitleShaped(p, MAX_TITLE_LINE) && !StoryTextFormat.isReporterLine(p.text());
    }

    private static boolean isTitleShaped(WordContent.Paragraph p, int maxLength) {
        String text = p.text();
        return !p.fromTable() && text.codePointCount(0, text.length()) <= maxLength
                && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0
                && !(StoryTextFormat.firstParagraph(text) instanceof Block.Lead);
    }

    private static Built assemble(List<WordContent.Paragraph> paragraphs, List<WordStyleRole> roles,
                                  Set<String> unknownStyles, String sourceName, String editionId) {
        List<String> kicker = new ArrayList<>();
        List<String> headline = new ArrayList<>();
        List<String> subtitle = new ArrayList<>();
        String byline = "";
        List<Block> body = new ArrayList<>();
        Map<Integer, String> captions = new HashMap<>();
        int ignored = 0;
        boolean bodyStarted = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            WordContent.Paragraph p = paragraphs.get(i);
            String text = p.text();
            WordStyleRole role = roles.get(i);
            boolean firstHeadline = role == WordStyleRole.HEADLINE && headline.isEmpty();
            if (bodyStarted && !firstHeadline
                    && (role == WordStyleRole.KICKER || role == WordStyleRole.HEADLINE || role == WordStyleRole.SUBTITLE)) {
                role = WordStyleRole.SUBHEAD; // a heading inside the story heads a section of it
            }
            switch (role) {
                case KICKER -> kicker.add(text);
                case HEADLINE -> headline.add(text);
                case SUBTITLE -> subtitle.add(text);
                case SUBHEAD -> body.add(new Block.Subhead(text));
                case IGNORE -> ignored++;
                case CAPTION -> attachCaption(captions, p.picturesBefore(), text);
                case BYLINE -> {
                    if (!bodyStarted && byline.isEmpty()) {
                        byline = text.replaceFirst("^▶\\s*", "");
                    } else {
                        body.add(new Block.EndByline(StoryTextFormat.endBylineNames(text).orElse(text)));
                    }
                }
                case BODY -> {
                    var names = StoryTextFormat.endBylineNames(text);
                    if (!bodyStarted && byline.isEmpty() && StoryTextFormat.isReporterLine(text)) {
                        byline = text.replaceFirst("^▶\\s*", "");
                    } else if (names.isPresent()) {
                        body.add(new Block.EndByline(names.get()));
                    } else if (bodyStarted && isBoldSubhead(p)) {
                        body.add(new Block.Subhead(text));
                    } else {
                        body.add(bodyStarted ? new Block.Paragraph(text) : StoryTextFormat.firstParagraph(text));
                        bodyStarted = true;
                    }
                }
            }
        }
        if (headline.isEmpty()) {
            throw new StoryImportException(WORDS.format("word.noHeadline", sourceName));
        }
        if (body.stream().noneMatch(b -> b instanceof Block.Paragraph || b instanceof Block.Lead)) {
            throw new StoryImportException(WORDS.format("word.noBody", sourceName, String.join("\u3000", headline)));
        }
        List<String> notes = new ArrayList<>();
        if (ignored > 0) {
            notes.add(WORDS.format("word.note.ignored", sourceName, ignored));
        }
        if (!unknownStyles.isEmpty()) {
            notes.add(WORDS.format("word.note.unknownStyles", sourceName, String.join(", ", unknownStyles)));
        }
        Instant now = Instant.now();
        Article article = new Article(UUID.randomUUID().toString(), editionId, String.join("\u3000", kicker),
                String.join("\u3000", headline), String.join("\u3000", subtitle), byline, body, ArticleStatus.DRAFT,
                0, 0, now, now);
        return new Built(article, captions, notes);
    }

    private static boolean isBoldSubhead(WordContent.Paragraph p) {
        String text = p.text();
        return p.bold() && !p.fromTable() && text.codePointCount(0, text.length()) <= MAX_SUBHEAD
                && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Word puts a caption under its picture; a caption before any picture belongs to the next one. */
    private static void attachCaption(Map<Integer, String> captions, int picturesBefore, String text) {
        int picture = picturesBefore > 0 && !captions.containsKey(picturesBefore - 1) ? picturesBefore - 1 : picturesBefore;
        captions.merge(picture, text, (a, b) -> a + "\u3000" + b);
    }
}
