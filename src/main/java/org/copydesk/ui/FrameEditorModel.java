package org.copydesk.ui;

import java.util.Optional;
import org.copydesk.desk.FrameRules;
import org.copydesk.desk.FrameSubject;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryStyle;

/**
 * Page make-up without controls: places a story, photo or banner on a page, changes its frame (and a
 * story frame's look: boxed, 竖题, 竖排; a banner's slogan) or takes it off, always producing a new {@link Page} value (the window keeps before and after for undo).
 * Frames are given in the desk's units, 栏 and 行, counted from 1 as the page dummy does; the model turns them into 0-based {@link GridRect}s.
 *
 * <p>The grid and overlap rules are {@link FrameRules}, the ones {@code copydesk place} obeys too:
 * story frames may not overlap each other, a photo may sit on a story frame but not on another photo,
 * and no frame covers page 1's 报头.
 */
final class FrameEditorModel {
    /**
     * A frame as the dialog edits it.
     *
     * @param column      first 栏, from 1
     * @param span        栏数
     * @param row         first 行, from 1
     * @param rows        行数
     * @param textColumns 分栏: columns the body is set in (stories only; equal to span for photos)
     * @param part        which frame of the story (0 opens it); 0 for photos
     */
    record Frame(int column, int span, int row, int rows, int textColumns, int part) {
        /** The grid rectangle, or empty when a number is below 1 and so no rectangle at all. */
        Optional<GridRect> rect() {
            if (column < 1 || row < 1 || span < 1 || rows < 1) {
                return Optional.empty();
            }
            return Optional.of(new GridRect(column - 1, row - 1, span, rows));
        }

        static Frame of(Placement placement) {
            return of(FrameRules.Frame.of(placement));
        }

        static Frame of(FrameRules.Frame f) {
            return new Frame(f.column(), f.span(), f.row(), f.rows(), f.textColumns(), f.part());
        }

        FrameRules.Frame desk() {
            return new FrameRules.Frame(column, span, row, rows, textColumns, part);
        }
    }

    /** Whether a frame can be made up, and if not, why. */
    sealed interface Check {
        record Fits(GridRect rect) implements Check {
        }

        /** Off the page grid (or a number below 1). */
        record OffGrid() implements Check {
        }

        /** 分栏 must be between 1 and the span. */
        record BadTextColumns() implements Check {
        }

        /** Would cover another frame that may not be covered. */
        record Overlaps(String contentId) implements Check {
        }

        /** Would cover the 报头 printed in {@code area} of page 1. */
        record OnMasthead(GridRect area) implements Check {
        }
    }

    /** The frame of {@code subject} on {@code page}: its first part there, if it is placed there. */
    static Optional<Placement> placementOn(Page page, Selection subject) {
        return subject instanceof Selection.Nothing ? Optional.empty() : FrameRules.placementOn(page, desk(subject));
    }

    /**
     * What the dialog starts from: the existing frame on the page, or for a story or photo not on
     * it a frame in the first free spot (the next part of a story already placed elsewhere).
     */
    static Frame startingFrame(EditionContent content, Page page, Selection subject) {
        return Frame.of(FrameRules.startingFrame(content, page, desk(subject)));
    }

    /** The part number a new frame of the story gets: one after its last part anywhere. */
    static int nextPart(EditionContent content, Selection subject) {
        return subject instanceof Selection.Nothing ? 0 : FrameRules.nextPart(content, desk(subject));
    }

    /** Checks {@code frame} for {@code subject} on {@code page} against the grid and the other frames. */
    static Check check(Page page, Selection subject, Frame frame) {
        FrameRules.Check check = FrameRules.check(page, desk(subject), frame.desk());
        if (check instanceof FrameRules.Check.Fits fits) {
            return new Check.Fits(fits.rect());
        }
        if (check instanceof FrameRules.Check.Overlaps overlaps) {
            return new Check.Overlaps(overlaps.contentId());
        }
        if (check instanceof FrameRules.Check.OnMasthead masthead) {
            return new Check.OnMasthead(masthead.area());
        }
        return check instanceof FrameRules.Check.BadTextColumns ? new Check.BadTextColumns() : new Check.OffGrid();
    }

    /**
     * Puts {@code subject} on {@code page} with {@code frame}: replaces its frame of the same part
     * there, or adds it. The window remembers the change for undo.
     *
     * @throws IllegalArgumentException naming the problem when the frame does not fit
     */
    Page place(Page page, Selection subject, Frame frame) {
        return FrameRules.placed(page, desk(subject), frame.desk());
    }

    /** {@code page} with the story frame of {@code part} set in {@code style}; the page as it is when it has none. */
    Page styled(Page page, Selection.Story story, int part, StoryStyle style) {
        return FrameRules.styled(page, new FrameSubject.Story(story.articleId()), part, style).orElse(page);
    }

    /** {@code page} with the banner showing {@code slogan} (blank keeps it), tinted and ruled as given. */
    Page bannerSet(Page page, Selection.Banner banner, String slogan, boolean tinted, boolean ruled) {
        return FrameRules.bannerSet(page, new FrameSubject.Banner(banner.bannerId()), slogan, tinted, ruled).orElse(page);
    }

    /** Takes {@code subject}'s frame of {@code part} off {@code page}; the story or photo stays in the edition. */
    Page remove(Page page, Selection subject, int part) {
        Page without = FrameRules.removed(page, desk(subject), part).orElseThrow(() -> new IllegalArgumentException(
                subject + " part " + part + " is not on page " + page.number()));
        return without;
    }

    /** The desk's name for what the window has selected; make-up needs a story or a photo. */
    private static FrameSubject desk(Selection subject) {
        if (subject instanceof Selection.Story s) {
            return new FrameSubject.Story(s.articleId());
        }
        if (subject instanceof Selection.Picture p) {
            return new FrameSubject.Picture(p.photoId());
        }
        if (subject instanceof Selection.Ad a) {
            return new FrameSubject.Ad(a.adId());
        }
        if (subject instanceof Selection.Banner b) {
            return new FrameSubject.Banner(b.bannerId());
        }
        if (subject instanceof Selection.IndexBox i) {
            return new FrameSubject.IndexBox(i.indexId());
        }
        throw new IllegalArgumentException("nothing selected to place");
    }
}
