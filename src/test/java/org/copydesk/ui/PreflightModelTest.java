package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;
import org.junit.jupiter.api.Test;

class PreflightModelTest {
    private final QueuedWork work = new QueuedWork();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicReference<EditionContent> content = new AtomicReference<>(FixtureEdition.content());
    /** Each check reports the headline of the bridge story it saw, so tests can tell which edition was checked. */
    private final List<String> checkedHeadlines = new ArrayList<>();
    private final PreflightModel model = new PreflightModel(this::fakeCheck, work, scheduler,
            () -> Optional.ofNullable(content.get()));

    private List<Finding> fakeCheck(EditionContent checked) {
        String headline = checked.article(FixtureEdition.BRIDGE_STORY).orElseThrow().headline();
        checkedHeadlines.add(headline);
        return List.of(
                new Finding(Severity.ERROR, Check.OVERSET, 1, FixtureEdition.BRIDGE_STORY, "overset: " + headline),
                new Finding(Severity.WARNING, Check.LOW_RESOLUTION, 1, FixtureEdition.BRIDGE_PHOTO, "low"),
                new Finding(Severity.WARNING, Check.PAGE_NOT_FILLED, 2, FixtureEdition.MARKET_STORY, "short"));
    }

    @Test
    void checkNowRunsInTheBackgroundAndCountsErrorsAndWarnings() {
        model.checkNow();
        assertThat(model.statusProperty().get()).isEqualTo(new PreflightModel.Status.Checking());
        assertThat(model.findings()).isEmpty();

        work.runAll();

        assertThat(model.findings()).hasSize(3);
        assertThat(model.statusProperty().get()).isEqualTo(new PreflightModel.Status.Checked(1, 2));
    }

    @Test
    void savesInABurstAreCheckedOnceTwoSecondsAfterTheLast() {
        model.checkSoon();
        scheduler.advance(Duration.ofMillis(1500));
        model.checkSoon();
        scheduler.advance(Duration.ofMillis(1900));
        assertThat(work.size()).isZero();

        scheduler.advance(Duration.ofMillis(100));
        assertThat(work.size()).isEqualTo(1);
        work.runAll();
        assertThat(checkedHeadlines).hasSize(1);
    }

    @Test
    void aRequestDuringACheckIsServedOnceAfterItWithTheNewestEdition() {
        model.checkNow();
        rename("第一次改的标题");
        model.checkNow();
        rename("第二次改的标题");
        model.checkNow();
        assertThat(work.size()).as("one check at a time").isEqualTo(1);

        work.runAll();

        assertThat(checkedHeadlines).containsExactly("江澜二桥今日通车", "第二次改的标题");
        assertThat(model.findings().get(0).message()).isEqualTo("overset: 第二次改的标题");
    }

    @Test
    void checkingNowDropsTheDelayedCheck() {
        model.checkSoon();
        model.checkNow();
        work.runAll();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(work.size()).isZero();
        assertThat(checkedHeadlines).hasSize(1);
    }

    @Test
    void aFailedCheckSaysWhyAndKeepsTheLastFindings() {
        model.checkNow();
        work.runAll();
        var failing = new PreflightModel(c -> {
            throw new IllegalStateException("font file unreadable");
        }, work, scheduler, () -> Optional.of(content.get()));

        failing.checkNow();
        work.runAll();

        assertThat(failing.statusProperty().get()).isEqualTo(new PreflightModel.Status.Failed("font file unreadable"));
        assertThat(model.findings()).hasSize(3);
    }

    @Test
    void nothingIsCheckedWithoutAnEdition() {
        content.set(null);
        model.checkNow();
        assertThat(work.size()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo(new PreflightModel.Status.NotChecked());
    }

    @Test
    void aFindingJumpsToItsPageAndSelectsItsStoryOrPhoto() {
        EditionContent c = FixtureEdition.content();
        assertThat(PreflightModel.jumpFor(new Finding(Severity.WARNING, Check.PAGE_NOT_FILLED, 2, FixtureEdition.MARKET_STORY, "m"), c))
                .isEqualTo(new PreflightModel.Jump(2, new Selection.Story(FixtureEdition.MARKET_STORY)));
        assertThat(PreflightModel.jumpFor(new Finding(Severity.WARNING, Check.LOW_RESOLUTION, 1, FixtureEdition.BRIDGE_PHOTO, "m"), c))
                .isEqualTo(new PreflightModel.Jump(1, new Selection.Picture(FixtureEdition.BRIDGE_PHOTO)));
        assertThat(PreflightModel.jumpFor(new Finding(Severity.ERROR, Check.LAYOUT, 2, "page-2", "m"), c))
                .as("a page-wide finding opens the page and selects nothing")
                .isEqualTo(new PreflightModel.Jump(2, new Selection.Nothing()));
    }

    @Test
    void anEditionWideFindingOpensThePageWhereItsStoryOpensOrStaysForAnUnplacedStory() {
        EditionContent c = FixtureEdition.content();
        assertThat(PreflightModel.jumpFor(new Finding(Severity.WARNING, Check.UNRESOLVED_JUMP, 0, FixtureEdition.MARKET_STORY, "m"), c))
                .isEqualTo(new PreflightModel.Jump(2, new Selection.Story(FixtureEdition.MARKET_STORY)));
        Article loose = c.article(FixtureEdition.MARKET_STORY).orElseThrow();
        var withUnplaced = new EditionContent(c.edition(), c.pages(),
                List.of(c.articles().get(0), c.articles().get(1), new Article("art-loose", c.edition().id(), "", "未上版",
                        "", "", loose.body(), loose.status(), 0, 1, loose.created(), loose.updated())), c.photos());
        assertThat(PreflightModel.jumpFor(new Finding(Severity.WARNING, Check.UNPLACED_STORY, 0, "art-loose", "m"), withUnplaced))
                .isEqualTo(new PreflightModel.Jump(0, new Selection.Story("art-loose")));
    }

    private void rename(String headline) {
        EditionContent c = content.get();
        var articles = c.articles().stream()
                .map(a -> a.id().equals(FixtureEdition.BRIDGE_STORY) ? a.withHeadlines(a.kicker(), headline, a.subtitle()) : a)
                .toList();
        content.set(new EditionContent(c.edition(), c.pages(), articles, c.photos()));
    }
}
