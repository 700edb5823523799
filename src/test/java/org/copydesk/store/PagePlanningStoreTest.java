package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning in the database: an edition's pages replaced and renumbered in one transaction, editions
 * created, changed and deleted, stories spiked and moved. {@code TestEditions}' edition "e1" has page 1
 * (要闻: the lead, its photo and a brief) and page 2 (城市: the lead's second part).
 */
class PagePlanningStoreTest {

    @TempDir
    Path dir;

    private Database database;
    private EditionRepository repo;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
        repo = database.repository();
        repo.insertEdition(TestEditions.edition("e1").build());
    }

    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    void prepareEmptyDatabase() throws Exception {
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private EditionContent e1() {
        return repo.loadEdition("e1").orElseThrow();
    }

    @Test
    void pagesAreRenumberedTogetherAndKeepTheirFrames() {
        EditionContent before = e1();
        Page front = before.page(1).orElseThrow();
        Page city = before.page(2).orElseThrow();
        Page added = new Page("e1-p3", "e1", 1, "", PageSpec.tabloid(), List.of());

        // Swapping numbers 1 and 2 and adding a page in front: every number changes in one go.
        repo.replacePages("e1", before.pages(), List.of(added, city.withNumber(2), front.withNumber(3)));

        EditionContent after = e1();
        assertThat(after.pages()).extracting(Page::id).containsExactly("e1-p3", "e1-p2", "e1-p1");
        assertThat(after.page(3).orElseThrow().placements()).isEqualTo(front.placements());
        assertThat(after.page(2).orElseThrow().placements()).isEqualTo(city.placements());
        assertThat(after.articles()).isEqualTo(before.articles());
    }

    @Test
    void aPageLeftOutIsDeletedWithItsFramesAndTheStoriesStay() {
        EditionContent before = e1();

        repo.replacePages("e1", before.pages(), List.of(before.page(2).orElseThrow().withNumber(1)));

        EditionContent after = e1();
        assertThat(after.pages()).extracting(Page::id).containsExactly("e1-p2");
        assertThat(after.articles()).hasSize(2);
        assertThat(after.photos()).hasSize(1);
    }

    @Test
    void pagesChangedSinceTheCallerLookedAreNotReplaced() {
        EditionContent before = e1();
        Page front = before.page(1).orElseThrow();
        repo.savePage(front.withPlacements(List.of()));
        EditionContent changed = e1();

        assertThatThrownBy(() -> repo.replacePages("e1", before.pages(), List.of(front.withNumber(1))))
                .isInstanceOf(StoreException.class).hasMessageContaining("changed");
        assertThat(e1()).isEqualTo(changed);
    }

    @Test
    void pagesThatRepeatANumberOrBelongElsewhereAreRefusedBeforeAnythingIsWritten() {
        EditionContent before = e1();
        List<Page> twice = new ArrayList<>(before.pages());
        twice.set(1, twice.get(1).withNumber(1));

        assertThatThrownBy(() -> repo.replacePages("e1", before.pages(), twice)).isInstanceOf(StoreException.class);
        Page foreign = new Page("x", "other", 3, "", PageSpec.tabloid(), List.of());
        List<Page> withForeign = new ArrayList<>(before.pages());
        withForeign.add(foreign);
        assertThatThrownBy(() -> repo.replacePages("e1", before.pages(), withForeign)).isInstanceOf(StoreException.class);
        assertThat(e1()).isEqualTo(before);
    }

    @Test
    void anEditionIsCreatedChangedAndDeleted() {
        Edition next = new Edition("e2", "江澜周报", LocalDate.of(2026, 12, 4), 1235);
        repo.insertEdition(new EditionContent(next, List.of(new Page("e2-p1", "e2", 1, "", PageSpec.broadsheet(), List.of()),
                new Page("e2-p2", "e2", 2, "", PageSpec.broadsheet(), List.of())), List.of(), List.of()));

        Edition changed = new Edition("e2", "江澜周报（特刊）", LocalDate.of(2026, 12, 5), 1236);
        repo.updateEdition(changed);

        assertThat(repo.loadEdition("e2").orElseThrow().edition()).isEqualTo(changed);
        assertThat(repo.loadEdition("e2").orElseThrow().pages()).hasSize(2);
        assertThat(repo.latestEdition()).contains(changed);
        assertThatThrownBy(() -> repo.updateEdition(new Edition("none", "x", LocalDate.EPOCH, 1)))
                .isInstanceOf(StoreException.class);

        repo.deleteEdition("e2");
        assertThat(repo.loadEdition("e2")).isEmpty();
        assertThat(repo.editions()).extracting(Edition::id).containsExactly("e1");
    }

    @Test
    void aSpikedStoryLeavesEveryPageAndStaysWithANewRevision() {
        Article lead = e1().articles().get(0);

        Article spiked = repo.spikeStory(lead.id(), lead.version());

        EditionContent after = e1();
        assertThat(spiked.status()).isEqualTo(ArticleStatus.SPIKED);
        assertThat(after.article(lead.id())).contains(spiked);
        assertThat(after.pages()).flatMap(Page::placements)
                .noneMatch(p -> p instanceof StoryPlacement s && s.articleId().equals(lead.id()));
        assertThat(after.page(1).orElseThrow().placements()).as("the photo and the brief stay").hasSize(2);
        assertThat(repo.revisions(lead.id())).extracting(r -> r.article().status())
                .containsExactly(ArticleStatus.SPIKED, lead.status());
        assertThatThrownBy(() -> repo.spikeStory(lead.id(), lead.version())).isInstanceOf(StaleArticleException.class);
    }

    @Test
    void aStorySavedSpikedFromTheEditorLeavesThePagesToo() {
        Article lead = e1().articles().get(0);

        repo.saveArticle(lead.withStatus(ArticleStatus.SPIKED));

        assertThat(e1().pages()).flatMap(Page::placements).noneMatch(p -> p.contentId().equals(lead.id()));
    }

    @Test
    void aMovedStoryGoesToTheEndOfTheOtherEditionAndLeavesItsOldPages() {
        repo.insertEdition(TestEditions.edition("e2").dated(LocalDate.of(2026, 12, 4), 1235).build());
        Article brief = e1().articles().get(1);

        Article moved = repo.moveStory(brief.id(), "e2", brief.version());

        assertThat(moved.editionId()).isEqualTo("e2");
        assertThat(moved.version()).isEqualTo(brief.version() + 1);
        assertThat(repo.loadEdition("e2").orElseThrow().articles()).extracting(Article::id)
                .containsExactly("e2-lead", "e2-brief", brief.id());
        assertThat(e1().articles()).extracting(Article::id).doesNotContain(brief.id());
        assertThat(e1().pages()).flatMap(Page::placements).noneMatch(p -> p.contentId().equals(brief.id()));
    }
}
