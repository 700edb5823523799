package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.desk.PlanningFixtures.BRIDGE;
import static org.copydesk.desk.PlanningFixtures.EDITION;
import static org.copydesk.desk.PlanningFixtures.MARKET;

import java.time.LocalDate;
import org.copydesk.desk.FrameRules.Frame;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;

class StoryOperationsTest {
    private final InMemoryEditionRepository repository = PlanningFixtures.repository(2);
    private final Desk desk = PlanningFixtures.desk();
    private final StoryOperations stories = desk.stories();

    @Test
    void spikingTakesTheStoryOffThePagesAndKeepsItRestorableWithItsStatus() {
        repository.saveArticle(repository.article(MARKET).orElseThrow()); // a revision with its status, as the desk saves
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(MARKET), 1, new Frame(1, 2, 10, 20, 2, 0));
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(MARKET), 2, new Frame(1, 2, 1, 20, 2, 1));

        Article spiked = stories.spike(repository, MARKET);

        EditionContent content = repository.loadEdition(EDITION).orElseThrow();
        assertThat(spiked.status()).isEqualTo(ArticleStatus.SPIKED);
        assertThat(content.pages()).allMatch(p -> p.placements().isEmpty());
        assertThat(content.article(MARKET)).as("kept in the edition").contains(spiked);
        assertThatThrownBy(() -> stories.spike(repository, MARKET)).isInstanceOf(OperationRefusedException.class);

        Article restored = stories.restore(repository, MARKET);

        assertThat(restored.status()).as("the status before the spike").isEqualTo(ArticleStatus.EDITING);
        assertThat(restored.version()).isEqualTo(spiked.version() + 1);
        assertThatThrownBy(() -> stories.restore(repository, MARKET)).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("not spiked");
    }

    @Test
    void movingAStoryTakesItOffTheOldPagesIntoTheOtherEdition() {
        String other = desk.planning().create(repository, EditionPlanning.NewEdition.on(LocalDate.of(2026, 12, 11)))
                .edition().id();
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(BRIDGE), 1, new Frame(1, 3, 10, 20, 3, 0));

        Article moved = stories.moveTo(repository, BRIDGE, other);

        assertThat(moved.editionId()).isEqualTo(other);
        assertThat(repository.loadEdition(EDITION).orElseThrow().article(BRIDGE)).isEmpty();
        assertThat(repository.loadEdition(EDITION).orElseThrow().pages()).allMatch(p -> p.placements().isEmpty());
        assertThat(repository.loadEdition(other).orElseThrow().article(BRIDGE)).isPresent();
        assertThatThrownBy(() -> stories.moveTo(repository, BRIDGE, other)).isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void duplicatingMakesANewDraftAndLeavesTheOriginal() {
        Article original = repository.article(BRIDGE).orElseThrow();

        Article copy = stories.duplicate(repository, BRIDGE, null);

        assertThat(copy.id()).isNotEqualTo(BRIDGE);
        assertThat(copy.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(copy.body()).isEqualTo(original.body());
        assertThat(copy.headline()).isEqualTo(original.headline());
        assertThat(repository.article(BRIDGE)).contains(original);
        assertThat(repository.loadEdition(EDITION).orElseThrow().articles()).hasSize(3);
        assertThatThrownBy(() -> stories.duplicate(repository, "no-such-story", null))
                .isInstanceOf(OperationRefusedException.class);
    }
}
