package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Banners and story frame looks (boxed, 竖题, 竖排) in a real database: saved with the page and read back whole. */
class PageElementsStoreTest {
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

    /** The test edition's front page with its lead story boxed and vertically headed, and two banners. */
    private static EditionContent withElements() {
        EditionContent content = TestEditions.edition("ed-elements").build();
        Page front = content.page(1).orElseThrow();
        List<Placement> placements = new ArrayList<>();
        for (Placement p : front.placements()) {
            if (p instanceof StoryPlacement s && s.part() == 0 && s.headlineSizePt() > 0) {
                placements.add(s.withStyle(new StoryStyle(FrameBorder.FLORAL, true, StoryStyle.VerticalHeadline.LEFT, false)));
            } else if (p instanceof StoryPlacement s) {
                placements.add(s.withStyle(StoryStyle.PLAIN.withVerticalText(true).withBorder(FrameBorder.DOUBLE)));
            } else {
                placements.add(p);
            }
        }
        placements.add(new BannerPlacement("标语", new GridRect(0, 90, 8, 4), "学党史 悟思想 办实事 开新局", true, true));
        placements.add(new BannerPlacement("plain", new GridRect(0, 95, 8, 3), "爱读书 读好书", false, false));
        List<Page> pages = content.pages().stream().map(p -> p == front ? front.withPlacements(placements) : p).toList();
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }

    @Test
    void bannersAndFrameLooksComeBackAsSavedAfterReopening() {
        EditionContent content = withElements();
        database.repository().insertEdition(content);
        database.close();
        database = Database.open(location());

        EditionContent loaded = database.repository().loadEdition("ed-elements").orElseThrow();

        assertThat(loaded).isEqualTo(content);
        List<Placement> front = loaded.page(1).orElseThrow().placements();
        assertThat(front).filteredOn(BannerPlacement.class::isInstance).extracting(p -> ((BannerPlacement) p).text())
                .containsExactly("学党史 悟思想 办实事 开新局", "爱读书 读好书");
        assertThat(front).filteredOn(StoryPlacement.class::isInstance).extracting(p -> ((StoryPlacement) p).style())
                .contains(new StoryStyle(FrameBorder.FLORAL, true, StoryStyle.VerticalHeadline.LEFT, false));
    }

    @Test
    void aFrameSetBackToPlainReadsAsPlainAndAMovedBannerKeepsItsSlogan() {
        EditionContent content = withElements();
        database.repository().insertEdition(content);
        Page front = content.page(1).orElseThrow();
        List<Placement> changed = front.placements().stream().map(p -> p instanceof StoryPlacement s
                ? s.withStyle(StoryStyle.PLAIN)
                : p instanceof BannerPlacement b ? b.withFrame(new GridRect(0, b.frame().row() - 2, 8, b.frame().rowSpan())) : p)
                .toList();
        database.repository().savePage(front.withPlacements(changed));

        Page loaded = database.repository().loadEdition("ed-elements").orElseThrow().page(1).orElseThrow();

        assertThat(loaded.placements()).isEqualTo(changed);
        assertThat(loaded.placements()).filteredOn(StoryPlacement.class::isInstance)
                .allSatisfy(p -> assertThat(((StoryPlacement) p).style()).isEqualTo(StoryStyle.PLAIN));
    }
}
