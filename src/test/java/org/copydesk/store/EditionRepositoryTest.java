package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class EditionRepositoryTest {

    @TempDir
    Path dir;

    private Database database;
    private EditionRepository repo;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
        repo = database.repository();
    }

    /** Where the tests run: a fresh embedded database; subclasses run the same tests elsewhere. */
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    /** Empties the database before each test; a new temporary folder already is. */
    void prepareEmptyDatabase() throws Exception {
    }

    @AfterEach
    void close() {
        // Null when a subclass skipped the test before opening (no PostgreSQL configured).
        if (database != null) {
            database.close();
        }
    }

    @Test
    void freshDatabaseIsMigratedAndEmpty() {
        assertThat(repo.editions()).isEmpty();
        assertThat(repo.latestEdition()).isEmpty();
    }

    @Test
    void insertedEditionLoadsBackEqualWithChineseAndAstralCharacters() {
        EditionContent content = TestEditions.edition("e1").build();

        repo.insertEdition(content);

        EditionContent loaded = repo.loadEdition("e1").orElseThrow();
        assertThat(loaded).isEqualTo(content);
        assertThat(loaded.articles().get(1).headline()).isEqualTo("市民😀点赞新公交线");
        assertThat(loaded.articles().get(1).plainText()).contains("𠀋𠀋");
        assertThat(loaded.photos().get(0).bytes()).isEqualTo(content.photos().get(0).bytes());
        assertThat(loaded.pages().get(0).placements()).isEqualTo(content.pages().get(0).placements());
    }

    @Test
    void editionsAreListedNewestFirstWithCounts() {
        repo.insertEdition(TestEditions.edition("old").dated(LocalDate.of(2026, 11, 20), 1233).build());
        repo.insertEdition(TestEditions.edition("new").dated(LocalDate.of(2026, 11, 27), 1234).build());

        assertThat(repo.editions()).extracting(e -> e.id()).containsExactly("new", "old");
        assertThat(repo.latestEdition()).map(e -> e.id()).contains("new");
        EditionSummary summary = repo.editionSummaries().get(0);
        assertThat(List.of(summary.pageCount(), summary.articleCount(), summary.photoCount()))
                .containsExactly(2, 2, 1);
    }

    @Test
    void summariesOfTheNewestEditionsCountWhatEachHoldsWithoutTheOthers() {
        repo.insertEdition(TestEditions.edition("mon").dated(LocalDate.of(2026, 11, 23), 1230).build());
        repo.insertEdition(TestEditions.edition("tue").dated(LocalDate.of(2026, 11, 24), 1231).build());
        // An extra the same day as Tuesday's paper, with a higher issue number: the newer of the two.
        repo.insertEdition(TestEditions.edition("tue-extra").dated(LocalDate.of(2026, 11, 24), 1232).build());
        EditionContent bare = TestEditions.edition("wed").dated(LocalDate.of(2026, 11, 25), 1233).build();
        repo.insertEdition(new EditionContent(bare.edition(), List.of(), bare.articles().subList(0, 1), List.of()));

        List<EditionSummary> newest = repo.editionSummaries(3);

        assertThat(newest).extracting(s -> s.edition().id()).containsExactly("wed", "tue-extra", "tue");
        assertThat(newest).extracting(s -> List.of(s.pageCount(), s.articleCount(), s.photoCount()))
                .containsExactly(List.of(0, 1, 0), List.of(2, 2, 1), List.of(2, 2, 1));
        assertThat(repo.editionSummaries(10)).hasSize(4).isEqualTo(repo.editionSummaries());
        assertThat(repo.editionSummaries(0)).isEmpty();
        assertThat(repo.editionCount()).isEqualTo(4);
        assertThat(repo.latestEdition()).map(e -> e.id()).contains("wed");
        repo.deleteEdition("wed");
        assertThat(repo.latestEdition()).map(e -> e.id()).contains("tue-extra");
        assertThat(repo.editionCount()).isEqualTo(3);
    }

    @Test
    void insertingAnExistingEditionIdIsRefusedAndChangesNothing() {
        EditionContent first = TestEditions.edition("e1").build();
        repo.insertEdition(first);
        EditionContent again = TestEditions.edition("e1").named("另一份报纸").build();

        assertThatThrownBy(() -> repo.insertEdition(again))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("e1").hasMessageContaining("already in the database");
        assertThat(repo.loadEdition("e1")).contains(first);
    }

    @Test
    void aFailedInsertWritesNothing() {
        EditionContent ok = TestEditions.edition("e1").build();
        repo.insertEdition(ok);
        // The second edition reuses an article id of the first: the insert fails at the articles,
        // after its edition row and pages were written, and all of it must roll back.
        EditionContent clash = TestEditions.edition("e2").build();
        Article reused = new Article("e1-lead", "e2", "", "重复", "", "", List.of(), ArticleStatus.DRAFT, 0, 1,
                TestEditions.CREATED, TestEditions.CREATED);
        EditionContent bad = new EditionContent(clash.edition(), clash.pages(), List.of(reused), List.of());

        assertThatThrownBy(() -> repo.insertEdition(bad)).isInstanceOf(StoreException.class)
                .hasMessageContaining("insert edition e2");
        assertThat(repo.loadEdition("e2")).isEmpty();
        assertThat(repo.editions()).hasSize(1);
    }

    @Test
    void savingBumpsTheVersionAndKeepsARevision() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Article loaded = repo.article("e1-brief").orElseThrow();

        Article saved = repo.saveArticle(loaded.withHeadlines("", "新公交线开通😀", ""));

        assertThat(saved.version()).isEqualTo(loaded.version() + 1);
        assertThat(repo.article("e1-brief")).contains(saved);
        assertThat(repo.revisions("e1-brief")).extracting(ArticleRevision::version).containsExactly(2L, 1L);
        assertThat(repo.revisions("e1-brief").get(0).article()).isEqualTo(saved);
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Article mine = repo.article("e1-lead").orElseThrow();
        Article theirs = repo.saveArticle(mine.withHeadlines("", "他们的标题", ""));

        assertThatThrownBy(() -> repo.saveArticle(mine.withHeadlines("", "我的标题", "")))
                .isInstanceOfSatisfying(StaleArticleException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(mine.version());
                    assertThat(e.actualVersion()).isEqualTo(theirs.version());
                });
        assertThat(repo.article("e1-lead")).contains(theirs);
        assertThat(repo.revisions("e1-lead")).hasSize(2);
    }

    @Test
    void aHeadlineTooLongForTheDatabaseIsRefusedWithAShortMessage() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Article loaded = repo.article("e1-brief").orElseThrow();

        assertThatThrownBy(() -> repo.saveArticle(loaded.withHeadlines("", "长".repeat(5000), "")))
                .isInstanceOf(StoreException.class)
                .hasMessage("could not save story '" + "长".repeat(20) + "…' (e1-brief): the headline is 5,000 characters long;"
                        + " at most 1,000 fit");
        assertThat(repo.article("e1-brief")).contains(loaded);
    }

    /** However a story arrives (autosave, import, package), the store keeps the same rules. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            over the story cap         | BODY_OVER_CAP  | the story has 200,015 characters; a story may have at most 200,000
            NUL in the headline        | NUL_HEADLINE   | the headline holds at line 1:3: U+0000
            bidi override in the body  | BIDI_BODY      | the body holds at line 1:2: U+202E
            """)
    void aStoryTheStoreMustNotHoldIsRefusedAndNothingIsWritten(String name, String kind, String expected) {
        repo.insertEdition(TestEditions.edition("e1").build());
        Article loaded = repo.article("e1-brief").orElseThrow();
        Article bad = switch (kind) {
            case "BODY_OVER_CAP" -> loaded.withBody(List.of(new Block.Paragraph("字".repeat(200_000))));
            case "NUL_HEADLINE" -> loaded.withHeadlines("", "市民\u0000点赞", "");
            case "BIDI_BODY" -> loaded.withBody(List.of(new Block.Paragraph("正\u202E文")));
            default -> throw new IllegalArgumentException(kind);
        };

        assertThatThrownBy(() -> repo.saveArticle(bad)).as(name).isInstanceOf(StoreException.class)
                .hasMessageContaining(expected);
        assertThatThrownBy(() -> repo.saveArticles(List.of(bad))).as(name).hasMessageContaining(expected);
        assertThat(repo.article("e1-brief")).contains(loaded);
        assertThat(repo.revisions("e1-brief")).hasSize(1);
    }

    @Test
    void aNewArticleIsInsertedOnItsFirstSave() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Article fresh = new Article("new-1", "e1", "", "新稿", "", "", List.of(new Block.Paragraph("正文𠀋")),
                ArticleStatus.DRAFT, 0, 0, TestEditions.CREATED, TestEditions.CREATED);

        Article saved = repo.saveArticle(fresh);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(repo.loadEdition("e1").orElseThrow().articles()).last().isEqualTo(saved);
        assertThatThrownBy(() -> repo.saveArticle(fresh)).isInstanceOf(StaleArticleException.class);
    }

    @Test
    void anOldRevisionCanBeRestoredAsANewRevision() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Article v1 = repo.article("e1-brief").orElseThrow();
        Article v2 = repo.saveArticle(v1.withBody(List.of(new Block.Paragraph("改写后的正文"))).withStatus(ArticleStatus.SIGNED_OFF));

        Article v3 = repo.restoreRevision("e1-brief", v1.version(), v2.version());

        assertThat(v3.version()).isEqualTo(v2.version() + 1);
        assertThat(v3.body()).isEqualTo(v1.body());
        assertThat(v3.status()).isEqualTo(ArticleStatus.SIGNED_OFF);
        assertThat(repo.revisions("e1-brief")).extracting(ArticleRevision::version).containsExactly(3L, 2L, 1L);
        assertThatThrownBy(() -> repo.restoreRevision("e1-brief", v1.version(), v2.version()))
                .isInstanceOf(StaleArticleException.class);
        assertThatThrownBy(() -> repo.restoreRevision("e1-brief", 99, v3.version()))
                .isInstanceOf(StoreException.class).hasMessageContaining("no revision 99");
    }

    @Test
    void pagesAreSavedWithTheirPlacementsReplaced() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Page front = repo.loadEdition("e1").orElseThrow().page(1).orElseThrow();
        Page changed = front.withPlacements(List.of(StoryPlacement.of("e1-brief", new GridRect(0, 12, 8, 20), 0)));

        repo.savePage(changed);
        Page added = new Page("e1-p3", "e1", 3, "体育", front.spec(), List.of());
        repo.savePage(added);

        EditionContent loaded = repo.loadEdition("e1").orElseThrow();
        assertThat(loaded.page(1)).contains(changed);
        assertThat(loaded.page(3)).contains(added);
    }

    @Test
    void photosAreAddedAndCaptionsChanged() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Photo second = TestEditions.photo("e1-photo2", "e1");
        repo.insertPhoto(second);

        Photo recaptioned = repo.saveCaption("e1-photo2", new Caption("江澜大桥夜景😀", "", "新华社发", CaptionKind.NEWS));

        assertThat(recaptioned.caption().printed()).isEqualTo("江澜大桥夜景😀\u3000新华社发");
        assertThat(repo.loadEdition("e1").orElseThrow().photos()).extracting(Photo::id)
                .containsExactly("e1-photo", "e1-photo2");
        assertThatThrownBy(() -> repo.saveCaption("missing", new Caption("x", "", "", CaptionKind.NEWS)))
                .isInstanceOf(StoreException.class).hasMessageContaining("missing");
    }

    @Test
    void aPhotoWhoseDigestDoesNotMatchItsBytesIsRefused() {
        repo.insertEdition(TestEditions.edition("e1").build());
        Photo good = TestEditions.photo("e1-photo2", "e1");
        Photo bad = new Photo(good.id(), "e1", good.fileName(), good.mediaType(), good.bytes(),
                "0".repeat(64), 10, 10, good.caption());

        assertThatThrownBy(() -> repo.insertPhoto(bad)).isInstanceOf(StoreException.class)
                .hasMessageContaining("大桥.jpg").hasMessageContaining("SHA-256");
        assertThat(repo.loadEdition("e1").orElseThrow().photos()).hasSize(1);
    }

    @Test
    void deletingAnEditionRemovesEverythingInIt() {
        repo.insertEdition(TestEditions.edition("e1").build());
        repo.insertEdition(TestEditions.edition("e2").build());

        repo.deleteEdition("e1");

        assertThat(repo.loadEdition("e1")).isEmpty();
        assertThat(repo.article("e1-lead")).isEmpty();
        assertThat(repo.revisions("e1-lead")).isEmpty();
        assertThat(repo.loadEdition("e2")).isPresent();
        // the ids are free again
        repo.insertEdition(TestEditions.edition("e1").build());
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        EditionContent content = TestEditions.edition("e1").build();
        repo.insertEdition(content);
        Article saved = repo.saveArticle(repo.article("e1-lead").orElseThrow().withStatus(ArticleStatus.SIGNED_OFF));
        database.close();

        database = Database.open(location());
        repo = database.repository();

        assertThat(repo.article("e1-lead")).contains(saved);
        assertThat(repo.loadEdition("e1").orElseThrow().photos()).isEqualTo(content.photos());
    }
}
