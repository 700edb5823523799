package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.Test;

/** Missing glyphs, checked on the sample edition as the real composer sets it. */
class PreflightGlyphTest {
    /** 𪚥 (U+2A6A5) is in no bundled face. */
    private static final String RARE = "𪚥";
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();
    private static final EditionContent SAMPLE = SampleEdition.create();

    @Test
    void aMissingCharacterIsReportedOnceWithWhereItIs() {
        Article story = storyOnOnePage();
        EditionContent content = withFirstParagraph(story.id(), "站名“" + RARE + "石”取自当地古地名。");
        List<Finding> glyphs = glyphFindings(content);
        assertThat(glyphs).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.contentId()).isEqualTo(story.id());
            assertThat(f.message()).startsWith("characters missing from the fonts: " + RARE + " U+2A6A5 (body \"")
                    .contains("in Serif").doesNotContain("overset");
            assertThat(occurrences(f.message(), "U+2A6A5")).isEqualTo(1);
        });
    }

    @Test
    void aStoryOverTwoPagesReportsItsMissingCharacterOnceOnThePageWhereItIsSet() {
        Article story = storyOverTwoPages();
        EditionContent content = withFirstParagraph(story.id(), "站名“" + RARE + "石”取自当地古地名。");
        int firstPage = pagesOf(content, story.id()).get(0);
        assertThat(glyphFindings(content)).singleElement().satisfies(f -> {
            assertThat(f.contentId()).isEqualTo(story.id());
            assertThat(f.pageNumber()).isEqualTo(firstPage);
            assertThat(f.message()).contains("U+2A6A5", "body");
        });
    }

    @Test
    void theSameMissingCharacterTwiceInAStoryIsListedOnce() {
        Article story = storyOverTwoPages();
        EditionContent once = withFirstParagraph(story.id(), "站名“" + RARE + "石”。");
        Article changed = once.article(story.id()).orElseThrow();
        List<Block> body = new ArrayList<>(changed.body());
        body.add(new Block.Paragraph("又见" + RARE + "字。"));
        EditionContent content = replace(once, changed.withBody(body));
        List<Finding> glyphs = glyphFindings(content);
        assertThat(glyphs).hasSize(1);
        assertThat(occurrences(glyphs.get(0).message(), "U+2A6A5")).isEqualTo(1);
    }

    @Test
    void aMissingCharacterInOversetTextIsReportedAsSuch() {
        Article story = storyOnOnePage();
        List<Block> body = new ArrayList<>(story.body());
        body.add(new Block.Paragraph("长".repeat(6000)));
        body.add(new Block.Paragraph("结尾提到" + RARE + "石。"));
        EditionContent content = replace(SAMPLE, story.withBody(body));
        assertThat(new Preflight(COMPOSER, Locale.ENGLISH).check(content))
                .anyMatch(f -> f.check() == Check.OVERSET && f.contentId().equals(story.id()));
        assertThat(glyphFindings(content)).singleElement().satisfies(f -> {
            assertThat(f.contentId()).isEqualTo(story.id());
            assertThat(f.message()).contains("in overset text", "U+2A6A5", "body");
            assertThat(f.messageKey()).isEqualTo("missing-glyph.overset");
            assertThat(f.pageNumber()).isEqualTo(pagesOf(content, story.id()).get(0));
        });
    }

    @Test
    void aMissingCharacterInACaptionIsReportedOnceForThePhoto() {
        var photo = SAMPLE.photos().get(0);
        var caption = photo.caption();
        var changed = photo.withCaption(new org.copydesk.model.Caption(caption.text() + RARE, caption.photographer(),
                caption.credit(), caption.kind()));
        List<org.copydesk.model.Photo> photos = SAMPLE.photos().stream().map(p -> p.id().equals(photo.id()) ? changed : p).toList();
        EditionContent content = new EditionContent(SAMPLE.edition(), SAMPLE.pages(), SAMPLE.articles(), photos);
        assertThat(glyphFindings(content)).singleElement().satisfies(f -> {
            assertThat(f.contentId()).isEqualTo(photo.id());
            assertThat(f.message()).contains("U+2A6A5", "(caption \"");
        });
    }

    /** Overset text is checked in the faces StoryText names: they must be the ones the composer sets. */
    @Test
    void storyTextNamesTheFacesTheComposerSetsEachRoleIn() {
        int checked = 0;
        for (var page : SAMPLE.pages()) {
            var layout = COMPOSER.compose(SAMPLE, page.number());
            for (var frame : layout.frames()) {
                var article = SAMPLE.article(frame.contentId());
                if (article.isEmpty()) {
                    continue;
                }
                List<StoryText> pieces = StoryText.of(article.get(), COMPOSER.houseStyle());
                for (var line : frame.lines()) {
                    if (line.role() == org.copydesk.typeset.LineRole.JUMP_LINE) {
                        continue;
                    }
                    // A 竖题 or a vertical piece sets the story's own parts in a vertical role: the glyph
                    // check covers them as long as that part's text is listed in the face it is set in.
                    boolean vertical = line.role() == org.copydesk.typeset.LineRole.VERTICAL_HEADLINE
                            || line.role() == org.copydesk.typeset.LineRole.VERTICAL_TEXT;
                    for (var run : line.runs()) {
                        assertThat(pieces).as("%s line \"%s\"", line.role(), line.text())
                                .anyMatch(p -> (vertical || p.role() == line.role()) && p.face() == run.face());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void theSampleEditionHasNoMissingGlyphs() {
        assertThat(glyphFindings(SAMPLE)).isEmpty();
    }

    private static List<Finding> glyphFindings(EditionContent content) {
        return new Preflight(COMPOSER, Locale.ENGLISH).check(content).stream()
                .filter(f -> f.check() == Check.MISSING_GLYPH).toList();
    }

    private static Article storyOnOnePage() {
        return SAMPLE.articles().stream().filter(a -> pagesOf(SAMPLE, a.id()).size() == 1)
                .filter(a -> a.body().stream().anyMatch(b -> b instanceof Block.Paragraph || b instanceof Block.Lead))
                .findFirst().orElseThrow();
    }

    private static Article storyOverTwoPages() {
        return SAMPLE.articles().stream().filter(a -> pagesOf(SAMPLE, a.id()).size() == 2).findFirst().orElseThrow();
    }

    private static List<Integer> pagesOf(EditionContent content, String articleId) {
        return content.pages().stream()
                .filter(p -> p.placements().stream().anyMatch(pl -> pl instanceof StoryPlacement s && s.articleId().equals(articleId)))
                .map(p -> p.number()).distinct().sorted().toList();
    }

    /** Puts {@code text} at the start of the story's first paragraph (or lead), where it is surely set. */
    private static EditionContent withFirstParagraph(String articleId, String text) {
        Article article = SAMPLE.article(articleId).orElseThrow();
        List<Block> body = new ArrayList<>(article.body());
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Lead lead) {
                body.set(i, new Block.Lead(lead.dateline(), text + lead.body()));
                break;
            }
            if (body.get(i) instanceof Block.Paragraph paragraph) {
                body.set(i, new Block.Paragraph(text + paragraph.text()));
                break;
            }
        }
        return replace(SAMPLE, article.withBody(body));
    }

    private static EditionContent replace(EditionContent content, Article changed) {
        List<Article> articles = content.articles().stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList();
        return new EditionContent(content.edition(), content.pages(), articles, content.photos());
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
