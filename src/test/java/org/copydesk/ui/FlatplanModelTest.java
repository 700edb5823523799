package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.copydesk.desk.Desk;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.Copyfit;
import org.junit.jupiter.api.Test;

/** The flatplan's figures per page, from the real composer and, for the sample, the real preflight. */
class FlatplanModelTest {
    private final FlatplanModel model = new FlatplanModel(TestWindow.COMPOSER);

    @Test
    void fixtureGivesEachPageItsSectionFillAndFindingsInPageOrder() {
        var findings = List.of(
                new Finding(Severity.ERROR, Check.EMPTY_HEADLINE, 1, FixtureEdition.BRIDGE_STORY, "e"),
                new Finding(Severity.WARNING, Check.LOW_RESOLUTION, 1, FixtureEdition.BRIDGE_PHOTO, "w"),
                // No page of its own: shown where the market story opens, page 2.
                new Finding(Severity.WARNING, Check.MISSING_CREDIT, 0, FixtureEdition.MARKET_STORY, "w"),
                // About the edition as a whole: on no page.
                new Finding(Severity.ERROR, Check.UNPLACED_STORY, 0, "", "e"));

        var pages = model.pages(FixtureEdition.content(), findings);

        assertThat(pages).extracting(FlatplanModel.PageFigures::number).containsExactly(1, 2);
        assertThat(pages).extracting(FlatplanModel.PageFigures::section).containsExactly("要闻", "城市");
        // Tabloid grid 6 x 70 = 420 cells: page 1 has its 报头 6 x 9 + 4 x 31 + 2 x 20 = 218 of them, page 2 3 x 30 = 90.
        assertThat(pages).extracting(FlatplanModel.PageFigures::fillPercent).containsExactly(51, 21);
        assertThat(pages).extracting(FlatplanModel.PageFigures::oversetStories).containsExactly(0, 0);
        assertThat(pages).extracting(FlatplanModel.PageFigures::errors).containsExactly(1, 0);
        assertThat(pages).extracting(FlatplanModel.PageFigures::warnings).containsExactly(1, 1);
        assertThat(pages.get(0).layout().pageNumber()).isEqualTo(1);
        assertThat(pages.get(0).layout().frames()).hasSize(2);
    }

    @Test
    void aContinuedStoryIsOversetOnlyOnThePageOfItsOverflowingPart() {
        EditionContent fixture = FixtureEdition.content();
        Page one = fixture.page(1).orElseThrow();
        Page two = fixture.page(2).orElseThrow();
        // The bridge story squeezed into 2 x 6 on page 1, continued in 2 x 6 on page 2: too short for it.
        List<Placement> onOne = List.of(StoryPlacement.of(FixtureEdition.BRIDGE_STORY, new GridRect(0, 0, 2, 6), 0));
        List<Placement> onTwo = new ArrayList<>(two.placements());
        onTwo.add(StoryPlacement.of(FixtureEdition.BRIDGE_STORY, new GridRect(3, 0, 2, 6), 1));
        var content = new EditionContent(fixture.edition(),
                List.of(one.withPlacements(onOne), two.withPlacements(onTwo)), fixture.articles(), fixture.photos());

        var pages = model.pages(content, List.of());

        Copyfit bridge = TestWindow.COMPOSER.compose(content, 2).copyfits().stream()
                .filter(c -> c.articleId().equals(FixtureEdition.BRIDGE_STORY)).findFirst().orElseThrow();
        assertThat(bridge.oversetChars()).isPositive();
        assertThat(pages.get(0).oversetStories()).isZero();
        assertThat(pages.get(0).oversetChars()).isZero();
        assertThat(pages.get(1).oversetStories()).isEqualTo(1);
        assertThat(pages.get(1).oversetChars()).isEqualTo(bridge.oversetChars());
    }

    @Test
    void fillCountsOverlappingCellsOnceAndOnlyTheGridsOwn() {
        var spec = PageSpec.tabloid();
        var page = new Page("p", "e", 2, "", spec, List.of(
                StoryPlacement.of("a", new GridRect(0, 0, 6, 35), 0),
                StoryPlacement.of("b", new GridRect(0, 30, 3, 10), 0),
                // Runs past the grid's right and bottom edges: only 2 x 10 of it is on the page.
                StoryPlacement.of("c", new GridRect(4, 60, 4, 20), 0)));
        // 210 + 3 x 5 + 20 = 245 of 420 cells = 58.3 %.
        assertThat(FlatplanModel.fillPercent(page)).isEqualTo(58);
        var full = page.withPlacements(List.of(StoryPlacement.of("a", new GridRect(0, 0, 6, 70), 0)));
        assertThat(FlatplanModel.fillPercent(full)).isEqualTo(100);
        var almost = page.withPlacements(List.of(StoryPlacement.of("a", new GridRect(0, 0, 6, 69), 0)));
        assertThat(FlatplanModel.fillPercent(almost)).isEqualTo(98);
        assertThat(FlatplanModel.fillPercent(page.withPlacements(List.of()))).isZero();
        // Page 1's masthead block fills its top rows (9 of the tabloid's 70) before any frame is placed.
        var front = new Page("p1", "e", 1, "", spec, List.of());
        assertThat(FlatplanModel.fillPercent(front)).isEqualTo(100 * 9 / 70);
    }

    @Test
    void sampleEditionCountsEveryPagedFindingOnItsPage() {
        EditionContent sample = SampleEdition.create();
        List<Finding> findings = Desk.around(TestWindow.COMPOSER).check().run(sample, Locale.SIMPLIFIED_CHINESE);

        var pages = model.pages(sample, findings);

        assertThat(pages).extracting(FlatplanModel.PageFigures::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(pages).extracting(FlatplanModel.PageFigures::section)
                .containsExactlyElementsOf(sample.pages().stream().map(Page::section).toList());
        long paged = findings.stream().filter(f -> PreflightModel.jumpFor(f, sample).pageNumber() != 0).count();
        assertThat(pages.stream().mapToLong(p -> p.errors() + p.warnings()).sum()).isEqualTo(paged);
        for (var page : pages) {
            assertThat(page.fillPercent()).isEqualTo(FlatplanModel.fillPercent(sample.page(page.number()).orElseThrow()));
            long oversetHere = page.layout().copyfits().stream().filter(Copyfit::overset).count();
            assertThat(page.oversetStories()).isLessThanOrEqualTo((int) oversetHere);
        }
        // The sample is made up to fill its pages.
        assertThat(pages).allSatisfy(p -> assertThat(p.fillPercent()).isGreaterThanOrEqualTo(90));
    }

    @Test
    void labelsSayPageSectionFillOversetAndPreflightInBothLanguages() {
        var layout = TestWindow.COMPOSER.compose(FixtureEdition.content(), 1);
        var troubled = new FlatplanModel.PageFigures(1, "要闻", layout, 87, 1, 120, 2, 1);
        var clean = new FlatplanModel.PageFigures(3, "", layout, 100, 0, 0, 0, 0, org.copydesk.model.ProofRound.FIRST);
        var cleanProof = new FlatplanModel.PageFigures(4, "", layout, 100, 0, 0, 0, 0, org.copydesk.model.ProofRound.CLEAN);

        UiText chinese = UiText.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(FlatplanModel.describe(chinese, troubled))
                .containsExactly("第1版 要闻 · 初校", "满版 87% · 超版 1 篇 120 字", "预检 2 错 1 警");
        assertThat(FlatplanModel.describe(chinese, clean)).containsExactly("第3版 · 初校", "满版 100% · 无超版", "预检无问题");
        assertThat(FlatplanModel.describe(chinese, cleanProof).get(0)).isEqualTo("第4版 · 清样");
        UiText english = UiText.forLocale(Locale.ENGLISH);
        assertThat(FlatplanModel.describe(english, troubled))
                .containsExactly("Page 1 要闻 · first proof", "Fill 87% · 1 story over by 120 chars", "Preflight: 2 errors, 1 warning");
    }

    @Test
    void neighbourStepsInPageOrderAndStopsAtTheEnds() {
        var pages = model.pages(FixtureEdition.content(), List.of());
        assertThat(FlatplanModel.neighbour(pages, 1, 1)).isEqualTo(OptionalInt.of(2));
        assertThat(FlatplanModel.neighbour(pages, 2, -1)).isEqualTo(OptionalInt.of(1));
        assertThat(FlatplanModel.neighbour(pages, 1, -1)).isEmpty();
        assertThat(FlatplanModel.neighbour(pages, 2, 1)).isEmpty();
        assertThat(FlatplanModel.neighbour(pages, 7, 1)).isEmpty();
    }
}
