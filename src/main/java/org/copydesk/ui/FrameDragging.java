package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.render.fx.PageCanvasRenderer;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.ui.FrameEditorModel.Check;
import org.copydesk.ui.FrameEditorModel.Frame;
import org.copydesk.ui.GridPointer.Handle;

/**
 * Make-up with the mouse on the page preview: drag a frame to move it, drag a handle of the
 * selected frame to resize it, or drop a story or photo dragged from the navigator. The frame
 * follows the mouse snapped to whole 栏 and 行; while it would overlap a frame it may not cover,
 * or leave the grid, it is drawn red, the status bar says why, and letting go changes nothing.
 * A change that fits is saved through {@link MakeupController} and can be undone.
 */
final class FrameDragging {
    /** Below this travel, in screen pixels, a press and release is a click that selects. */
    private static final double DRAG_THRESHOLD_PX = 3;

    /** What the mouse is doing to which frame. */
    private sealed interface Gesture {
        Selection subject();

        /** Moving a placed frame: where the mouse went down, in page points. */
        record Move(Selection subject, Placement placement, Point2D start) implements Gesture {
        }

        record Resize(Selection subject, Placement placement, Handle handle) implements Gesture {
        }

        /** A story or photo dragged in from the navigator. */
        record Drop(Selection subject) implements Gesture {
        }
    }

    private final PagePreviewPane preview;
    private final EditionWorkspace workspace;
    private final MakeupController makeup;
    private final UiText text;
    private final Consumer<String> tell;
    private Gesture gesture;
    private Frame proposed;
    private boolean dragged;

    FrameDragging(PagePreviewPane preview, EditionWorkspace workspace, MakeupController makeup, UiText text,
                  Consumer<String> tell) {
        this.preview = Objects.requireNonNull(preview);
        this.workspace = Objects.requireNonNull(workspace);
        this.makeup = Objects.requireNonNull(makeup);
        this.text = Objects.requireNonNull(text);
        this.tell = Objects.requireNonNull(tell);
        var canvas = preview.canvas();
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released());
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, this::draggedIn);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> cancel());
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> released());
    }

    /** Starts a drag of {@code subject} from elsewhere in the window (the navigator). */
    void dragFrom(Selection subject) {
        if (!(subject instanceof Selection.Nothing)) {
            gesture = new Gesture.Drop(subject);
            proposed = null;
        }
    }

    private void pressed(MouseEvent e) {
        gesture = null;
        proposed = null;
        dragged = false;
        Optional<Page> page = workspace.shownPage();
        Optional<Point2D> at = preview.toPage(e.getX(), e.getY());
        if (page.isEmpty() || at.isEmpty() || preview.lastDrawnLayout() == null) {
            return;
        }
        GridPointer grid = new GridPointer(page.get().spec());
        double reach = PagePreviewPane.HANDLE_PX / preview.lastOptions().scale();
        Selection selected = workspace.selectionProperty().get();
        for (Placement placement : page.get().placements()) {
            if (selected.contentId().filter(placement.contentId()::equals).isPresent()) {
                Optional<Handle> handle = grid.handleAt(placement.frame(), at.get().getX(), at.get().getY(), reach);
                if (handle.isPresent()) {
                    gesture = new Gesture.Resize(selected, placement, handle.get());
                    return;
                }
            }
        }
        PageCanvasRenderer.frameAt(preview.lastDrawnLayout(), preview.lastOptions(), e.getX(), e.getY())
                .flatMap(frame -> placementOf(page.get(), frame))
                .ifPresent(placement -> gesture = new Gesture.Move(subjectOf(placement), placement, at.get()));
    }

    private void dragged(MouseEvent e) {
        if (gesture == null || gesture instanceof Gesture.Drop) {
            return;
        }
        Optional<Point2D> at = preview.toPage(e.getX(), e.getY());
        Optional<Page> page = workspace.shownPage();
        if (at.isEmpty() || page.isEmpty()) {
            return;
        }
        if (!dragged && gesture instanceof Gesture.Move move
                && at.get().distance(move.start()) * preview.lastOptions().scale() < DRAG_THRESHOLD_PX) {
            return;
        }
        dragged = true;
        GridPointer grid = new GridPointer(page.get().spec());
        if (gesture instanceof Gesture.Move move) {
            GridRect rect = grid.moved(move.placement().frame(), at.get().getX() - move.start().getX(),
                    at.get().getY() - move.start().getY());
            propose(page.get(), move.subject(), frameOf(move.placement(), rect));
        } else if (gesture instanceof Gesture.Resize resize) {
            GridRect rect = grid.resized(resize.placement().frame(), resize.handle(), at.get().getX(), at.get().getY());
            propose(page.get(), resize.subject(), frameOf(resize.placement(), rect));
        }
    }

    private void draggedIn(MouseDragEvent e) {
        if (!(gesture instanceof Gesture.Drop drop)) {
            return;
        }
        Optional<Point2D> at = preview.toPage(e.getX(), e.getY());
        Optional<Page> page = workspace.shownPage();
        Optional<EditionContent> content = workspace.content();
        if (at.isEmpty() || page.isEmpty() || content.isEmpty()) {
            return;
        }
        // The size a new frame starts with; a frame already on this page keeps its own.
        Frame start = FrameEditorModel.startingFrame(content.get(), page.get(), drop.subject());
        GridRect rect = new GridPointer(page.get().spec()).frameAt(at.get().getX(), at.get().getY(), start.span(), start.rows());
        Frame atPoint = new Frame(rect.column() + 1, rect.columnSpan(), rect.row() + 1, rect.rowSpan(),
                Math.min(start.textColumns(), rect.columnSpan()), start.part());
        // Where the drop point has no room, the first free spot that fits.
        boolean roomHere = FrameEditorModel.check(page.get(), drop.subject(), atPoint) instanceof Check.Fits;
        propose(page.get(), drop.subject(), roomHere ? atPoint : start);
        dragged = true;
    }

    private void propose(Page page, Selection subject, Frame frame) {
        proposed = frame;
        Check check = FrameEditorModel.check(page, subject, frame);
        boolean fits = check instanceof Check.Fits;
        frame.rect().ifPresent(rect -> preview.showGuide(Optional.of(new PagePreviewPane.Guide(rect, fits))));
        String where = text.format("drag.where", frame.column(), frame.row(), frame.span(), frame.rows());
        tell.accept(fits ? where + "\u3000" + FrameWords.fits(text, workspace::capacity, page, subject, frame, (Check.Fits) check)
                : where + "\u3000" + FrameWords.problem(text, workspace.content().orElseThrow(), page, check));
    }

    private void released() {
        Gesture done = gesture;
        Frame frame = proposed;
        boolean moved = dragged;
        cancel();
        Optional<Page> page = workspace.shownPage();
        if (done == null || frame == null || !moved || page.isEmpty()) {
            return;
        }
        if (!(FrameEditorModel.check(page.get(), done.subject(), frame) instanceof Check.Fits)) {
            tell.accept(text.get("drag.refused"));
            return;
        }
        Page after = makeup.makeup().place(page.get(), done.subject(), frame);
        if (!after.equals(page.get())) {
            workspace.select(done.subject());
            makeup.change(page.get(), after);
        }
    }

    private void cancel() {
        gesture = null;
        proposed = null;
        dragged = false;
        preview.showGuide(Optional.empty());
    }

    private static Optional<Placement> placementOf(Page page, LayoutFrame frame) {
        return page.placements().stream()
                .filter(p -> p.contentId().equals(frame.contentId())
                        && (!(p instanceof StoryPlacement s) || s.part() == frame.part()))
                .findFirst();
    }

    private static Selection subjectOf(Placement placement) {
        if (placement instanceof StoryPlacement s) {
            return new Selection.Story(s.articleId());
        }
        if (placement instanceof BannerPlacement banner) {
            return new Selection.Banner(banner.bannerId());
        }
        if (placement instanceof org.copydesk.model.IndexBoxPlacement index) {
            return new Selection.IndexBox(index.indexId());
        }
        return placement instanceof AdPlacement ad ? new Selection.Ad(ad.contentId()) : new Selection.Picture(placement.contentId());
    }

    /**
     * The placement's frame at a new rectangle. A story set across its whole width stays so; one
     * set in fewer columns keeps them while they fit.
     */
    private static Frame frameOf(Placement placement, GridRect rect) {
        Frame old = Frame.of(placement);
        int textColumns = old.textColumns() == old.span() ? rect.columnSpan() : Math.min(old.textColumns(), rect.columnSpan());
        return new Frame(rect.column() + 1, rect.columnSpan(), rect.row() + 1, rect.rowSpan(), textColumns, old.part());
    }
}
