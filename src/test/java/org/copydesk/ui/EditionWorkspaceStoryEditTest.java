package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.Test;

/** What the workspace tells its listeners when a keystroke replaces one story. */
class EditionWorkspaceStoryEditTest {
    private final List<Integer> composedPages = new ArrayList<>();
    private final PageComposer composer = (content, pageNumber) -> {
        composedPages.add(pageNumber);
        var page = content.page(pageNumber).orElseThrow();
        return new PageLayout(page.id(), pageNumber, page.spec(), List.of(), List.of(), List.of(), List.of(), List.of());
    };

    @Test
    void editingAStoryNamesItDuringTheNotificationOnlyAndKeepsTheOtherStoriesInPlace() {
        var workspace = new EditionWorkspace(composer);
        EditionContent opened = FixtureEdition.content();
        workspace.open(opened);
        var seen = new ArrayList<Optional<Article>>();
        workspace.contentProperty().addListener((obs, old, now) -> seen.add(workspace.lastStoryEdit()));
        Article market = opened.article(FixtureEdition.MARKET_STORY).orElseThrow();
        Article typed = market.withBody(List.of(new Block.Paragraph("农贸市场今晨开市，摊位前人头攒动。")));

        workspace.replaceArticle(typed);

        assertThat(seen).containsExactly(Optional.of(typed));
        assertThat(workspace.lastStoryEdit()).as("outside a notification").isEmpty();
        EditionContent now = workspace.content().orElseThrow();
        assertThat(now.articles()).extracting(Article::id)
                .containsExactlyElementsOf(opened.articles().stream().map(Article::id).toList());
        assertThat(now.article(FixtureEdition.MARKET_STORY)).contains(typed);
        assertThat(now.article(FixtureEdition.BRIDGE_STORY)).isEqualTo(opened.article(FixtureEdition.BRIDGE_STORY));
        assertThat(now.pages()).isEqualTo(opened.pages());
        assertThat(composedPages).as("only the page on screen is composed").containsOnly(1);
    }

    @Test
    void aNewStoryOrAPageChangeIsNotAStoryEdit() {
        var workspace = new EditionWorkspace(composer);
        EditionContent opened = FixtureEdition.content();
        workspace.open(opened);
        var seen = new ArrayList<Optional<Article>>();
        workspace.contentProperty().addListener((obs, old, now) -> seen.add(workspace.lastStoryEdit()));
        var now = Instant.parse("2026-11-26T09:00:00Z");
        var fresh = new Article("art-new", opened.edition().id(), "", "新稿", "", "", List.of(), ArticleStatus.DRAFT,
                0, 0, now, now);

        workspace.replaceArticle(fresh);
        var first = opened.pages().get(0);
        workspace.replacePage(new Page(first.id(), first.editionId(), first.number(), first.section() + "・特刊", first.spec(), first.placements()));

        assertThat(seen).containsExactly(Optional.empty(), Optional.empty());
        assertThat(workspace.content().orElseThrow().article("art-new")).contains(fresh);
    }
}
