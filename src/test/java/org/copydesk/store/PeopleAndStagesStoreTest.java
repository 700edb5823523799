package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Page;
import org.copydesk.model.Person;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Role;
import org.copydesk.model.Stage;
import org.copydesk.model.StageMove;
import org.copydesk.model.StageRule;
import org.copydesk.model.StageRules;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People, stage rules, stage moves and proof rounds (migration V10) in a real database. */
class PeopleAndStagesStoreTest {
    @TempDir
    Path dir;

    private Database database;
    private EditionRepository repository;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
        repository = database.repository();
        repository.insertEdition(TestEditions.edition("e1").build());
    }

    /** A fresh embedded database; the PostgreSQL subclass runs the same tests there. */
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

    @Test
    void aNewDatabaseHasNoPeopleAndTheDefaultRules() {
        assertThat(repository.people()).isEmpty();
        assertThat(repository.stageRules()).isEqualTo(StageRules.defaults());
    }

    @Test
    void peopleAreKeptInTheOrderAddedWithTheirRolesAndNamesAreUnique() {
        repository.addPerson(new Person("王主编", Role.ADMIN));
        repository.addPerson(new Person("李记者", Role.REPORTER));
        assertThatThrownBy(() -> repository.addPerson(new Person("李记者", Role.EDITOR)))
                .isInstanceOf(StoreException.class).hasMessageContaining("李记者");

        assertThat(repository.setRole("李记者", Role.EDITOR)).isEqualTo(new Person("李记者", Role.EDITOR));
        database.close();
        database = Database.open(location());
        assertThat(database.repository().people()).containsExactly(new Person("王主编", Role.ADMIN),
                new Person("李记者", Role.EDITOR));
        assertThat(database.repository().findPerson("李记者")).contains(new Person("李记者", Role.EDITOR));
        assertThat(database.repository().findPerson("无名")).isEmpty();
    }

    @Test
    void theLastAdminKeepsTheRole() {
        repository.addPerson(new Person("王主编", Role.ADMIN));
        assertThatThrownBy(() -> repository.setRole("王主编", Role.EDITOR))
                .isInstanceOf(StoreException.class).hasMessageContaining("王主编");
        assertThat(repository.people()).containsExactly(new Person("王主编", Role.ADMIN));
        assertThatThrownBy(() -> repository.setRole("无名", Role.EDITOR)).isInstanceOf(StoreException.class);
    }

    @Test
    void rulesAllowedAndDeniedAreStoredAndSurviveReopening() {
        var signerSpikesDrafts = new StageRule(Role.SIGNER, ArticleStatus.DRAFT, ArticleStatus.SPIKED);
        var reporterHandsIn = new StageRule(Role.REPORTER, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED);
        assertThat(repository.setStageRule(signerSpikesDrafts, true)).isTrue();
        assertThat(repository.setStageRule(signerSpikesDrafts, true)).isFalse();
        assertThat(repository.setStageRule(reporterHandsIn, false)).isTrue();
        database.close();
        database = Database.open(location());

        StageRules rules = database.repository().stageRules();
        assertThat(rules).isEqualTo(StageRules.defaults().with(signerSpikesDrafts).without(reporterHandsIn));
        assertThat(rules.allows(Role.REPORTER, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED)).isFalse();
    }

    @Test
    void aStageMoveIsANewRevisionAndRecordsWhoAndWhen() {
        repository.actAs(new Person("张编辑", Role.EDITOR));
        Article before = repository.article("e1-brief").orElseThrow();

        Article moved = repository.moveStage("e1-brief", before.version(), ArticleStatus.SUBMITTED);
        repository.actAs(new Person("陈总编", Role.SIGNER));
        repository.moveStage("e1-brief", moved.version(), ArticleStatus.EDITING);

        assertThat(moved.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(moved.version()).isEqualTo(before.version() + 1);
        assertThat(repository.article("e1-brief").orElseThrow().status()).isEqualTo(ArticleStatus.EDITING);
        List<StageMove> moves = repository.stageMoves(Stage.Kind.STORY, "e1-brief");
        assertThat(moves).extracting(StageMove::person).containsExactly("张编辑", "陈总编");
        assertThat(moves).extracting(StageMove::from).containsExactly(ArticleStatus.DRAFT, ArticleStatus.SUBMITTED);
        assertThat(moves).extracting(StageMove::to).containsExactly(ArticleStatus.SUBMITTED, ArticleStatus.EDITING);
        assertThat(moves.get(0).at()).isEqualTo(moved.updated());
        assertThat(repository.stageMoves(Stage.Kind.PAGE, "e1-brief")).isEmpty();
    }

    @Test
    void aStaleStageMoveChangesNothingAndRecordsNothing() {
        Article before = repository.article("e1-brief").orElseThrow();
        repository.saveArticle(before.withHeadlines("", "别人刚改过的标题", ""));

        assertThatThrownBy(() -> repository.moveStage("e1-brief", before.version(), ArticleStatus.SUBMITTED))
                .isInstanceOf(StaleArticleException.class);
        assertThat(repository.article("e1-brief").orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(repository.stageMoves(Stage.Kind.STORY, "e1-brief")).isEmpty();
    }

    @Test
    void spikingByAStageMoveTakesTheStoryOffItsPages() {
        Article lead = repository.article("e1-lead").orElseThrow();
        repository.moveStage(lead.id(), lead.version(), ArticleStatus.SPIKED);

        var pages = repository.loadEdition("e1").orElseThrow().pages();
        assertThat(pages).flatExtracting(Page::placements)
                .noneMatch(p -> p instanceof StoryPlacement s && s.articleId().equals("e1-lead"));
    }

    @Test
    void aPageStartsAtItsFirstProofMovesByTheRulesPathAndMakeUpSavesLeaveTheRoundAlone() {
        Page front = page("e1-p1");
        assertThat(front.proofRound()).isEqualTo(ProofRound.FIRST);
        repository.actAs(new Person("张编辑", Role.EDITOR));

        repository.moveProofRound(front.id(), ProofRound.FIRST, ProofRound.SECOND);
        // A make-up save from a window that still holds the page at 初校 must not put it back.
        repository.savePage(front.withPlacements(List.of()));

        assertThat(page("e1-p1").proofRound()).isEqualTo(ProofRound.SECOND);
        assertThat(page("e1-p1").placements()).isEmpty();
        assertThat(repository.stageMoves(Stage.Kind.PAGE, front.id())).singleElement()
                .satisfies(m -> {
                    assertThat(m.person()).isEqualTo("张编辑");
                    assertThat(m.from()).isEqualTo(ProofRound.FIRST);
                    assertThat(m.to()).isEqualTo(ProofRound.SECOND);
                });
        assertThatThrownBy(() -> repository.moveProofRound(front.id(), ProofRound.FIRST, ProofRound.THIRD))
                .isInstanceOf(StoreException.class).hasMessageContaining("e1-p1");
        assertThat(page("e1-p1").proofRound()).isEqualTo(ProofRound.SECOND);
    }

    @Test
    void anEmbeddedDatabaseHasNoDatabaseUserToWorkAs() {
        if (location().isEmbeddedH2()) {
            assertThat(repository.databaseUser()).isEmpty();
        } else {
            assertThat(repository.databaseUser()).isPresent();
        }
    }

    private Page page(String id) {
        return repository.loadEdition("e1").orElseThrow().pages().stream().filter(p -> p.id().equals(id))
                .findFirst().orElseThrow();
    }
}
