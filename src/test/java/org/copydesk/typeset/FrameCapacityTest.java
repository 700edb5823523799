package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.Test;

/**
 * A frame's capacity comes from the composition copyfit comes from: for a placed story, capacity
 * minus the story's 字数 is what copyfit reports after the frame is made up (差 N 字, or minus
 * 超 N 字), on the sample edition's stories as they stand and with their frames changed.
 */
class FrameCapacityTest {
    private static final EditionContent SAMPLE = SampleEdition.create();
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);

    @Test
    void everySampleStoryAsMadeUpHoldsItsLengthPlusCopyfitsFreeCharacters() {
        int stories = 0;
        for (Page page : SAMPLE.pages()) {
            for (Placement placement : page.placements()) {
                if (placement instanceof StoryPlacement story && story.part() == 0 && story.style().verticalText()) {
                    // A vertical piece spreads its columns to fill the frame, so its copyfit shows no free
                    // space while the last column may still have cells: the frame holds it, no more is claimed.
                    FrameCapacity capacity = composer.capacity(SAMPLE, page.number(), story);
                    int length = length(SAMPLE.article(story.articleId()).orElseThrow());
                    assertThat(capacity.characters()).as("the vertical piece on page %d fits", page.number())
                            .isGreaterThanOrEqualTo(length);
                    assertThat(capacity.copyfit().overset()).isFalse();
                    stories++;
                } else if (placement instanceof StoryPlacement story && story.part() == 0) {
                    assertAgreesWithCopyfit(SAMPLE, page.number(), story);
                    stories++;
                }
            }
        }
        assertThat(stories).isEqualTo(SAMPLE.articles().size());
    }

    @Test
    void shorterTallerAndBrokenFramesAgreeWithTheCopyfitTheyThenGet() {
        // page 1 lead (通栏, photo in its body, jump to page 3) and the story below it, page 2 三破二, page 4 briefs,
        // page 6 interview (two photos in its body), page 8 health column
        for (String key : List.of("p1-1", "p1-2", "p2-2", "p4-4", "p6-1", "p8-3")) {
            Located at = opening(SAMPLE, key);
            GridRect r = at.story().frame();
            List<StoryPlacement> proposals = List.of(
                    resized(at.story(), new GridRect(r.column(), r.row(), r.columnSpan(), r.rowSpan() - 8), r.columnSpan()),
                    resized(at.story(), new GridRect(r.column(), r.row(), r.columnSpan(), r.rowSpan() - 1), r.columnSpan()),
                    resized(at.story(), new GridRect(r.column(), r.row(), r.columnSpan(), Math.min(100 - r.row(), r.rowSpan() + 6)),
                            r.columnSpan()),
                    resized(at.story(), r, Math.max(1, r.columnSpan() - 1)));
            for (StoryPlacement proposal : proposals) {
                assertAgreesWithCopyfit(SAMPLE, at.page(), proposal);
            }
        }
    }

    @Test
    void aShortenedFrameIsOversetByWhatTheCapacityLacks() {
        Located at = opening(SAMPLE, "p4-4");
        GridRect r = at.story().frame();
        StoryPlacement shorter = resized(at.story(), new GridRect(r.column(), r.row(), r.columnSpan(), r.rowSpan() - 10), 5);
        FrameCapacity capacity = composer.capacity(SAMPLE, at.page(), shorter);
        assertThat(capacity.copyfit().overset()).isTrue();
        assertThat(capacity.difference()).isNegative().isEqualTo(capacity.characters() - length(at.article()));
    }

    @Test
    void theHeadlineStackAndAPhotoTakeFromWhatTheEmptySlotHolds() {
        Located lead = opening(SAMPLE, "p1-1");
        Page one = SAMPLE.page(1).orElseThrow();
        int slot = SlotCapacity.characters(one.spec(), lead.story().frame(), lead.story().textColumns());
        // The lead runs on to page 3: its capacity counts both frames.
        StoryPlacement continuation = opening(SAMPLE, "p1-1", 1).story();
        int slotBoth = slot + SlotCapacity.characters(one.spec(), continuation.frame(), continuation.textColumns());
        FrameCapacity withPhoto = composer.capacity(SAMPLE, 1, lead.story());
        assertThat(withPhoto.characters()).isLessThan(slotBoth);

        EditionContent noPhoto = withPage(SAMPLE, one.withPlacements(one.placements().stream()
                .filter(p -> p instanceof StoryPlacement).toList()));
        FrameCapacity withoutPhoto = composer.capacity(noPhoto, 1, lead.story());
        // The 4 x 27 photo took about 4 columns x 27 rows of 13 characters.
        assertThat(withoutPhoto.characters() - withPhoto.characters()).isBetween(4 * 24 * 13, 4 * 29 * 13);
    }

    @Test
    void anyComposerAnswersThroughItsPagesWithTheSameFigures() {
        PageComposer plain = composer::compose;
        for (String key : List.of("p1-1", "p3-2", "p5-4")) {
            Located at = opening(SAMPLE, key);
            GridRect r = at.story().frame();
            StoryPlacement proposal = resized(at.story(), new GridRect(r.column(), r.row(), r.columnSpan(), r.rowSpan() - 3),
                    r.columnSpan());
            assertThat(plain.capacity(SAMPLE, at.page(), proposal)).isEqualTo(composer.capacity(SAMPLE, at.page(), proposal));
        }
    }

    @Test
    void aNewPartOnAnotherPageAddsToTheStoryAndLeavesTheEditionAsItWas() {
        Located at = opening(SAMPLE, "p8-4");
        GridRect r = at.story().frame();
        StoryPlacement shorter = resized(at.story(), new GridRect(r.column(), r.row(), r.columnSpan(), 20), r.columnSpan());
        EditionContent shortened = withPage(SAMPLE, replace(SAMPLE.page(8).orElseThrow(), at.story(), shorter));
        int alone = composer.capacity(shortened, 8, shorter).characters();
        StoryPlacement part1 = new StoryPlacement(at.article().id(), new GridRect(3, 98, 5, 2), 1, 5, 0);
        FrameCapacity continued = composer.capacity(shortened, 8, part1);
        assertThat(continued.characters()).isGreaterThan(alone);
        assertAgreesWithCopyfit(shortened, 8, part1);
        assertThat(shortened.page(8).orElseThrow().placements()).doesNotContain(part1);
    }

    @Test
    void anUnknownStoryOrPageIsRefused() {
        StoryPlacement nobody = StoryPlacement.of("no-such-story", new GridRect(0, 0, 2, 10), 0);
        assertThatThrownBy(() -> composer.capacity(SAMPLE, 1, nobody)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-story");
        Located at = opening(SAMPLE, "p1-2");
        assertThatThrownBy(() -> composer.capacity(SAMPLE, 99, at.story())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
    }

    /**
     * The proposal made up by hand (not through {@link FrameCapacity}), the page composed by a
     * fresh composer, and its copyfit read as the window and preflight read it.
     */
    private void assertAgreesWithCopyfit(EditionContent content, int pageNumber, StoryPlacement proposal) {
        Page page = content.page(pageNumber).orElseThrow();
        Located before = find(content, proposal.articleId(), proposal.part());
        Page madeUp = before != null && before.page() == pageNumber ? replace(page, before.story(), proposal)
                : page.withPlacements(append(page.placements(), proposal));
        EditionContent after = withPage(before != null && before.page() != pageNumber
                ? withPage(content, remove(content.page(before.page()).orElseThrow(), before.story())) : content, madeUp);
        Copyfit copyfit = new NewspaperComposer(TypesetFixtures.FONTS).compose(after, pageNumber).copyfits().stream()
                .filter(c -> c.articleId().equals(proposal.articleId())).findFirst().orElseThrow();
        FrameCapacity capacity = composer.capacity(content, pageNumber, proposal);
        int reported = copyfit.overset() ? -copyfit.oversetChars() : copyfit.freeChars();
        int length = length(content.article(proposal.articleId()).orElseThrow());
        assertThat(capacity.characters() - length).as("%s on page %d: capacity %d, 字数 %d, copyfit %s / %s",
                proposal, pageNumber, capacity.characters(), length, copyfit.summaryZh(), copyfit.freeSpaceCharsZh())
                .isEqualTo(reported);
        assertThat(capacity.difference()).isEqualTo(reported);
        assertThat(capacity.copyfit()).isEqualTo(copyfit);
    }

    private record Located(int page, StoryPlacement story, Article article) {
    }

    /** A sample story by its place: "p4-4" is the fifth story opened on page 4 in make-up order. */
    private static Located opening(EditionContent content, String key) {
        return opening(content, key, 0);
    }

    private static Located opening(EditionContent content, String key, int part) {
        Article article = content.articles().stream().filter(a -> a.id().equals(articleIdOf(content, key)))
                .findFirst().orElseThrow();
        return find(content, article.id(), part);
    }

    /** The {@code index}-th story opened on page {@code pageNumber}, in make-up order (from 1). */
    private static String articleIdOf(EditionContent content, String key) {
        int pageNumber = Integer.parseInt(key.substring(1, key.indexOf('-')));
        int index = Integer.parseInt(key.substring(key.indexOf('-') + 1));
        return content.page(pageNumber).orElseThrow().placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0).map(Placement::contentId)
                .toList().get(index - 1);
    }

    private static Located find(EditionContent content, String articleId, int part) {
        for (Page page : content.pages()) {
            for (Placement p : page.placements()) {
                if (p instanceof StoryPlacement s && s.articleId().equals(articleId) && s.part() == part) {
                    return new Located(page.number(), s, content.article(articleId).orElseThrow());
                }
            }
        }
        return null;
    }

    private static StoryPlacement resized(StoryPlacement story, GridRect frame, int textColumns) {
        return new StoryPlacement(story.articleId(), frame, story.part(), textColumns, story.headlineSizePt());
    }

    private static int length(Article article) {
        return TextLength.of(article.body()).zi();
    }

    private static Page replace(Page page, Placement old, Placement now) {
        return page.withPlacements(page.placements().stream().map(p -> p.equals(old) ? now : p).toList());
    }

    private static Page remove(Page page, Placement old) {
        return page.withPlacements(page.placements().stream().filter(p -> !p.equals(old)).toList());
    }

    private static List<Placement> append(List<Placement> placements, Placement added) {
        List<Placement> all = new ArrayList<>(placements);
        all.add(added);
        return all;
    }

    private static EditionContent withPage(EditionContent content, Page page) {
        return new EditionContent(content.edition(), content.pages().stream().map(p -> p.number() == page.number() ? page : p)
                .toList(), content.articles(), content.photos());
    }
}
