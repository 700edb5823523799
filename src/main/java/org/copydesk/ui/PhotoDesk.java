package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoCrop;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.PreflightRules;
import org.copydesk.typeset.PhotoFit;

/**
 * The photo editor's tools in the window, wired together: the photo desk tab (a grid of the
 * edition's photos with what each lacks), the caption pane's walk through them (Enter to caption,
 * Ctrl+Enter for the next, Esc back to the grid), its crop controls and cropping on the page.
 */
final class PhotoDesk {
    private final UiText text;
    private final EditionWorkspace workspace;
    private final CaptionPane captionPane;
    private final SelectionFollower follower;
    private final PreflightModel preflight;
    private final PhotoCropEditing editing;
    private final PhotoCropDragging dragging;
    private final PhotoDeskModel model = new PhotoDeskModel();
    private final PhotoDeskPane pane;
    private final Tab tab;
    private final Consumer<String> tell;
    /** The page before the zoom slider started moving: the slider's whole move is one change. */
    private Page beforeZoom;

    PhotoDesk(UiText text, EditionWorkspace workspace, MakeupController makeup, PagePreviewPane preview,
              CaptionPane captionPane, SelectionFollower follower, PreflightModel preflight, Executor background,
              Consumer<String> tell) {
        this.text = Objects.requireNonNull(text);
        this.workspace = Objects.requireNonNull(workspace);
        this.captionPane = Objects.requireNonNull(captionPane);
        this.follower = Objects.requireNonNull(follower);
        this.preflight = Objects.requireNonNull(preflight);
        this.tell = Objects.requireNonNull(tell);
        this.editing = new PhotoCropEditing(workspace, makeup);
        this.dragging = new PhotoCropDragging(preview, workspace, editing, text, tell);
        this.pane = new PhotoDeskPane(text, model, new PhotoThumbnails(background, Platform::runLater));
        this.tab = new Tab(text.get("tab.photos"), pane.node());
        tab.setId("photo-desk-tab");
        follower.editors().getTabs().add(tab);
        pane.onEdit(this::editCaption);
        captionPane.onAcceptAndNext(this::acceptAndNext);
        captionPane.onBack(this::backToGrid);
        captionPane.crop().onRequests(new CropRequests());
        // Typing in a story changes nothing the photo desk shows.
        workspace.contentProperty().addListener((obs, old, now) -> {
            if (workspace.lastStoryEdit().isEmpty()) {
                refresh();
            }
        });
        workspace.layoutProperty().addListener((obs, old, now) -> showPlacement());
        workspace.selectionProperty().addListener((obs, old, now) -> showPlacement());
        preflight.findings().addListener((ListChangeListener<Finding>) change -> refresh());
    }

    /** View &gt; Photo desk: the grid, with the keyboard on it. */
    void show() {
        follower.editors().getSelectionModel().select(tab);
        pane.grid().requestFocus();
    }

    /** Page &gt; Crop photo: crops the selected photo's frame on the page with the mouse. */
    void cropSelected() {
        workspace.selectionProperty().get().contentId()
                .filter(id -> workspace.content().flatMap(c -> c.photo(id)).isPresent())
                .ifPresentOrElse(dragging::start, () -> tell.accept(text.get("crop.noPhoto")));
    }

    /** The Import button above the grid. */
    void onImport(Runnable action) {
        pane.onImport(action);
    }

    PhotoDeskModel model() {
        return model;
    }

    CaptionPane captionPane() {
        return captionPane;
    }

    PhotoDeskPane pane() {
        return pane;
    }

    PhotoCropDragging dragging() {
        return dragging;
    }

    private void refresh() {
        workspace.content().ifPresent(content -> model.show(content, preflight.findings()));
        showPlacement();
    }

    private void editCaption(Photo photo) {
        model.pick(photo.id());
        follower.edit(new Selection.Picture(photo.id()));
        Platform.runLater(captionPane::editCaption);
    }

    private void acceptAndNext() {
        captionPane.saveNow();
        captionPane.photo().ifPresent(photo -> model.after(photo.id()).ifPresentOrElse(this::editCaption,
                () -> tell.accept(text.get("photoDesk.last"))));
    }

    private void backToGrid() {
        captionPane.photo().ifPresent(photo -> model.pick(photo.id()));
        show();
    }

    /** The caption pane's crop controls follow the photo shown and its frame. */
    private void showPlacement() {
        Optional<Photo> photo = captionPane.photo();
        if (photo.isEmpty()) {
            return;
        }
        String id = photo.get().id();
        Optional<CaptionCropControls.Placed> placed = editing.pageOf(id).map(page -> {
            var frame = PhotoCropEditing.placement(page, id).orElseThrow();
            double ppi = workspace.shownPage().filter(p -> p.number() == page.number()).isPresent()
                    ? editing.fitOnScreen(id).map(PhotoFit::effectivePpi).orElse(0.0) : 0;
            return new CaptionCropControls.Placed(page.number(), Math.round(ppi), frame.crop(),
                    ppi > 0 && ppi < PreflightRules.PRINT_MIN_PPI);
        });
        captionPane.crop().show(id, placed);
    }

    /** Crop controls to page changes: a focal point or "whole" saves at once, the slider when it rests. */
    private final class CropRequests implements CaptionCropControls.Requests {
        @Override
        public void focus(String photoId, double x, double y) {
            editing.pageOf(photoId).flatMap(page -> PhotoCropEditing.placement(page, photoId)).ifPresent(frame ->
                    editing.set(photoId, Optional.of(frame.crop().orElse(PhotoCrop.CENTRED).withFocus(x, y))));
        }

        @Override
        public void zoom(String photoId, double zoom, boolean done) {
            Optional<Page> page = editing.pageOf(photoId);
            if (page.isEmpty()) {
                return;
            }
            if (beforeZoom == null) {
                beforeZoom = page.get();
            }
            PhotoCrop crop = PhotoCropEditing.placement(page.get(), photoId).flatMap(f -> f.crop())
                    .orElse(PhotoCrop.CENTRED).withZoom(zoom);
            if (done) {
                Page before = beforeZoom;
                beforeZoom = null;
                editing.save(before, photoId, Optional.of(crop));
            } else {
                editing.show(page.get(), photoId, Optional.of(crop));
            }
        }

        @Override
        public void whole(String photoId) {
            editing.set(photoId, Optional.empty());
        }

        @Override
        public void onPage(String photoId) {
            dragging.start(photoId);
        }
    }
}
