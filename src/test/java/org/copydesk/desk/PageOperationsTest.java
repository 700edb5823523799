package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.desk.PlanningFixtures.BRIDGE;
import static org.copydesk.desk.PlanningFixtures.EDITION;
import static org.copydesk.desk.PlanningFixtures.MARKET;

import java.util.List;
import java.util.Optional;
import org.copydesk.desk.FrameRules.Frame;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.store.InMemoryEditionRepository;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.Test;

class PageOperationsTest {
    private final InMemoryEditionRepository repository = PlanningFixtures.repository(3);
    private final Desk desk = PlanningFixtures.desk();
    private final PageOperations pages = desk.pages();

    @Test
    void addingAPageInFrontRenumbersTheOthersAndTakesTheSpecOfThePageItFollows() {
        EditionContent after = pages.add(repository, EDITION, 0, "要闻", Optional.empty());

        assertThat(after.pages()).extracting(Page::number).containsExactly(1, 2, 3, 4);
        assertThat(after.pages()).extracting(Page::id).containsSequence("page-1", "page-2", "page-3");
        assertThat(after.pages().get(0).section()).isEqualTo("要闻");
        assertThat(after.pages().get(0).spec()).isEqualTo(PageSpec.tabloid());

        EditionContent atEnd = pages.add(repository, EDITION, 4, "", Optional.of(PageSpec.broadsheet()));
        assertThat(atEnd.pages().get(4).spec().name()).isEqualTo("broadsheet");
        assertThatThrownBy(() -> pages.add(repository, EDITION, 9, "", Optional.empty()))
                .isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void movingAPageShiftsThePagesBetweenAndKeepsEachPagesFrames() {
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(MARKET), 3, new Frame(1, 2, 1, 20, 2, 0));

        EditionContent after = pages.move(repository, EDITION, 3, 1);

        assertThat(after.pages()).extracting(Page::id).containsExactly("page-3", "page-1", "page-2");
        assertThat(after.pages()).extracting(Page::number).containsExactly(1, 2, 3);
        assertThat(after.page(1).orElseThrow().placements()).hasSize(1);
        assertThat(after.page(1).orElseThrow().section()).isEqualTo("版3");
    }

    @Test
    void jumpLinesNameThePagesNewNumbersAfterAMove() {
        // The bridge story opens on page 1 in a small frame and continues on page 3.
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(BRIDGE), 1, new Frame(1, 2, 10, 20, 2, 0));
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(BRIDGE), 3, new Frame(1, 6, 1, 60, 6, 1));
        PageComposer composer = new NewspaperComposer(FontCatalogue.bundled());
        EditionContent before = repository.loadEdition(EDITION).orElseThrow();
        assertThat(lines(composer, before, 1)).contains("（下转第3版）");
        assertThat(lines(composer, before, 3)).contains("（上接第1版）");

        EditionContent after = pages.move(repository, EDITION, 3, 2);

        assertThat(lines(composer, after, 1)).contains("（下转第2版）").doesNotContain("（下转第3版）");
        assertThat(lines(composer, after, 2)).contains("（上接第1版）");
        assertThat(lines(composer, after, 3)).noneMatch(line -> line.contains("转第") || line.contains("接第"));
    }

    @Test
    void deletingAPageUnplacesWhatWasOnItAndKeepsTheStories() {
        desk.makeup().place(repository, EDITION, new FrameSubject.Story(MARKET), 2, new Frame(1, 2, 1, 20, 2, 0));

        EditionContent after = pages.delete(repository, EDITION, 2);

        assertThat(after.pages()).extracting(Page::id).containsExactly("page-1", "page-3");
        assertThat(after.pages()).extracting(Page::number).containsExactly(1, 2);
        assertThat(after.pages()).allMatch(p -> p.placements().isEmpty());
        assertThat(after.article(MARKET)).isPresent();
    }

    @Test
    void theOnlyPageAndAPageThatIsNotThereAreNotDeleted() {
        pages.delete(repository, EDITION, 3);
        pages.delete(repository, EDITION, 2);

        assertThatThrownBy(() -> pages.delete(repository, EDITION, 1)).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("only page");
        assertThatThrownBy(() -> pages.move(repository, EDITION, 4, 1)).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("no page 4");
        assertThat(repository.loadEdition(EDITION).orElseThrow().pages()).hasSize(1);
    }

    @Test
    void namingAPageChangesOnlyItsSection() {
        EditionContent after = pages.rename(repository, EDITION, 2, "  城市  ");

        assertThat(after.pages()).extracting(Page::section).containsExactly("版1", "城市", "版3");
    }

    private static List<String> lines(PageComposer composer, EditionContent content, int page) {
        return composer.compose(content, page).allLines().stream().map(LayoutLine::text).toList();
    }
}
