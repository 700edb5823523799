package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoCrop;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.PhotoFit;

/**
 * Cropping a photo on the page: double-click a photo frame (or use the caption pane's button) and
 * the picture can be dragged inside its frame and zoomed with the mouse wheel, its hidden part
 * outlined around the frame; Enter, Esc or a click elsewhere ends it. The page shows every step
 * as the mouse moves; a drag is saved when the button is let go, a run of wheel turns when the
 * wheel rests, each as one change for Edit &gt; Undo.
 *
 * <p>The mouse goes to this class first (event filters) while cropping, so a drag inside the frame
 * moves the picture, not the frame.
 */
final class PhotoCropDragging {
    private static final double ZOOM_PER_NOTCH = 1.1;

    private final PagePreviewPane preview;
    private final EditionWorkspace workspace;
    private final PhotoCropEditing editing;
    private final UiText text;
    private final Consumer<String> tell;
    private final PauseTransition wheelRest = new PauseTransition(Duration.millis(400));
    private String photoId;
    /** The page as saved when this drag or run of wheel turns began. */
    private Page before;
    private Point2D dragStart;
    private PhotoFit fitAtStart;
    private Optional<PhotoCrop> shown = Optional.empty();

    PhotoCropDragging(PagePreviewPane preview, EditionWorkspace workspace, PhotoCropEditing editing, UiText text,
                      Consumer<String> tell) {
        this.preview = Objects.requireNonNull(preview);
        this.workspace = Objects.requireNonNull(workspace);
        this.editing = Objects.requireNonNull(editing);
        this.text = Objects.requireNonNull(text);
        this.tell = Objects.requireNonNull(tell);
        var canvas = preview.canvas();
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(photoId != null && inFrame(e) ? Cursor.MOVE : null));
        canvas.addEventFilter(ScrollEvent.SCROLL, this::scrolled);
        preview.node().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (photoId != null && (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER)) {
                stop();
                e.consume();
            }
        });
        wheelRest.setOnFinished(e -> saveShown());
        workspace.layoutProperty().addListener((obs, old, now) -> outline());
        workspace.contentProperty().addListener((obs, old, now) -> {
            if (photoId != null && (now == null || !editing.pageOf(photoId).isPresent())) {
                stop();
            }
        });
    }

    /** Starts cropping the photo's frame on the page it is shown on; nothing when it is not placed. */
    void start(String photo) {
        Optional<Page> page = editing.pageOf(photo);
        if (page.isEmpty()) {
            tell.accept(text.get("crop.notPlaced"));
            return;
        }
        stop();
        workspace.showPage(page.get().number());
        photoId = photo;
        preview.node().requestFocus();
        outline();
        tell.accept(text.get("crop.started"));
    }

    /** Ends cropping, saving what the wheel changed last. */
    void stop() {
        if (photoId == null) {
            return;
        }
        wheelRest.stop();
        saveShown();
        photoId = null;
        preview.canvas().setCursor(null);
        preview.showCropOutline(Optional.empty());
        tell.accept("");
    }

    /** The photo being cropped, if any. */
    Optional<String> cropping() {
        return Optional.ofNullable(photoId);
    }

    private void clicked(MouseEvent e) {
        if (e.getClickCount() == 2 && photoId == null) {
            frameUnder(e).ifPresent(this::start);
        } else if (photoId != null && inFrame(e)) {
            // A click inside the frame while cropping belongs to the crop, not to selection.
            e.consume();
        }
    }

    private void pressed(MouseEvent e) {
        if (photoId == null) {
            return;
        }
        if (!inFrame(e)) {
            stop();
            return;
        }
        e.consume();
        Optional<PhotoFit> fit = editing.fitOnScreen(photoId);
        Optional<Point2D> at = preview.toPage(e.getX(), e.getY());
        if (fit.isPresent() && at.isPresent()) {
            saveShown();
            before = workspace.shownPage().orElse(null);
            dragStart = at.get();
            fitAtStart = fit.get();
        }
    }

    private void dragged(MouseEvent e) {
        if (photoId == null || dragStart == null) {
            return;
        }
        e.consume();
        preview.toPage(e.getX(), e.getY()).ifPresent(at -> {
            PhotoCrop crop = fitAtStart.movedBy(at.getX() - dragStart.getX(), at.getY() - dragStart.getY());
            showCrop(crop);
        });
    }

    private void released(MouseEvent e) {
        if (photoId == null || dragStart == null) {
            return;
        }
        e.consume();
        dragStart = null;
        fitAtStart = null;
        saveShown();
    }

    private void scrolled(ScrollEvent e) {
        if (photoId == null || e.getDeltaY() == 0 || !inFrame(e.getX(), e.getY())) {
            return;
        }
        e.consume();
        Optional<PhotoFit> fit = editing.fitOnScreen(photoId);
        if (fit.isEmpty()) {
            return;
        }
        if (before == null) {
            before = workspace.shownPage().orElse(null);
        }
        PhotoCrop now = fit.get().movedBy(0, 0);
        showCrop(now.withZoom(now.zoom() * (e.getDeltaY() > 0 ? ZOOM_PER_NOTCH : 1 / ZOOM_PER_NOTCH)));
        wheelRest.playFromStart();
    }

    private void showCrop(PhotoCrop crop) {
        Page page = workspace.shownPage().orElse(null);
        if (page == null || before == null) {
            return;
        }
        shown = Optional.of(crop);
        editing.show(page, photoId, shown);
        tell.accept(text.format("crop.showing", Math.round(crop.focusX() * 100), Math.round(crop.focusY() * 100),
                crop.zoom(), editing.fitOnScreen(photoId).map(f -> Math.round(f.effectivePpi())).orElse(0L)));
    }

    /** Saves the crop shown since {@link #before} as one change. */
    private void saveShown() {
        if (photoId != null && before != null && shown.isPresent()) {
            editing.save(before, photoId, shown);
        }
        before = null;
        shown = Optional.empty();
    }

    private void outline() {
        preview.showCropOutline(photoId == null ? Optional.empty()
                : editing.fitOnScreen(photoId).map(PhotoFit::wholePicture));
    }

    private Optional<String> frameUnder(MouseEvent e) {
        var layout = preview.lastDrawnLayout();
        if (layout == null) {
            return Optional.empty();
        }
        return org.copydesk.render.fx.PageCanvasRenderer.frameAt(layout, preview.lastOptions(), e.getX(), e.getY())
                .filter(f -> f.kind() == org.copydesk.typeset.LayoutFrame.FrameKind.PHOTO && f.image().isPresent())
                .map(f -> f.contentId());
    }

    private boolean inFrame(MouseEvent e) {
        return inFrame(e.getX(), e.getY());
    }

    private boolean inFrame(double x, double y) {
        Optional<Point2D> at = preview.toPage(x, y);
        Optional<Box> box = editing.fitOnScreen(photoId).map(PhotoFit::box);
        return at.isPresent() && box.isPresent() && at.get().getX() >= box.get().x() && at.get().getX() <= box.get().right()
                && at.get().getY() >= box.get().y() && at.get().getY() <= box.get().bottom();
    }
}
