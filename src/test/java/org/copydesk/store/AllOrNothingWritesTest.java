package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writing operation of the store is one transaction: a failure at any statement of it (a full
 * disk, a server gone, a process killed before the commit) leaves the database exactly as before.
 * The failure is injected half-way through each operation, after it has already written something.
 */
class AllOrNothingWritesTest {

    @TempDir
    Path dir;

    private FaultyDatabase database;
    private EditionRepository repo;

    /** Where the tests run: a fresh embedded database; a subclass runs them on PostgreSQL. */
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    void prepareEmptyDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = FaultyDatabase.open(location());
        repo = database.repository();
        repo.insertEdition(TestEditions.edition("e1").build());
        repo.insertEdition(TestEditions.edition("e2").build());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    /** A write as the application does it, given the repository. */
    @FunctionalInterface
    interface Write {
        void run(EditionRepository repo);
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("import of 3 stories, the 3rd insert fails", "INSERT INTO articles", 3,
                        (Write) r -> r.saveArticles(newStories("e1", 3))),
                Arguments.of("import of 3 stories, the 3rd revision fails", "INSERT INTO article_revisions", 3,
                        (Write) r -> r.saveArticles(newStories("e1", 3))),
                Arguments.of("import of 3 stories, the commit fails", "COMMIT", 1,
                        (Write) r -> r.saveArticles(newStories("e1", 3))),
                Arguments.of("sample --force: fails between delete and insert", "INSERT INTO editions", 1,
                        (Write) r -> r.replaceEdition(TestEditions.edition("e1").named("重建的样报").build(), r.loadEdition("e1"))),
                Arguments.of("sample --force: the last photo fails", "INSERT INTO photos", 1,
                        (Write) r -> r.replaceEdition(TestEditions.edition("e1").named("重建的样报").build(), r.loadEdition("e1"))),
                Arguments.of("import-edition: the photo fails", "INSERT INTO photos", 1,
                        (Write) r -> r.insertEdition(TestEditions.edition("e3").build())),
                Arguments.of("make-up: page saved, its placements fail", "INSERT INTO placements", 1,
                        (Write) r -> r.savePage(madeUp(r))),
                Arguments.of("autosave: article updated, revision fails", "INSERT INTO article_revisions", 1,
                        (Write) r -> r.saveArticle(r.article("e1-brief").orElseThrow().withHeadlines("", "改过", ""))),
                Arguments.of("restore revision: the revision fails", "INSERT INTO article_revisions", 1,
                        (Write) r -> r.restoreRevision("e1-lead", 3, 3)),
                Arguments.of("add photo", "INSERT INTO photos", 1,
                        (Write) r -> r.insertPhoto(TestEditions.photo("e1-photo2", "e1"))),
                Arguments.of("caption", "UPDATE photos", 1,
                        (Write) r -> r.saveCaption("e1-photo", new Caption("新图说", "", "", CaptionKind.NEWS))),
                Arguments.of("delete edition", "DELETE FROM editions", 1,
                        (Write) r -> r.deleteEdition("e2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aFailureHalfWayLeavesTheDatabaseAsBefore(String name, String failingSql, int occurrence, Write write) {
        Snapshot before = snapshot();
        database.failAt(failingSql, occurrence);

        assertThatThrownBy(() -> write.run(repo)).isInstanceOf(StoreException.class)
                .hasMessageContaining("the disk is full");

        assertThat(database.faultsFired()).as("the failure was injected").isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
        // The same write without the failure does change the database: the comparison above can fail.
        write.run(repo);
        assertThat(snapshot()).isNotEqualTo(before);
    }

    @Test
    void aHeadlineTooLongInTheLastStoryRefusesTheBatchBeforeWriting() {
        Snapshot before = snapshot();
        List<Article> stories = newStories("e1", 3);
        Article last = stories.get(2);
        List<Article> batch = List.of(stories.get(0), stories.get(1),
                last.withHeadlines("", "长".repeat(1500), ""));
        // Were anything written, this would fail it: the refusal must come first.
        database.failAt("INSERT", 1);

        assertThatThrownBy(() -> repo.saveArticles(batch)).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not save 3 stories").hasMessageContaining(last.id())
                .hasMessageContaining("the headline is 1,500 characters long; at most 1,000 fit");

        assertThat(database.faultsFired()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aStaleStoryInABatchSavesNoneOfIt() {
        Snapshot before = snapshot();
        Article brief = repo.article("e1-brief").orElseThrow();
        repo.saveArticle(brief.withHeadlines("", "别人先改了", ""));
        Snapshot afterTheirSave = snapshot();
        List<Article> batch = Stream.concat(newStories("e1", 2).stream(),
                Stream.of(brief.withHeadlines("", "我的标题", ""))).toList();

        assertThatThrownBy(() -> repo.saveArticles(batch)).isInstanceOf(StaleArticleException.class);

        assertThat(snapshot()).isEqualTo(afterTheirSave).isNotEqualTo(before);
    }

    @Test
    void aStoryForAnEditionThatIsGoneSavesNoneOfTheBatch() {
        Snapshot before = snapshot();
        List<Article> batch = Stream.concat(newStories("e1", 2).stream(), newStories("gone", 1).stream()).toList();

        assertThatThrownBy(() -> repo.saveArticles(batch)).isInstanceOf(StoreException.class)
                .hasMessageContaining("edition gone, which is not in the database");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBatchGoesToTheEndOfTheListInTheOrderGiven() {
        List<Article> stories = newStories("e1", 3);

        List<Article> saved = repo.saveArticles(stories);

        assertThat(saved).extracting(Article::version).containsExactly(1L, 1L, 1L);
        assertThat(repo.loadEdition("e1").orElseThrow().articles()).extracting(Article::id)
                .containsExactly("e1-lead", "e1-brief", "e1-new-1", "e1-new-2", "e1-new-3");
        assertThat(repo.revisions("e1-new-3")).extracting(ArticleRevision::article).containsExactly(saved.get(2));
    }

    @Test
    void aReplacementThatClashesWithAnotherEditionKeepsTheOldCopy() {
        Snapshot before = snapshot();
        EditionContent fresh = TestEditions.edition("e1").named("重建的样报").build();
        // An article id of e2: the insert fails in the database after e1 was deleted.
        Article clash = new Article("e2-brief", "e1", "", "撞号", "", "", List.of(new Block.Paragraph("正文")),
                ArticleStatus.DRAFT, 0, 1, TestEditions.CREATED, TestEditions.CREATED);
        EditionContent bad = new EditionContent(fresh.edition(), fresh.pages(), List.of(clash), fresh.photos());

        assertThatThrownBy(() -> repo.replaceEdition(bad, repo.loadEdition("e1"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("replace edition e1");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void replacingAnEditionThatIsNotThereInsertsIt() {
        EditionContent fresh = TestEditions.edition("e3").build();

        repo.replaceEdition(fresh, Optional.empty());

        assertThat(repo.loadEdition("e3")).contains(fresh);
    }

    @Test
    void anEditionSavedInSinceTheCallerLookedIsNotReplaced() {
        Optional<EditionContent> looked = repo.loadEdition("e1");
        repo.saveArticles(newStories("e1", 1));
        Snapshot before = snapshot();

        assertThatThrownBy(() -> repo.replaceEdition(TestEditions.edition("e1").named("重建的样报").build(), looked))
                .isInstanceOf(StoreException.class).hasMessageContaining("changed while it was being replaced");
        assertThatThrownBy(() -> repo.replaceEdition(TestEditions.edition("e3").build(), looked))
                .isInstanceOf(StoreException.class);

        assertThat(snapshot()).isEqualTo(before);
    }

    static List<Article> newStories(String editionId, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Article(editionId + "-new-" + i, editionId, "",
                "新稿" + i, "", "", List.of(new Block.Paragraph("本报讯　第" + i + "篇。")), ArticleStatus.DRAFT, 0, 0,
                TestEditions.CREATED, TestEditions.CREATED)).toList();
    }

    private static Page madeUp(EditionRepository r) {
        Page front = r.loadEdition("e1").orElseThrow().page(1).orElseThrow();
        return front.withPlacements(List.of(StoryPlacement.of("e1-brief", new GridRect(0, 12, 8, 20), 0)));
    }

    /** Everything the store holds: each edition whole, and every article's revisions. */
    record Snapshot(List<EditionContent> editions, Map<String, List<ArticleRevision>> revisions) {
    }

    private Snapshot snapshot() {
        List<EditionContent> editions = repo.editions().stream()
                .map(e -> repo.loadEdition(e.id()).orElseThrow()).toList();
        Map<String, List<ArticleRevision>> revisions = new LinkedHashMap<>();
        editions.forEach(c -> c.articles().forEach(a -> revisions.put(a.id(), repo.revisions(a.id()))));
        return new Snapshot(editions, revisions);
    }
}
