package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.desk.PlanningFixtures.BRIDGE;
import static org.copydesk.desk.PlanningFixtures.EDITION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.copydesk.desk.FrameRules.Frame;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Photo;
import org.copydesk.model.TinyPdf;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ad slots (广告) made up by the desk: nothing may cover an ad and an ad covers nothing; artwork is checked. */
class AdSlotMakeupTest {
    @TempDir
    Path dir;

    private final InMemoryEditionRepository repository = PlanningFixtures.repository(2);
    private final Makeup makeup = PlanningFixtures.desk().makeup();
    private final FrameSubject.Ad bank = makeup.ad("  江澜银行 ");

    private AdPlacement ad(EditionContent content, int page) {
        return content.page(page).orElseThrow().placements().stream().filter(AdPlacement.class::isInstance)
                .map(AdPlacement.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aNewSlotIsNamedByItsAdvertiserAndHasNoArtwork() {
        EditionContent after = makeup.placeAd(repository, EDITION, bank, 1, new Frame(1, 4, 41, 20, 4, 0), Optional.empty());

        assertThat(after.page(1).orElseThrow().placements())
                .containsExactly(new AdPlacement("江澜银行", new GridRect(0, 40, 4, 20), "江澜银行", Optional.empty()));
    }

    @Test
    void anAdMayNotCoverAStoryAndNeitherAStoryNorAPhotoNorAnotherAdMayCoverAnAd() {
        repository.insertPhoto(new Photo("photo-1", EDITION, "桥.jpg", "image/jpeg", new byte[] {1}, "00", 100, 100,
                new Caption("大桥夜景", "", "", CaptionKind.NEWS)));
        makeup.place(repository, EDITION, new FrameSubject.Story(BRIDGE), 1, new Frame(1, 3, 10, 30, 3, 0));

        assertThatThrownBy(() -> makeup.placeAd(repository, EDITION, bank, 1, new Frame(2, 3, 20, 20, 3, 0), Optional.empty()))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("the ad slot 江澜银行")
                .hasMessageContaining("澜江二桥今晨通车");

        makeup.placeAd(repository, EDITION, bank, 1, new Frame(1, 4, 41, 20, 4, 0), Optional.empty());
        assertThatThrownBy(() -> makeup.place(repository, EDITION, new FrameSubject.Story(PlanningFixtures.MARKET), 1,
                new Frame(4, 2, 35, 10, 2, 0))).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("would cover the ad slot 江澜银行");
        assertThatThrownBy(() -> makeup.place(repository, EDITION, new FrameSubject.Picture("photo-1"), 1,
                new Frame(1, 2, 45, 5, 2, 0))).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("the ad slot 江澜银行");
        assertThatThrownBy(() -> makeup.placeAd(repository, EDITION, makeup.ad("城南家具"), 1,
                new Frame(3, 2, 50, 10, 2, 0), Optional.empty())).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("the ad slot 江澜银行");
        assertThat(repository.loadEdition(EDITION).orElseThrow().page(1).orElseThrow().placements()).hasSize(2);
    }

    @Test
    void artworkIsReadCheckedAndKeptWhenTheSlotMovesToAnotherPage() throws Exception {
        Path pdf = Files.write(dir.resolve("银行广告.pdf"), TinyPdf.onePage(200, 300));
        makeup.placeAd(repository, EDITION, bank, 1, new Frame(1, 4, 41, 20, 4, 0), Optional.of(pdf));

        EditionContent moved = makeup.placeAd(repository, EDITION, bank, 2, new Frame(3, 4, 1, 20, 4, 0), Optional.empty());

        assertThat(moved.page(1).orElseThrow().placements()).isEmpty();
        assertThat(ad(moved, 2).artwork().orElseThrow().fileName()).isEqualTo("银行广告.pdf");
        assertThat(ad(moved, 2).artwork().orElseThrow().pdf()).isEqualTo(Files.readAllBytes(pdf));
        assertThat(ad(moved, 2).frame()).isEqualTo(new GridRect(2, 0, 4, 20));
    }

    @Test
    void aFileThatIsNotAPdfWithAPageIsRefusedNamingItAndNothingIsPlaced() throws Exception {
        Path notPdf = Files.writeString(dir.resolve("广告.pdf"), "这不是 PDF");
        EditionContent before = repository.loadEdition(EDITION).orElseThrow();

        assertThatThrownBy(() -> makeup.placeAd(repository, EDITION, bank, 1, new Frame(1, 4, 41, 20, 4, 0),
                Optional.of(notPdf))).isInstanceOf(OperationRefusedException.class).hasMessageContaining(notPdf.toString())
                .hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> makeup.placeAd(repository, EDITION, bank, 1, new Frame(1, 4, 41, 20, 4, 0),
                Optional.of(dir.resolve("missing.pdf")))).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("missing.pdf");
        assertThat(repository.loadEdition(EDITION).orElseThrow()).isEqualTo(before);
    }

    @Test
    void blankOrOverlongNamesAreRefusedAndUnplaceTakesTheSlotOff() {
        assertThatThrownBy(() -> makeup.ad(" ")).isInstanceOf(OperationRefusedException.class);
        assertThatThrownBy(() -> makeup.ad("广".repeat(Makeup.AD_NAME_MAX + 1))).isInstanceOf(OperationRefusedException.class);
        makeup.placeAd(repository, EDITION, bank, 1, new Frame(1, 4, 41, 20, 4, 0), Optional.empty());

        EditionContent after = makeup.unplace(repository, EDITION, bank, OptionalInt.empty(), OptionalInt.of(1));

        assertThat(after.page(1).orElseThrow().placements()).isEmpty();
        assertThatThrownBy(() -> makeup.unplace(repository, EDITION, bank, OptionalInt.empty(), OptionalInt.empty()))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("the ad slot 江澜银行");
    }
}
