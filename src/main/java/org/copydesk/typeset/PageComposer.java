package org.copydesk.typeset;

import java.util.List;
import org.copydesk.model.EditionContent;

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

    /** All pages in page-number order. */
    default List<PageLayout> composeEdition(EditionContent content) {
        return content.pages().stream().map(p -> compose(content, p.number())).toList();
    }
}
