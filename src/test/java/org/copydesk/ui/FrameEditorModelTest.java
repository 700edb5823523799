package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.ui.FrameEditorModel.Check;
import org.copydesk.ui.FrameEditorModel.Frame;
import org.junit.jupiter.api.Test;

/**
 * Make-up on the fixture's tabloid pages (6 栏 x 70 行): page 1 holds the bridge story and its photo
 * below the 报头, which takes its lines 1-9.
 */
class FrameEditorModelTest {
    private final EditionContent content = FixtureEdition.content();
    private final Page page1 = content.page(1).orElseThrow();
    private final Page page2 = content.page(2).orElseThrow();
    private final FrameEditorModel model = new FrameEditorModel();
    private final Selection market = new Selection.Story(FixtureEdition.MARKET_STORY);
    private final Selection bridge = new Selection.Story(FixtureEdition.BRIDGE_STORY);
    private final Selection photo = new Selection.Picture(FixtureEdition.BRIDGE_PHOTO);

    @Test
    void placesAStoryNotOnThePageAsItsNextPartInOneBasedUnits() {
        // The market story opens on page 2, so on page 1 it continues as part 1.
        Frame frame = new Frame(1, 3, 41, 30, 3, FrameEditorModel.nextPart(content, market));

        Page made = model.place(page1, market, frame);

        assertThat(made.placements()).hasSize(3).contains(new StoryPlacement(
                FixtureEdition.MARKET_STORY, new GridRect(0, 40, 3, 30), 1, 3, 0));
        assertThat(made.id()).isEqualTo(page1.id());
        assertThat(page1.placements()).as("the old value is untouched").hasSize(2);
    }

    @Test
    void startingFrameOfAPlacedStoryIsItsFrameAndOfANewOneAFreeSpot() {
        assertThat(FrameEditorModel.startingFrame(content, page1, bridge)).isEqualTo(new Frame(1, 4, 10, 31, 4, 0));
        Frame free = FrameEditorModel.startingFrame(content, page1, market);
        assertThat(FrameEditorModel.check(page1, market, free)).isInstanceOf(Check.Fits.class);
        assertThat(free.part()).isEqualTo(1);
    }

    @Test
    void movesAndResizesAFrameKeepingItsPartAndHeadlineSize() {
        var sized = page1.withPlacements(List.of(new StoryPlacement(FixtureEdition.BRIDGE_STORY,
                new GridRect(0, 9, 4, 31), 0, 4, 36), page1.placements().get(1)));

        Page moved = model.place(sized, bridge, new Frame(2, 3, 21, 50, 2, 0));

        assertThat(moved.placements()).hasSize(2).first().isEqualTo(new StoryPlacement(
                FixtureEdition.BRIDGE_STORY, new GridRect(1, 20, 3, 50), 0, 2, 36));
    }

    @Test
    void removesAFrameFromThePage() {
        Page without = model.remove(page2, market, 0);

        assertThat(without.placements()).isEmpty();
        assertThatThrownBy(() -> model.remove(without, market, 0)).hasMessageContaining("not on page 2");
    }

    @Test
    void refusesAFrameOffTheGrid() {
        Frame tooWide = new Frame(5, 3, 1, 10, 3, 0);
        Frame tooDeep = new Frame(1, 3, 61, 11, 3, 0);

        assertThat(FrameEditorModel.check(page2, market, tooWide)).isInstanceOf(Check.OffGrid.class);
        assertThat(FrameEditorModel.check(page2, market, tooDeep)).isInstanceOf(Check.OffGrid.class);
        assertThat(FrameEditorModel.check(page2, market, new Frame(0, 3, 1, 10, 3, 0))).isInstanceOf(Check.OffGrid.class);
        assertThat(FrameEditorModel.check(page2, market, new Frame(4, 3, 61, 10, 3, 0))).isInstanceOf(Check.Fits.class);
        assertThatThrownBy(() -> model.place(page2, market, tooWide)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page 2");
    }

    @Test
    void refusesTextColumnsWiderThanTheSpan() {
        assertThat(FrameEditorModel.check(page2, market, new Frame(1, 3, 1, 30, 4, 0))).isInstanceOf(Check.BadTextColumns.class);
    }

    @Test
    void refusesAStoryFrameOnAnotherStoryButNotOnItsOwnOldFrame() {
        Frame onBridge = new Frame(3, 3, 30, 20, 3, 1);

        assertThat(FrameEditorModel.check(page1, market, onBridge)).isEqualTo(new Check.Overlaps(FixtureEdition.BRIDGE_STORY));
        assertThat(FrameEditorModel.check(page1, market, new Frame(1, 3, 41, 20, 3, 1))).isInstanceOf(Check.Fits.class);
        assertThat(FrameEditorModel.check(page1, bridge, new Frame(1, 4, 11, 40, 4, 0)))
                .as("moving a frame down over where it was").isInstanceOf(Check.Fits.class);
    }

    @Test
    void refusesAnyFrameOnTheMastheadOfPageOneAndSaysWhereToStart() {
        Frame onMasthead = new Frame(1, 3, 5, 20, 3, 1);

        assertThat(FrameEditorModel.check(page1, market, onMasthead)).isEqualTo(new Check.OnMasthead(new GridRect(0, 0, 6, 9)));
        assertThat(FrameEditorModel.check(page1, photo, new Frame(5, 2, 1, 9, 2, 0))).isInstanceOf(Check.OnMasthead.class);
        assertThat(FrameEditorModel.check(page2, market, new Frame(1, 3, 5, 20, 3, 0))).isInstanceOf(Check.Fits.class);
        assertThat(FrameWords.problem(UiText.forLocale(java.util.Locale.ENGLISH), content, page1,
                FrameEditorModel.check(page1, market, onMasthead)))
                .isEqualTo("The frame covers the masthead (报头) on lines 1-9: start it at line 10 or below");
        assertThat(FrameWords.problem(UiText.forLocale(java.util.Locale.SIMPLIFIED_CHINESE), content, page1,
                FrameEditorModel.check(page1, market, onMasthead)))
                .isEqualTo("版位压住了第 1—9 行的报头：请从第 10 行或以下排起");
        assertThatThrownBy(() -> model.place(page1, market, onMasthead)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPhotoMayOverlapAStoryButNotAnotherPhoto() {
        Frame onStory = new Frame(2, 2, 10, 15, 2, 0);
        Page made = model.place(page1, photo, onStory);
        assertThat(made.placements()).contains(new PhotoPlacement(FixtureEdition.BRIDGE_PHOTO,
                new GridRect(1, 9, 2, 15), FixtureEdition.BRIDGE_STORY));

        // A story frame over the photo is fine too: the text runs around it.
        assertThat(FrameEditorModel.check(page1, market, new Frame(5, 2, 10, 20, 2, 1))).isInstanceOf(Check.Fits.class);
        var secondPhoto = page2.withPlacements(List.of(new PhotoPlacement("other", new GridRect(3, 0, 2, 20), "")));
        assertThat(FrameEditorModel.check(secondPhoto, photo, new Frame(4, 2, 5, 10, 2, 0)))
                .isEqualTo(new Check.Overlaps("other"));
    }
}
