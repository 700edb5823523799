package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.TinyPdf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ad slots (广告) and their artwork in a real database: saved with the page, read back whole, removed with it. */
class AdSlotStoreTest {
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

    private EditionRepository repository() {
        return database.repository();
    }

    /** The test edition with two ads added to its front page: one with artwork, one without. */
    private EditionContent withAds(AdArtwork artwork) {
        EditionContent content = TestEditions.edition("ed-ads").build();
        Page front = content.page(1).orElseThrow();
        List<Placement> placements = new ArrayList<>(front.placements());
        placements.add(new AdPlacement("江澜银行", new GridRect(0, 60, 4, 10), "江澜银行", Optional.of(artwork)));
        placements.add(new AdPlacement("城南家具", new GridRect(4, 60, 4, 10), "城南家具城", Optional.empty()));
        List<Page> pages = content.pages().stream().map(p -> p == front ? front.withPlacements(placements) : p).toList();
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }

    @Test
    void adSlotsWithAndWithoutArtworkComeBackAsSavedAfterReopening() {
        AdArtwork artwork = TinyPdf.artwork("银行广告.pdf");
        EditionContent content = withAds(artwork);
        repository().insertEdition(content);
        database.close();
        database = Database.open(location());

        EditionContent loaded = repository().loadEdition("ed-ads").orElseThrow();

        assertThat(loaded).isEqualTo(content);
        List<AdPlacement> ads = loaded.page(1).orElseThrow().placements().stream()
                .filter(AdPlacement.class::isInstance).map(AdPlacement.class::cast).toList();
        assertThat(ads).extracting(AdPlacement::advertiser).containsExactly("江澜银行", "城南家具城");
        assertThat(ads.get(0).artwork().orElseThrow().pdf()).isEqualTo(artwork.pdf());
        assertThat(ads.get(1).artwork()).isEmpty();
    }

    @Test
    void replacingOrTakingOffArtworkAndSlotsIsSavedWithThePage() {
        EditionContent content = withAds(TinyPdf.artwork("银行广告.pdf"));
        repository().insertEdition(content);
        Page front = content.page(1).orElseThrow();
        AdArtwork newer = new AdArtwork("银行广告-改.pdf", TinyPdf.onePage(300, 200));
        List<Placement> changed = front.placements().stream()
                .filter(p -> !p.contentId().equals("城南家具"))
                .map(p -> p instanceof AdPlacement ad ? ad.withArtwork(Optional.of(newer)) : p)
                .toList();

        repository().replacePages("ed-ads", content.pages(), content.pages().stream()
                .map(p -> p == front ? front.withPlacements(changed) : p).toList());
        Page stored = repository().loadEdition("ed-ads").orElseThrow().page(1).orElseThrow();
        assertThat(stored.placements()).isEqualTo(changed);

        List<Placement> none = stored.placements().stream()
                .map(p -> p instanceof AdPlacement ad ? ad.withArtwork(Optional.empty()) : p).toList();
        EditionContent current = repository().loadEdition("ed-ads").orElseThrow();
        repository().replacePages("ed-ads", current.pages(), current.pages().stream()
                .map(p -> p.number() == 1 ? p.withPlacements(none) : p).toList());
        assertThat(repository().loadEdition("ed-ads").orElseThrow().page(1).orElseThrow().placements()).isEqualTo(none);
    }
}
