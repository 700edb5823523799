package org.copydesk.ui;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import org.copydesk.model.Photo;

/**
 * Small pictures of photos for the photo desk's grid, decoded off the FX thread and kept by the
 * bytes' digest, so scrolling a grid of two hundred camera originals neither blocks the window nor
 * decodes a photo twice. A thumbnail is a property that is empty until its picture is ready.
 */
final class PhotoThumbnails {
    /** Pixels a side: sharp on the grid's cards at 2x screens, a few hundred KB each at most. */
    static final int SIDE_PX = 320;

    private final Executor background;
    private final Executor fx;
    private final Map<String, ReadOnlyObjectWrapper<Image>> bySha = new ConcurrentHashMap<>();

    PhotoThumbnails(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
    }

    /** The photo's thumbnail; empty at first, set on the FX thread once decoded (stays empty for damaged bytes). */
    ReadOnlyObjectProperty<Image> of(Photo photo) {
        return bySha.computeIfAbsent(photo.sha256(), sha -> {
            var thumbnail = new ReadOnlyObjectWrapper<Image>();
            background.execute(() -> {
                Image image = PhotoImages.picture(photo, SIDE_PX);
                fx.execute(() -> thumbnail.set(image));
            });
            return thumbnail;
        }).getReadOnlyProperty();
    }
}
