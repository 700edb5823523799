package org.copydesk.ui;

import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.FrameCapacity;
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

    /** The composer's answer to what a story would hold in a proposed frame. */
    interface Capacity {
        Optional<FrameCapacity> of(int pageNumber, StoryPlacement proposed);
    }

    /**
     * The capacity of a story frame that fits, from the composer and so in agreement with copyfit
     * (with how much is left over or missing), or a photo frame's size.
     */
    static String fits(UiText text, Capacity capacity, Page page, Selection subject, Frame frame, Check.Fits fits) {
        return fits(text, capacity, page, subject, frame, fits, java.util.Optional.empty());
    }

    /** As above, with the frame set in {@code look} (boxed, 竖题, 竖排) when given, else in the look it has. */
    static String fits(UiText text, Capacity capacity, Page page, Selection subject, Frame frame, Check.Fits fits,
                       java.util.Optional<org.copydesk.model.StoryStyle> look) {
        if (subject instanceof Selection.Banner) {
            return text.format("frame.bannerSize", frame.span(), frame.rows());
        }
        if (subject instanceof Selection.IndexBox) {
            return text.format("frame.indexSize", frame.span(), frame.rows());
        }
        if (!(subject instanceof Selection.Story story)) {
            return text.format("frame.size", frame.span(), frame.rows());
        }
        // A headline size and look chosen earlier stay with the frame, as FrameEditorModel.place keeps them.
        var placed = page.placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.articleId().equals(story.articleId()) && s.part() == frame.part())
                .map(StoryPlacement.class::cast).findFirst();
        double headline = placed.map(StoryPlacement::headlineSizePt).orElse(0.0);
        var style = look.orElse(placed.map(StoryPlacement::style).orElse(org.copydesk.model.StoryStyle.PLAIN));
        var proposed = new StoryPlacement(story.articleId(), fits.rect(), frame.part(), frame.textColumns(), headline, style);
        return capacity.of(page.number(), proposed)
                .map(c -> text.format("frame.capacityFit", c.characters(), c.difference() > 0
                        ? text.format("frame.short", c.difference())
                        : c.difference() < 0 ? text.format("frame.over", -c.difference()) : text.get("frame.exact")))
                .orElseGet(() -> text.format("frame.capacity", SlotCapacity.characters(page.spec(), fits.rect(), frame.textColumns())));
    }

    /** Why a frame cannot be made up; empty when it fits. */
    static String problem(UiText text, EditionContent content, Page page, Check check) {
        if (check instanceof Check.Overlaps overlaps) {
            return text.format("frame.overlaps", name(content, overlaps.contentId()));
        } else if (check instanceof Check.OnMasthead masthead) {
            return text.format("frame.onMasthead", masthead.area().lastRow() + 1, masthead.area().lastRow() + 2);
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
