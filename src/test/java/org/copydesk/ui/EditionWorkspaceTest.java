package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.EditionContent;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.Test;

class EditionWorkspaceTest {
    private final List<EditionContent> composedFrom = new ArrayList<>();
    private final List<Integer> composedPages = new ArrayList<>();

    /** Records what it was asked to compose; the copyfit carries the headline length to tell values apart. */
    private final PageComposer composer = (content, pageNumber) -> {
        composedFrom.add(content);
        composedPages.add(pageNumber);
        var page = content.page(pageNumber).orElseThrow();
        var fits = page.placements().stream()
                .map(p -> new Copyfit(p.contentId(), content.article(p.contentId()).map(a -> a.headline().length()).orElse(0), 0, 0, 0, -1))
                .toList();
        return new PageLayout(page.id(), pageNumber, page.spec(), List.of(), List.of(), List.of(), fits, List.of());
    };

    @Test
    void openingShowsTheFirstPageAndSelectingAStoryBringsItsPage() {
        var workspace = new EditionWorkspace(composer);
        workspace.open(FixtureEdition.content());
        assertThat(workspace.shownPageProperty().get()).isEqualTo(1);
        assertThat(workspace.layoutProperty().get().pageNumber()).isEqualTo(1);

        workspace.select(new Selection.Story(FixtureEdition.MARKET_STORY));

        assertThat(workspace.shownPageProperty().get()).isEqualTo(2);
        assertThat(workspace.layoutProperty().get().pageNumber()).isEqualTo(2);
        assertThat(workspace.selectionProperty().get().contentId()).contains(FixtureEdition.MARKET_STORY);
        assertThat(composedPages).containsExactly(1, 2);
    }

    @Test
    void anEditionOpenedWithItsPageComposedAheadIsNotComposedAgain() {
        var ahead = new EditionWorkspace(composer);
        ahead.open(FixtureEdition.content());
        PageLayout page2 = composer.compose(FixtureEdition.content(), 2);
        composedPages.clear();
        var workspace = new EditionWorkspace(composer);

        workspace.open(FixtureEdition.content(), page2);

        assertThat(composedPages).isEmpty();
        assertThat(workspace.shownPageProperty().get()).isEqualTo(2);
        assertThat(workspace.layoutProperty().get()).isSameAs(page2);
        assertThat(workspace.selectionProperty().get()).isInstanceOf(Selection.Nothing.class);
    }

    @Test
    void anEditedStoryIsRecomposedFromTheNewValue() {
        var workspace = new EditionWorkspace(composer);
        workspace.open(FixtureEdition.content());
        var bridge = workspace.content().orElseThrow().article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        PageLayout before = workspace.layoutProperty().get();

        workspace.replaceArticle(bridge.withHeadlines("", "江澜二桥今日正式通车", ""));

        assertThat(workspace.layoutProperty().get()).isNotSameAs(before);
        assertThat(composedFrom.get(composedFrom.size() - 1).article(FixtureEdition.BRIDGE_STORY).orElseThrow().headline())
                .isEqualTo("江澜二桥今日正式通车");
        assertThat(workspace.copyfit(FixtureEdition.BRIDGE_STORY)).map(Copyfit::charactersSet).contains(10);
    }

    @Test
    void editsFasterThanTheScreenAreComposedOnceFromTheNewestValue() {
        var queue = new ArrayList<Runnable>();
        var workspace = new EditionWorkspace(composer, queue::add);
        workspace.open(FixtureEdition.content());
        var bridge = workspace.content().orElseThrow().article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        composedPages.clear();

        workspace.replaceArticle(bridge.withHeadlines("", "江", ""));
        workspace.replaceArticle(bridge.withHeadlines("", "江澜", ""));
        workspace.replaceArticle(bridge.withHeadlines("", "江澜二桥", ""));
        assertThat(queue).hasSize(1);
        queue.remove(0).run();

        assertThat(composedPages).containsExactly(1);
        assertThat(workspace.copyfit(FixtureEdition.BRIDGE_STORY)).map(Copyfit::charactersSet).contains(4);
    }

    @Test
    void aPulseBeforeTheQueuedRunComposesTheEditAndTheQueuedRunThenDoesNothing() {
        var queue = new ArrayList<Runnable>();
        var workspace = new EditionWorkspace(composer, queue::add);
        workspace.open(FixtureEdition.content());
        var bridge = workspace.content().orElseThrow().article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        composedPages.clear();

        workspace.replaceArticle(bridge.withHeadlines("", "江澜二桥", ""));
        workspace.composeQueued();

        assertThat(composedPages).containsExactly(1);
        assertThat(workspace.copyfit(FixtureEdition.BRIDGE_STORY)).map(Copyfit::charactersSet).contains(4);
        queue.remove(0).run();
        workspace.composeQueued();
        assertThat(composedPages).containsExactly(1);

        // The next edit is queued again and composed once.
        workspace.replaceArticle(bridge.withHeadlines("", "江澜二桥通车", ""));
        assertThat(queue).hasSize(1);
        queue.remove(0).run();
        workspace.composeQueued();
        assertThat(composedPages).containsExactly(1, 1);
        assertThat(workspace.copyfit(FixtureEdition.BRIDGE_STORY)).map(Copyfit::charactersSet).contains(6);
    }

    @Test
    void aComposerFailureKeepsTheLastPicture() {
        var failing = new boolean[1];
        var workspace = new EditionWorkspace((content, page) -> {
            if (failing[0]) {
                throw new IllegalStateException("font file unreadable");
            }
            return composer.compose(content, page);
        });
        workspace.open(FixtureEdition.content());
        PageLayout shown = workspace.layoutProperty().get();
        failing[0] = true;

        workspace.replaceArticle(workspace.content().orElseThrow().articles().get(0).withByline("本报记者 甲"));

        assertThat(workspace.layoutProperty().get()).isSameAs(shown);
    }
}
