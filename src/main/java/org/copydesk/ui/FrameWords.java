package org.copydesk.ui;

import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.typeset.SlotCapacity;
import org.copydesk.ui.FrameEditorModel.Check;
import org.copydesk.ui.FrameEditorModel.Frame;

/**
 * What a proposed frame means, in the user's words: what a story frame holds or a photo frame's
 * size when it fits, else why it cannot be made up. The frame dialog and make-up with the mouse
 * say the same.
 */
final class FrameWords {
    private FrameWords() {
    }

    /** The size or capacity of a frame that fits. */
    static String fits(UiText text, Page page, Selection subject, Frame frame, Check.Fits fits) {
        return subject instanceof Selection.Story
                ? text.format("frame.capacity", SlotCapacity.characters(page.spec(), fits.rect(), frame.textColumns()))
                : text.format("frame.size", frame.span(), frame.rows());
    }

    /** Why a frame cannot be made up; empty when it fits. */
    static String problem(UiText text, EditionContent content, Page page, Check check) {
        if (check instanceof Check.Overlaps overlaps) {
            return text.format("frame.overlaps", name(content, overlaps.contentId()));
        } else if (check instanceof Check.BadTextColumns) {
            return text.get("frame.badTextColumns");
        } else if (check instanceof Check.OffGrid) {
            return text.format("frame.offGrid", page.spec().columns(), page.spec().rows());
        }
        return "";
    }

    /** A story's headline or a photo's file name, as the navigator shows them. */
    static String name(EditionContent content, String contentId) {
        Optional<String> headline = content.article(contentId).map(Article::headline).filter(h -> !h.isBlank());
        return headline.or(() -> content.photo(contentId).map(p -> p.fileName())).orElse(contentId);
    }
}
