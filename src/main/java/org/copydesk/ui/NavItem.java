package org.copydesk.ui;

import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;

/** A node of the edition navigator. Values are replaced when the content changes. */
sealed interface NavItem {

    record EditionItem(Edition edition) implements NavItem {
    }

    record PageItem(Page page) implements NavItem {
    }

    /** Stories written for the edition but not yet placed on a page. */
    record UnplacedItem() implements NavItem {
    }

    /** Spiked stories (撤稿): kept and restorable, on no page. */
    record SpikedItem() implements NavItem {
    }

    /** A story on a page; {@code continuation} when only a later part of it is placed there. */
    record StoryItem(Article article, boolean continuation) implements NavItem {
    }

    record PhotoItem(Photo photo) implements NavItem {
    }

    /** The selection this node stands for. */
    default Selection selection() {
        if (this instanceof StoryItem s) {
            return new Selection.Story(s.article().id());
        }
        if (this instanceof PhotoItem p) {
            return new Selection.Picture(p.photo().id());
        }
        return new Selection.Nothing();
    }
}
