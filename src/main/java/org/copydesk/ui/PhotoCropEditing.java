package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import org.copydesk.desk.FrameRules;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.PhotoFit;

/**
 * Changes the crop of a placed photo's frame, for the caption pane's crop controls and for dragging
 * the picture inside its frame on the page. While the mouse or a slider is still moving, the page
 * on screen shows each crop unsaved ({@link #show}); the last one is saved as one make-up change
 * ({@link #save}), so Edit &gt; Undo takes back the whole drag. A failed save puts the page back.
 */
final class PhotoCropEditing {
    private final EditionWorkspace workspace;
    private final MakeupController makeup;

    PhotoCropEditing(EditionWorkspace workspace, MakeupController makeup) {
        this.workspace = Objects.requireNonNull(workspace);
        this.makeup = Objects.requireNonNull(makeup);
    }

    /** The page whose frame of the photo is cropped: the page on screen when it holds one, else the first that does. */
    Optional<Page> pageOf(String photoId) {
        Optional<Page> shown = workspace.shownPage().filter(p -> placement(p, photoId).isPresent());
        return shown.or(() -> workspace.content().flatMap(c -> c.pages().stream()
                .filter(p -> placement(p, photoId).isPresent()).findFirst()));
    }

    /** The photo's frame on {@code page}. */
    static Optional<PhotoPlacement> placement(Page page, String photoId) {
        return page.placements().stream().filter(p -> p instanceof PhotoPlacement pp && pp.photoId().equals(photoId))
                .map(PhotoPlacement.class::cast).findFirst();
    }

    /** How the photo fills its frame on the page on screen as last composed, when it is there. */
    Optional<PhotoFit> fitOnScreen(String photoId) {
        var layout = workspace.layoutProperty().get();
        if (layout == null) {
            return Optional.empty();
        }
        return layout.frames().stream()
                .filter(f -> f.kind() == LayoutFrame.FrameKind.PHOTO && f.contentId().equals(photoId))
                .flatMap(f -> f.image().stream()).findFirst();
    }

    /** Shows {@code page} with the photo cropped as {@code crop} says, without saving: the drag goes on. */
    void show(Page page, String photoId, Optional<PhotoCrop> crop) {
        workspace.showPage(page.number());
        FrameRules.cropped(page, photoId, crop).ifPresent(workspace::replacePage);
    }

    /**
     * Saves the crop as a change from {@code before} (the page as it was when the drag began), to be
     * undone as one; puts {@code before} back when it cannot be saved or nothing changed.
     */
    void save(Page before, String photoId, Optional<PhotoCrop> crop) {
        Optional<Page> after = FrameRules.cropped(before, photoId, crop);
        if (after.isEmpty() || after.get().equals(before)) {
            workspace.replacePage(before);
            return;
        }
        makeup.change(before, after.get(), () -> workspace.replacePage(before));
    }

    /** Crops the photo's frame at once (a button): shown and saved together. */
    void set(String photoId, Optional<PhotoCrop> crop) {
        pageOf(photoId).ifPresent(page -> {
            workspace.showPage(page.number());
            save(page, photoId, crop);
        });
    }
}
