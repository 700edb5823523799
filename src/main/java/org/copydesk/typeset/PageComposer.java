package org.copydesk.typeset;

import java.util.List;
import org.copydesk.model.EditionContent;
import org.copydesk.model.StoryPlacement;

/**
 * Composes pages of an edition. Pure: the same content gives the same layout. Continuations are
 * composed with the frames they follow, so a page's layout may depend on earlier parts elsewhere.
 */
public interface PageComposer {

    /** The layout of the page numbered {@code pageNumber}. */
    PageLayout compose(EditionContent content, int pageNumber);

    /**
     * The house style this composer sets text in; preflight reads the faces of unset text from it.
     * A composer setting another style returns it here.
     */
    default HouseStyle houseStyle() {
        return HouseStyle.newspaper();
    }

    /**
     * What the story of {@code proposed} holds with that frame on page {@code pageNumber} (replacing
     * its frame of the same part, see {@link FrameCapacity}): the same composition as
     * {@link #compose}, so the number agrees with the copyfit the page then shows. Cheap enough to
     * call on every step of a drag.
     *
     * @throws IllegalArgumentException when the edition has no such page or story
     */
    default FrameCapacity capacity(EditionContent content, int pageNumber, StoryPlacement proposed) {
        EditionContent proposal = FrameCapacity.propose(content, pageNumber, proposed);
        return compose(proposal, pageNumber).copyfits().stream()
                .filter(fit -> fit.articleId().equals(proposed.articleId()))
                .findFirst().map(FrameCapacity::of)
                .orElseThrow(() -> new IllegalStateException("the composer gave no copyfit for " + proposed.articleId()));
    }

    /** All pages in page-number order. */
    default List<PageLayout> composeEdition(EditionContent content) {
        return content.pages().stream().map(p -> compose(content, p.number())).toList();
    }
}
