package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.Test;

/**
 * The composer keeps what a page has besides its stories (masthead, running heads, 导读 boxes,
 * photos): a story's edit sets none of it again, and every page it composes equals a fresh
 * composer's, missing-glyph problems and their order included.
 */
class ComposerFurnitureTest {
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);
    private final EditionContent sample = SampleEdition.create();

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a story a 导读 box names", "a story no box names"})
    void typingInAStorySetsNothingButThatStoryAgain(String which) {
        for (Page page : sample.pages()) {
            composer.compose(sample, page.number());
        }
        long set = composer.furnitureSet();
        String typed = which.startsWith("a story a") ? indexBoxOnPage1().entries().get(0).articleId()
                : storyOnPage1NotInAnIndexBox();
        EditionContent edited = sample;
        for (int keystroke = 0; keystroke < 3; keystroke++) {
            edited = NewspaperComposerTest.replaceArticle(edited, typed, ComposerFurnitureTest::typeOneCharacter);
            for (Page page : sample.pages()) {
                assertThat(composer.compose(edited, page.number())).as("page %d", page.number())
                        .isEqualTo(fresh().compose(edited, page.number()));
            }
        }
        assertThat(composer.furnitureSet()).isEqualTo(set);
    }

    @Test
    void aStoryAnIndexBoxNamesSetsTheBoxAgainWhenItsHeadlineChanges() {
        IndexBoxPlacement box = indexBoxOnPage1();
        String named = box.entries().get(0).articleId();
        composer.compose(sample, 1);
        long set = composer.furnitureSet();

        EditionContent retitled = NewspaperComposerTest.replaceArticle(sample, named,
                a -> a.withHeadlines(a.kicker(), a.headline() + "新", a.subtitle()));
        assertThat(composer.compose(retitled, 1)).isEqualTo(fresh().compose(retitled, 1));
        assertThat(composer.furnitureSet() - set).as("the 导读 box only").isEqualTo(1);
    }

    @Test
    void aKeptCaptionReportsItsMissingGlyphsWhereASettingWould() {
        String missing = new String(Character.toChars(0xE000)); // private use: no glyph in the fonts
        String photoId = sample.page(1).orElseThrow().placements().stream()
                .filter(p -> p instanceof org.copydesk.model.PhotoPlacement).findFirst().orElseThrow().contentId();
        EditionContent withMissing = new EditionContent(sample.edition(), sample.pages(), sample.articles(),
                sample.photos().stream().map(p -> p.id().equals(photoId)
                        ? p.withCaption(new Caption("说明" + missing + "文字", "周明", "", CaptionKind.NEWS)) : p).toList());
        PageLayout first = composer.compose(withMissing, 1);
        assertThat(first.problems()).anyMatch(p -> p.kind() == LayoutProblem.Kind.MISSING_GLYPH
                && p.detail().contains(missing));

        EditionContent edited = NewspaperComposerTest.replaceArticle(withMissing, storyOnPage1NotInAnIndexBox(),
                a -> a.withBody(List.of(new Block.Paragraph("大桥" + missing + "完工。"))));
        long set = composer.furnitureSet();
        PageLayout kept = composer.compose(edited, 1);
        assertThat(composer.furnitureSet()).isEqualTo(set);
        assertThat(kept.problems()).isEqualTo(fresh().compose(edited, 1).problems());
        assertThat(kept).isEqualTo(fresh().compose(edited, 1));
    }

    private NewspaperComposer fresh() {
        return new NewspaperComposer(TypesetFixtures.FONTS);
    }

    private static Article typeOneCharacter(Article a) {
        List<Block> body = new ArrayList<>(a.body());
        int last = body.size() - 1;
        body.set(last, new Block.Paragraph(body.get(last).text() + "新"));
        return a.withBody(body);
    }

    private IndexBoxPlacement indexBoxOnPage1() {
        return sample.page(1).orElseThrow().placements().stream()
                .filter(p -> p instanceof IndexBoxPlacement).map(p -> (IndexBoxPlacement) p).findFirst().orElseThrow();
    }

    private String storyOnPage1NotInAnIndexBox() {
        List<String> named = sample.pages().stream().flatMap(p -> p.placements().stream())
                .filter(p -> p instanceof IndexBoxPlacement).flatMap(p -> ((IndexBoxPlacement) p).entries().stream())
                .map(org.copydesk.model.IndexEntry::articleId).toList();
        return sample.page(1).orElseThrow().placements().stream()
                .filter(p -> p instanceof org.copydesk.model.StoryPlacement)
                .map(Placement::contentId).filter(id -> !named.contains(id)).findFirst().orElseThrow();
    }
}
