package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.desk.PlanningFixtures.EDITION;
import static org.copydesk.desk.PlanningFixtures.MARKET;

import java.util.List;
import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Person;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Role;
import org.copydesk.model.StageMove;
import org.copydesk.model.StageRule;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every stage move goes through {@link Stages}: the rules for each role, the refusal, the record. */
class StagesTest {
    private final InMemoryEditionRepository repository = PlanningFixtures.repository(2);
    private final Desk desk = PlanningFixtures.desk();
    private final Stages stages = desk.stages();
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @ParameterizedTest(name = "{0} moving a story from {1} to {2}: allowed {3}")
    @CsvSource(textBlock = """
            REPORTER, DRAFT,      SUBMITTED,  true
            REPORTER, SUBMITTED,  EDITING,    false
            REPORTER, DRAFT,      SPIKED,     false
            REPORTER, FOR_REVIEW, SIGNED_OFF, false
            EDITOR,   SUBMITTED,  EDITING,    true
            EDITOR,   EDITING,    FOR_REVIEW, true
            EDITOR,   EDITING,    DRAFT,      true
            EDITOR,   EDITING,    SPIKED,     true
            EDITOR,   SPIKED,     EDITING,    true
            EDITOR,   FOR_REVIEW, SIGNED_OFF, false
            EDITOR,   DRAFT,      SUBMITTED,  false
            SIGNER,   FOR_REVIEW, SIGNED_OFF, true
            SIGNER,   SIGNED_OFF, FOR_REVIEW, true
            SIGNER,   FOR_REVIEW, EDITING,    true
            SIGNER,   EDITING,    FOR_REVIEW, false
            SIGNER,   DRAFT,      SIGNED_OFF, false
            ADMIN,    DRAFT,      SIGNED_OFF, true
            ADMIN,    SIGNED_OFF, DRAFT,      true
            """)
    void theDefaultRulesDecideEachRolesStoryMoves(Role role, ArticleStatus from, ArticleStatus to, boolean allowed) {
        Article story = storyAt(from);
        repository.actAs(new Person("某人", role));

        if (allowed) {
            Article moved = stages.moveStory(repository, story.id(), to);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(stages.storyHistory(repository, story.id())).last()
                    .satisfies(m -> assertThat(m.person()).isEqualTo("某人"));
        } else {
            assertThatThrownBy(() -> stages.moveStory(repository, story.id(), to))
                    .isInstanceOf(OperationRefusedException.class)
                    .hasMessageContaining("某人 (" + People.roleName(role) + ") may not move");
            assertThat(repository.article(story.id()).orElseThrow().status()).isEqualTo(from);
            assertThat(stages.storyHistory(repository, story.id())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} moving a page from {1} to {2}: allowed {3}")
    @CsvSource(textBlock = """
            REPORTER, FIRST,  SECOND, false
            EDITOR,   FIRST,  SECOND, true
            EDITOR,   THIRD,  CLEAN,  true
            EDITOR,   CLEAN,  THIRD,  false
            SIGNER,   CLEAN,  THIRD,  true
            SIGNER,   FIRST,  SECOND, false
            ADMIN,    FIRST,  CLEAN,  true
            """)
    void theDefaultRulesDecideEachRolesProofMoves(Role role, ProofRound from, ProofRound to, boolean allowed) {
        if (from != ProofRound.FIRST) {
            repository.moveProofRound("page-1", ProofRound.FIRST, from);
        }
        repository.actAs(new Person("某人", role));

        if (allowed) {
            assertThat(stages.moveProof(repository, EDITION, 1, to).proofRound()).isEqualTo(to);
            assertThat(page1Round()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> stages.moveProof(repository, EDITION, 1, to))
                    .isInstanceOf(OperationRefusedException.class).hasMessageContaining("page 1");
            assertThat(page1Round()).isEqualTo(from);
        }
    }

    @Test
    void aRefusedMoveSaysWhoMayMakeIt() {
        Article story = storyAt(ArticleStatus.FOR_REVIEW);
        repository.actAs(new Person("张编辑", Role.EDITOR));

        assertThatThrownBy(() -> stages.moveStory(repository, story.id(), ArticleStatus.SIGNED_OFF))
                .hasMessage("张编辑 (editor) may not move '老城菜市场完成改造' (story-market) from for review to signed off:"
                        + " that move is for signer or admin");
    }

    @Test
    void theHistoryListsEveryMoveWithItsAuthorOldestFirst() {
        storyAt(ArticleStatus.DRAFT);
        repository.actAs(new Person("李记者", Role.REPORTER));
        stages.moveStory(repository, MARKET, ArticleStatus.SUBMITTED);
        repository.actAs(new Person("张编辑", Role.EDITOR));
        stages.moveStory(repository, MARKET, ArticleStatus.EDITING);
        stages.moveStory(repository, MARKET, ArticleStatus.FOR_REVIEW);
        repository.actAs(new Person("陈总编", Role.SIGNER));
        stages.moveStory(repository, MARKET, ArticleStatus.SIGNED_OFF);

        List<StageMove> history = stages.storyHistory(repository, MARKET);
        assertThat(history).extracting(StageMove::person).containsExactly("李记者", "张编辑", "张编辑", "陈总编");
        assertThat(history).extracting(StageMove::to).containsExactly(ArticleStatus.SUBMITTED, ArticleStatus.EDITING,
                ArticleStatus.FOR_REVIEW, ArticleStatus.SIGNED_OFF);
        assertThatThrownBy(() -> stages.moveStory(repository, MARKET, ArticleStatus.SIGNED_OFF))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("already");
    }

    @Test
    void spikeAndRestoreFromTheStoryOperationsFollowTheSameRules() {
        storyAt(ArticleStatus.EDITING);
        repository.actAs(new Person("李记者", Role.REPORTER));
        assertThatThrownBy(() -> desk.stories().spike(repository, MARKET)).isInstanceOf(OperationRefusedException.class);

        repository.actAs(new Person("张编辑", Role.EDITOR));
        desk.stories().spike(repository, MARKET);
        Article restored = desk.stories().restore(repository, MARKET);

        assertThat(restored.status()).isEqualTo(ArticleStatus.EDITING);
        assertThat(stages.storyHistory(repository, MARKET)).extracting(StageMove::to)
                .containsExactly(ArticleStatus.SPIKED, ArticleStatus.EDITING);
    }

    @Test
    void theUsualForwardMoveIsOfferedOnlyWhenTheRulesAllowIt() {
        var rules = stages.rules(repository);
        var reporter = new Person("李记者", Role.REPORTER);
        var signer = new Person("陈总编", Role.SIGNER);
        assertThat(stages.forward(rules, reporter, ArticleStatus.DRAFT)).contains(ArticleStatus.SUBMITTED);
        assertThat(stages.forward(rules, reporter, ArticleStatus.SUBMITTED)).isEmpty();
        assertThat(stages.forward(rules, signer, ArticleStatus.FOR_REVIEW)).contains(ArticleStatus.SIGNED_OFF);
        assertThat(stages.forward(rules, signer, ArticleStatus.SIGNED_OFF)).isEmpty();
        assertThat(stages.allowedMoves(rules, reporter, ArticleStatus.DRAFT)).containsExactly(ArticleStatus.SUBMITTED);
    }

    @Test
    void onlyAnAdminChangesTheRulesAndAdminsNeedNone() {
        var editorSignsOff = new StageRule(Role.EDITOR, ArticleStatus.FOR_REVIEW, ArticleStatus.SIGNED_OFF);
        repository.actAs(new Person("张编辑", Role.EDITOR));
        assertThatThrownBy(() -> stages.allow(repository, editorSignsOff))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("only an admin");

        repository.actAs(new Person("王主编", Role.ADMIN));
        assertThat(stages.allow(repository, editorSignsOff).allows(Role.EDITOR, ArticleStatus.FOR_REVIEW,
                ArticleStatus.SIGNED_OFF)).isTrue();
        storyAt(ArticleStatus.FOR_REVIEW);
        repository.actAs(new Person("张编辑", Role.EDITOR));
        assertThat(stages.moveStory(repository, MARKET, ArticleStatus.SIGNED_OFF).status()).isEqualTo(ArticleStatus.SIGNED_OFF);

        repository.actAs(new Person("王主编", Role.ADMIN));
        assertThat(stages.deny(repository, editorSignsOff).rules()).doesNotContain(editorSignsOff);
        assertThatThrownBy(() -> stages.deny(repository, new StageRule(Role.ADMIN, ArticleStatus.DRAFT, ArticleStatus.SPIKED)))
                .isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void everyStageHasAName() {
        {
            var stages = java.util.stream.Stream.concat(java.util.Arrays.stream(ArticleStatus.values()),
                    java.util.Arrays.stream(ProofRound.values()));
            stages.forEach(s -> assertThat(Stages.name((org.copydesk.model.Stage) s)).isNotBlank().doesNotContain("stage."));
        }
    }

    /** The market story, stored at {@code status} (set as the test's setup, not as a move). */
    private Article storyAt(ArticleStatus status) {
        Article story = repository.article(MARKET).orElseThrow();
        return story.status() == status ? story : repository.saveArticle(story.withStatus(status));
    }

    private ProofRound page1Round() {
        return repository.loadEdition(EDITION).orElseThrow().pages().get(0).proofRound();
    }
}
