package org.copydesk.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;

/**
 * Turns a proposed story into an {@link Article}: kicker, headline, subtitle and reporter line onto
 * the article, the lead (with its dateline run in), body, subheads and end bylines as blocks. Jump
 * lines are not stored (the composer writes them where the story breaks), and captions cannot be:
 * the model keeps a caption on its photo, and page text brings no photo; both are reported as left
 * out so the editor can attach the captions when the photos come in.
 */
public final class SplitArticles {
    private static final Words WORDS = Words.ofPackage(SplitArticles.class);
    /** The dateline and the reporter in brackets that may follow it: 本报讯（记者 陈雨）. */
    private static final Pattern DATELINE = Pattern.compile(
            PageTextCues.DATELINE_START.pattern() + "(?:[（(][^）)]{1,30}[）)])?[\\s\u3000]*");
    private static final Pattern MARKER = Pattern.compile("^[▶►□■●◆◇○▲△][\\s\u3000]*");

    private SplitArticles() {
    }

    /** The article for {@code story}, or why it cannot be one (no headline, no text). */
    public static Article toArticle(ProposedStory story, String sourceName, String articleId, String editionId,
                                    Instant when) {
        problem(story, sourceName).ifPresent(problem -> {
            throw new StoryImportException(problem);
        });
        List<Block> body = new ArrayList<>();
        for (ProposedStory.Paragraph p : story.paragraphs()) {
            switch (p.kind()) {
                case LEAD -> body.add(lead(p.text()));
                case BODY -> body.add(new Block.Paragraph(p.text()));
                case SUBHEAD -> body.add(new Block.Subhead(MARKER.matcher(p.text()).replaceFirst("")));
                case BYLINE -> body.add(new Block.EndByline(p.text()));
                default -> {
                    // a jump line: the composer sets it where the story breaks
                }
            }
        }
        String reporter = MARKER.matcher(story.reporterLine()).replaceFirst("");
        return new Article(articleId, editionId, story.kicker(), story.headline(), story.subtitle(), reporter, body,
                ArticleStatus.DRAFT, 0, 0, when, when);
    }

    /** Why {@code story} cannot be stored: it has no headline, or no lead or body paragraph. */
    public static Optional<String> problem(ProposedStory story, String sourceName) {
        if (story.headline().isBlank()) {
            return Optional.of(WORDS.format("split.noHeadline", sourceName, story.firstLine(), shorten(firstText(story))));
        }
        boolean text = story.paragraphs().stream().anyMatch(p -> p.kind() == SplitLabel.LEAD || p.kind() == SplitLabel.BODY);
        if (!text) {
            return Optional.of(WORDS.format("split.noBody", sourceName, story.firstLine(), story.headline()));
        }
        return Optional.empty();
    }

    private static Block lead(String text) {
        Matcher m = DATELINE.matcher(text);
        if (m.lookingAt() && m.end() < text.length()) {
            return new Block.Lead(text.substring(0, m.end()).strip(), text.substring(m.end()));
        }
        return new Block.Lead("", text);
    }

    private static String firstText(ProposedStory story) {
        return story.lines().isEmpty() ? "" : story.lines().get(0).text();
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= 20 ? s : s.substring(0, s.offsetByCodePoints(0, 20)) + "…";
    }
}
