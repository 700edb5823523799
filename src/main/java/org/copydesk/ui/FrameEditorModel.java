package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * Page make-up without controls: places a story or photo on a page, changes its frame or takes it
 * off, always producing a new {@link Page} value (the window keeps before and after for undo).
 * Frames are given in the desk's units, 栏 and 行, counted from 1 as the
 * page dummy does; the model turns them into 0-based {@link GridRect}s.
 *
 * <p>Story frames may not overlap each other (text would be printed over text). A photo may sit on a
 * story frame, because story text flows around photos, but not on another photo.
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
            GridRect r = placement.frame();
            if (placement instanceof StoryPlacement s) {
                return new Frame(r.column() + 1, r.columnSpan(), r.row() + 1, r.rowSpan(), s.textColumns(), s.part());
            }
            return new Frame(r.column() + 1, r.columnSpan(), r.row() + 1, r.rowSpan(), r.columnSpan(), 0);
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
    }

    /** The frame of {@code subject} on {@code page}: its first part there, if it is placed there. */
    static Optional<Placement> placementOn(Page page, Selection subject) {
        return page.placements().stream()
                .filter(p -> matches(p, subject))
                .min((a, b) -> Integer.compare(part(a), part(b)));
    }

    /**
     * What the dialog starts from: the existing frame on the page, or for a story or photo not on
     * it a frame in the first free spot (the next part of a story already placed elsewhere).
     */
    static Frame startingFrame(EditionContent content, Page page, Selection subject) {
        Optional<Placement> placed = placementOn(page, subject);
        if (placed.isPresent()) {
            return Frame.of(placed.get());
        }
        int span = Math.min(subject instanceof Selection.Picture ? 2 : 3, page.spec().columns());
        int rows = Math.min(20, page.spec().rows());
        int part = nextPart(content, subject);
        for (int row = 0; row + rows <= page.spec().rows(); row++) {
            for (int column = 0; column + span <= page.spec().columns(); column++) {
                var frame = new Frame(column + 1, span, row + 1, rows, span, part);
                if (check(page, subject, frame) instanceof Check.Fits) {
                    return frame;
                }
            }
        }
        return new Frame(1, span, 1, rows, span, part);
    }

    /** The part number a new frame of the story gets: one after its last part anywhere. */
    static int nextPart(EditionContent content, Selection subject) {
        if (!(subject instanceof Selection.Story)) {
            return 0;
        }
        return content.pages().stream().flatMap(p -> p.placements().stream())
                .filter(p -> matches(p, subject))
                .mapToInt(p -> part(p) + 1)
                .max().orElse(0);
    }

    /** Checks {@code frame} for {@code subject} on {@code page} against the grid and the other frames. */
    static Check check(Page page, Selection subject, Frame frame) {
        Optional<GridRect> rect = frame.rect();
        if (rect.isEmpty() || !rect.get().fitsIn(page.spec())) {
            return new Check.OffGrid();
        }
        boolean story = subject instanceof Selection.Story;
        if (story && (frame.textColumns() < 1 || frame.textColumns() > frame.span())) {
            return new Check.BadTextColumns();
        }
        Optional<Placement> self = placementOn(page, subject).filter(p -> part(p) == frame.part());
        for (Placement other : page.placements()) {
            if (self.isPresent() && other == self.get()) {
                continue;
            }
            // Stories may not cover stories, photos not photos; a photo on a story is a runaround.
            boolean clash = story ? other instanceof StoryPlacement : other instanceof PhotoPlacement;
            if (clash && other.frame().overlaps(rect.get())) {
                return new Check.Overlaps(other.contentId());
            }
        }
        return new Check.Fits(rect.get());
    }

    /**
     * Puts {@code subject} on {@code page} with {@code frame}: replaces its frame of the same part
     * there, or adds it. The window remembers the change for undo.
     *
     * @throws IllegalArgumentException naming the problem when the frame does not fit
     */
    Page place(Page page, Selection subject, Frame frame) {
        Check check = check(page, subject, frame);
        if (!(check instanceof Check.Fits fits)) {
            throw new IllegalArgumentException("frame " + frame + " cannot be made up on page "
                    + page.number() + ": " + check);
        }
        Optional<Placement> old = existing(page, subject, frame.part());
        Placement placed;
        if (subject instanceof Selection.Story s) {
            // A headline size chosen earlier stays with the frame.
            placed = new StoryPlacement(s.articleId(), fits.rect(), frame.part(), frame.textColumns(),
                    old.map(p -> ((StoryPlacement) p).headlineSizePt()).orElse(0.0));
        } else if (subject instanceof Selection.Picture p) {
            placed = new PhotoPlacement(p.photoId(), fits.rect(), old.map(e -> ((PhotoPlacement) e).articleId()).orElse(""));
        } else {
            throw new IllegalArgumentException("nothing selected to place");
        }
        var placements = new ArrayList<Placement>(page.placements());
        if (old.isPresent()) {
            placements.set(placements.indexOf(old.get()), placed);
        } else {
            placements.add(placed);
        }
        return changed(page, placements);
    }

    /** Takes {@code subject}'s frame of {@code part} off {@code page}; the story or photo stays in the edition. */
    Page remove(Page page, Selection subject, int part) {
        Placement old = existing(page, subject, part).orElseThrow(() -> new IllegalArgumentException(
                subject + " part " + part + " is not on page " + page.number()));
        var placements = new ArrayList<Placement>(page.placements());
        placements.remove(old);
        return changed(page, placements);
    }

    private Page changed(Page before, List<Placement> placements) {
        return before.withPlacements(placements);
    }

    private static Optional<Placement> existing(Page page, Selection subject, int part) {
        return page.placements().stream().filter(p -> matches(p, subject) && part(p) == part).findFirst();
    }

    private static boolean matches(Placement placement, Selection subject) {
        if (subject instanceof Selection.Story s) {
            return placement instanceof StoryPlacement sp && sp.articleId().equals(s.articleId());
        }
        return subject instanceof Selection.Picture p
                && placement instanceof PhotoPlacement pp && pp.photoId().equals(p.photoId());
    }

    private static int part(Placement placement) {
        return placement instanceof StoryPlacement s ? s.part() : 0;
    }
}
