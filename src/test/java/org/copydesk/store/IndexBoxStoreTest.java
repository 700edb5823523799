package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 导读 boxes in a real database: title and lines, in order, saved with the page and read back whole. */
class IndexBoxStoreTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
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

    /** The test edition with a 导读 box on page 2 pointing at the brief (short text) and the lead. */
    private static EditionContent withIndexBox(String title) {
        EditionContent content = TestEditions.edition("ed-index").build();
        Page second = content.page(2).orElseThrow();
        List<Placement> placements = new ArrayList<>(second.placements());
        placements.add(new IndexBoxPlacement("导读", new GridRect(3, 40, 2, 8), title, List.of(
                new IndexEntry("ed-index-brief", "新公交线首日客满"), IndexEntry.of("ed-index-lead"))));
        List<Page> pages = content.pages().stream().map(p -> p == second ? second.withPlacements(placements) : p).toList();
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }

    @Test
    void aBoxComesBackWithItsTitleAndLinesInOrderAfterReopening() {
        EditionContent content = withIndexBox("本期导读");
        database.repository().insertEdition(content);
        database.close();
        database = Database.open(location());

        EditionContent loaded = database.repository().loadEdition("ed-index").orElseThrow();

        assertThat(loaded).isEqualTo(content);
        IndexBoxPlacement box = loaded.page(2).orElseThrow().placements().stream()
                .filter(IndexBoxPlacement.class::isInstance).map(IndexBoxPlacement.class::cast).findFirst().orElseThrow();
        assertThat(box.title()).isEqualTo("本期导读");
        assertThat(box.entries()).containsExactly(new IndexEntry("ed-index-brief", "新公交线首日客满"),
                new IndexEntry("ed-index-lead", ""));
    }

    @Test
    void reorderedLinesAndADefaultTitleAreSavedWithThePage() {
        EditionContent content = withIndexBox("");
        database.repository().insertEdition(content);
        Page second = content.page(2).orElseThrow();
        List<Placement> changed = second.placements().stream().map(p -> p instanceof IndexBoxPlacement box
                ? box.withEntries(List.of(IndexEntry.of("ed-index-lead"), IndexEntry.of("ed-index-brief")))
                        .withFrame(new GridRect(5, 50, 3, 6))
                : p).toList();
        database.repository().savePage(second.withPlacements(changed));

        Page loaded = database.repository().loadEdition("ed-index").orElseThrow().page(2).orElseThrow();

        assertThat(loaded.placements()).isEqualTo(changed);
        IndexBoxPlacement box = (IndexBoxPlacement) loaded.placements().get(loaded.placements().size() - 1);
        assertThat(box.title()).isEqualTo(IndexBoxPlacement.DEFAULT_TITLE);
        assertThat(box.entries()).extracting(IndexEntry::articleId).containsExactly("ed-index-lead", "ed-index-brief");
    }
}
