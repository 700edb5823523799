package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.desk.PlanningFixtures.BRIDGE;
import static org.copydesk.desk.PlanningFixtures.EDITION;
import static org.copydesk.desk.PlanningFixtures.MARKET;

import java.util.OptionalInt;
import org.copydesk.desk.FrameRules.Frame;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;

class MakeupTest {
    private final InMemoryEditionRepository repository = PlanningFixtures.repository(2);
    private final Makeup makeup = PlanningFixtures.desk().makeup();
    private final FrameSubject bridge = new FrameSubject.Story(BRIDGE);
    private final FrameSubject market = new FrameSubject.Story(MARKET);

    @Test
    void placesInOneBasedColumnsAndLinesAndSavesThePage() {
        EditionContent after = makeup.place(repository, EDITION, bridge, 1, new Frame(2, 3, 11, 40, 2, 0));

        assertThat(after.page(1).orElseThrow().placements())
                .containsExactly(new StoryPlacement(BRIDGE, new GridRect(1, 10, 3, 40), 0, 2, 0));
        assertThat(repository.loadEdition(EDITION).orElseThrow()).isEqualTo(after);
    }

    @Test
    void placingThePartAgainOnAnotherPageMovesItsFrame() {
        makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 10, 40, 3, 0));
        makeup.place(repository, EDITION, bridge, 2, new Frame(1, 3, 1, 30, 3, 1));

        EditionContent after = makeup.place(repository, EDITION, bridge, 2, new Frame(4, 3, 1, 40, 3, 0));

        assertThat(after.page(1).orElseThrow().placements()).isEmpty();
        assertThat(after.page(2).orElseThrow().placements()).extracting(p -> ((StoryPlacement) p).part())
                .containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void anOverlappingStoryFrameIsRefusedNamingTheStoryInTheWay() {
        makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 10, 40, 3, 0));
        EditionContent before = repository.loadEdition(EDITION).orElseThrow();

        assertThatThrownBy(() -> makeup.place(repository, EDITION, market, 1, new Frame(3, 2, 30, 20, 2, 0)))
                .isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("澜江二桥今晨通车").hasMessageContaining(BRIDGE).hasMessageContaining("page 1");
        assertThat(repository.loadEdition(EDITION).orElseThrow()).isEqualTo(before);
    }

    @Test
    void aPhotoMaySitOnAStoryButNotOnAnotherPhoto() {
        repository.insertPhoto(photo("photo-1", "大桥夜景"));
        repository.insertPhoto(photo("photo-2", ""));
        makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 10, 40, 3, 0));

        makeup.place(repository, EDITION, new FrameSubject.Picture("photo-1"), 1, new Frame(1, 2, 10, 15, 2, 0));

        assertThat(repository.loadEdition(EDITION).orElseThrow().page(1).orElseThrow().placements())
                .hasSize(2).anyMatch(p -> p instanceof PhotoPlacement);
        assertThatThrownBy(() -> makeup.place(repository, EDITION, new FrameSubject.Picture("photo-2"), 1,
                new Frame(2, 2, 20, 15, 2, 0))).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("大桥夜景");
    }

    @Test
    void framesOffTheGridOrWithMoreTextColumnsThanColumnsAreRefused() {
        assertThatThrownBy(() -> makeup.place(repository, EDITION, bridge, 1, new Frame(5, 3, 10, 10, 3, 0)))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("runs off the grid of page 1")
                .hasMessageContaining("6 columns and 70 lines");
        assertThatThrownBy(() -> makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 61, 20, 3, 0)))
                .isInstanceOf(OperationRefusedException.class);
        assertThatThrownBy(() -> makeup.place(repository, EDITION, bridge, 1, new Frame(1, 2, 10, 20, 3, 0)))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("text columns");
        assertThatThrownBy(() -> makeup.place(repository, EDITION, bridge, 3, new Frame(1, 2, 1, 20, 2, 0)))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("no page 3");
        assertThat(repository.loadEdition(EDITION).orElseThrow().pages()).allMatch(p -> p.placements().isEmpty());
    }

    @Test
    void noFrameMayCoverTheMastheadOfPageOneAndTheMessageSaysWhereItEnds() {
        // The tabloid's 报头 takes lines 1-9 of page 1: a story, a photo, an ad or a banner reaching into it is
        // refused as a frame in the way would be; line 10 is the first a frame may start on.
        repository.insertPhoto(photo("photo-1", "大桥夜景"));
        EditionContent before = repository.loadEdition(EDITION).orElseThrow();

        assertThatThrownBy(() -> makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 1, 40, 3, 0)))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("澜江二桥今晨通车")
                .hasMessageContaining("masthead (报头)").hasMessageContaining("lines 1-9 of page 1")
                .hasMessageContaining("start it at line 10 or below").hasMessageContaining("nothing was placed");
        assertThatThrownBy(() -> makeup.place(repository, EDITION, bridge, 1, new Frame(4, 3, 9, 40, 3, 0)))
                .as("one line into the block is on it").isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("masthead");
        assertThatThrownBy(() -> makeup.place(repository, EDITION, new FrameSubject.Picture("photo-1"), 1,
                new Frame(5, 2, 1, 15, 2, 0))).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("masthead");
        assertThatThrownBy(() -> makeup.placeAd(repository, EDITION, makeup.ad("江澜银行"), 1, new Frame(1, 6, 1, 9, 6, 0),
                java.util.Optional.empty())).isInstanceOf(OperationRefusedException.class).hasMessageContaining("masthead");
        assertThatThrownBy(() -> makeup.placeBanner(repository, EDITION, new FrameSubject.Banner("口号"), 1,
                new Frame(1, 6, 5, 4, 6, 0), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("masthead");
        assertThat(repository.loadEdition(EDITION).orElseThrow()).isEqualTo(before);

        EditionContent below = makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 10, 40, 3, 0));
        EditionContent otherPage = makeup.place(repository, EDITION, market, 2, new Frame(1, 3, 1, 40, 3, 0));

        assertThat(below.page(1).orElseThrow().placements()).extracting(p -> p.frame().row()).containsExactly(9);
        assertThat(otherPage.page(2).orElseThrow().placements()).as("inner pages have no block")
                .extracting(p -> p.frame().row()).containsExactly(0);
    }

    @Test
    void aFrameStoredOnTheMastheadMayBeMovedOffItButNotResizedWithinIt() {
        // An archive may hold such a frame (stored before make-up refused it): moving it below the block mends it.
        var stored = repository.loadEdition(EDITION).orElseThrow();
        var page1 = stored.page(1).orElseThrow();
        repository.replacePages(EDITION, stored.pages(), java.util.List.of(
                page1.withPlacements(java.util.List.of(StoryPlacement.of(BRIDGE, new GridRect(0, 0, 3, 40), 0))),
                stored.page(2).orElseThrow()));

        assertThatThrownBy(() -> makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 1, 30, 3, 0)))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("masthead");
        EditionContent mended = makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 10, 40, 3, 0));

        assertThat(mended.page(1).orElseThrow().placements()).extracting(p -> p.frame().row()).containsExactly(9);
    }

    @Test
    void aSpikedStoryIsNotPlaced() {
        repository.spikeStory(MARKET, 1);

        assertThatThrownBy(() -> makeup.place(repository, EDITION, market, 1, new Frame(1, 2, 10, 20, 2, 0)))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("spiked");
    }

    @Test
    void unplaceTakesOffOnePartOrEveryFrameAndRefusesWhenNothingIsThere() {
        makeup.place(repository, EDITION, bridge, 1, new Frame(1, 3, 10, 40, 3, 0));
        makeup.place(repository, EDITION, bridge, 2, new Frame(1, 3, 1, 40, 3, 1));

        EditionContent onePartOff = makeup.unplace(repository, EDITION, bridge, OptionalInt.of(1), OptionalInt.empty());
        assertThat(onePartOff.page(1).orElseThrow().placements()).hasSize(1);
        assertThat(onePartOff.page(2).orElseThrow().placements()).isEmpty();

        EditionContent allOff = makeup.unplace(repository, EDITION, bridge, OptionalInt.empty(), OptionalInt.empty());
        assertThat(allOff.pages()).allMatch(p -> p.placements().isEmpty());
        assertThat(allOff.article(BRIDGE)).as("the story stays in the edition").isPresent();
        assertThatThrownBy(() -> makeup.unplace(repository, EDITION, bridge, OptionalInt.empty(), OptionalInt.empty()))
                .isInstanceOf(OperationRefusedException.class);
    }

    @Test
    void aStoryIsFoundByTheStartOfItsIdWhenOnlyOneStartsSo() {
        EditionContent content = repository.loadEdition(EDITION).orElseThrow();

        assertThat(makeup.story(content, "story-b")).isEqualTo(bridge);
        assertThat(makeup.story(content, MARKET)).isEqualTo(market);
        assertThatThrownBy(() -> makeup.story(content, "story-")).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("2 stories");
        assertThatThrownBy(() -> makeup.photo(content, "nope")).isInstanceOf(OperationRefusedException.class);
    }

    private static Photo photo(String id, String caption) {
        byte[] bytes = {1, 2, 3};
        return new Photo(id, EDITION, id + ".jpg", "image/jpeg", bytes,
                java.util.HexFormat.of().formatHex(sha256(bytes)), 800, 600,
                new Caption(caption, "李明", "", CaptionKind.NEWS));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
