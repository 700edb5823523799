package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.desk.PlanningFixtures.BRIDGE;
import static org.copydesk.desk.PlanningFixtures.EDITION;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.copydesk.desk.EditionPlanning.NewEdition;
import org.copydesk.desk.FrameRules.Frame;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PaperSettings;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;

class EditionPlanningTest {
    private static final LocalDate NEXT_WEEK = LocalDate.of(2026, 12, 11);

    private final InMemoryEditionRepository repository = PlanningFixtures.repository(3);
    private final Desk desk = PlanningFixtures.desk();
    private final EditionPlanning planning = desk.planning();

    @Test
    void aNewEditionGetsTheNextIssueNumberTheLatestNameAndEmptyNumberedPages() {
        EditionContent made = planning.create(repository, NewEdition.on(NEXT_WEEK));

        assertThat(made.edition().issueNumber()).isEqualTo(1291);
        assertThat(made.edition().name()).isEqualTo("江澜周报");
        assertThat(made.edition().publicationDate()).isEqualTo(NEXT_WEEK);
        assertThat(made.pages()).extracting(Page::number).containsExactly(1, 2, 3, 4);
        assertThat(made.pages()).allMatch(p -> p.section().isEmpty() && p.placements().isEmpty()
                && p.spec().equals(PageSpec.broadsheet()));
        assertThat(repository.loadEdition(made.edition().id())).contains(made);
    }

    @Test
    void aNewEditionLikeOneMadeBeforeBalancedMarginsGetsItsGridBalanced() {
        // The tabloid as it was: its grid hung from 26 mm, leaving 32 mm at the foot.
        PageSpec old = new PageSpec("tabloid", 275, 390, 26, 21, 6, 12, 1, 9.0, 4.5, 70,
                org.copydesk.model.LineBreakRules.STRICT);
        repository.insertEdition(new EditionContent(new Edition("ed-old", "江澜周报", LocalDate.of(2025, 1, 3), 1000),
                java.util.List.of(new Page("old-1", "ed-old", 1, "要闻", old, java.util.List.of())), java.util.List.of(),
                java.util.List.of()));

        EditionContent made = planning.create(repository, new NewEdition(NEXT_WEEK, OptionalInt.of(8), OptionalInt.empty(),
                Optional.of("ed-old"), Optional.empty(), Optional.empty()));

        assertThat(made.pages()).singleElement().satisfies(p -> {
            assertThat(p.spec()).isEqualTo(PageSpec.tabloid());
            assertThat(p.spec().rows()).isEqualTo(old.rows());
        });
        assertThat(repository.loadEdition("ed-old").orElseThrow().pages().get(0).spec()).as("the old edition stays as printed")
                .isEqualTo(old);
    }

    @Test
    void likeCopiesThePagePlanButNoStories() {
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(BRIDGE), 1, new Frame(1, 3, 10, 20, 3, 0));

        EditionContent made = planning.create(repository, new NewEdition(NEXT_WEEK, OptionalInt.of(7), OptionalInt.empty(),
                Optional.of(EDITION), Optional.of("江澜晚报"), Optional.empty()));

        assertThat(made.edition().issueNumber()).isEqualTo(7);
        assertThat(made.edition().name()).isEqualTo("江澜晚报");
        assertThat(made.pages()).extracting(Page::section).containsExactly("版1", "版2", "版3");
        assertThat(made.pages()).allMatch(p -> p.spec().equals(PageSpec.tabloid()) && p.placements().isEmpty());
        assertThat(made.articles()).isEmpty();
        assertThat(made.pages()).extracting(Page::id).doesNotContain("page-1");
    }

    @Test
    void anEmptyDatabaseTakesThePapersSettingsAndImpossiblePlansAreRefused() {
        var empty = new InMemoryEditionRepository();
        empty.savePaperSettings(new PaperSettings("城南晨报", "", "", "tabloid"));

        EditionContent proposed = planning.create(empty, NewEdition.on(NEXT_WEEK));
        assertThat(proposed.edition().name()).isEqualTo("城南晨报");
        assertThat(proposed.pages()).allMatch(p -> p.spec().equals(PageSpec.tabloid()));
        empty.deleteEdition(proposed.edition().id());

        assertThatThrownBy(() -> planning.create(empty, new NewEdition(NEXT_WEEK, OptionalInt.empty(), OptionalInt.of(0),
                Optional.empty(), Optional.of("江澜周报"), Optional.empty()))).isInstanceOf(OperationRefusedException.class);
        assertThat(empty.editions()).isEmpty();
        EditionContent first = planning.create(empty, new NewEdition(NEXT_WEEK, OptionalInt.empty(), OptionalInt.of(2),
                Optional.empty(), Optional.of("江澜周报"), Optional.of(PageSpec.tabloid())));
        assertThat(first.edition().issueNumber()).isEqualTo(1);
        assertThat(first.pages()).hasSize(2);
    }

    @Test
    void renameAndRedateChangeOnlyWhatTheySay() {
        planning.rename(repository, EDITION, "江澜周报（特刊）");
        Edition redated = planning.redate(repository, EDITION, NEXT_WEEK, OptionalInt.empty());

        assertThat(redated).isEqualTo(new Edition(EDITION, "江澜周报（特刊）", NEXT_WEEK, 1290));
        assertThat(repository.loadEdition(EDITION).orElseThrow().edition()).isEqualTo(redated);
        assertThatThrownBy(() -> planning.rename(repository, EDITION, "  ")).isInstanceOf(OperationRefusedException.class);
        assertThatThrownBy(() -> planning.redate(repository, EDITION, NEXT_WEEK, OptionalInt.of(0)))
                .isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void anEditionWithASignedOffStoryIsDeletedOnlyWhenForced() {
        assertThat(planning.signedOffStories(repository, EDITION)).extracting(a -> a.id()).containsExactly(BRIDGE);

        assertThatThrownBy(() -> planning.delete(repository, EDITION, false))
                .isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("江澜周报").hasMessageContaining(EDITION)
                .hasMessageContaining("澜江二桥今晨通车").hasMessageContaining("--force");
        assertThat(repository.loadEdition(EDITION)).isPresent();

        planning.delete(repository, EDITION, true);
        assertThat(repository.loadEdition(EDITION)).isEmpty();
    }

    @Test
    void anEditionWithoutSignedOffStoriesIsDeletedUnforced() {
        desk.stories().spike(repository, BRIDGE);

        planning.delete(repository, EDITION, false);

        assertThat(repository.editions()).isEmpty();
    }
}
