package org.copydesk.ui;

import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.render.fx.AdArtworkPreview;

/**
 * Decoded pictures of photos, keyed by the bytes' digest, so a caption edit does not decode the
 * picture again. Decoding may run on the background executor ({@link #preload}); the preview asks
 * on the FX thread. Damaged bytes are not drawn: preflight names the photo.
 */
final class PhotoImages {
    /** Enough pixels for a full-page photo at the largest zoom; keeps memory bounded. */
    private static final double MAX_SIDE_PX = 2000;

    private final Map<String, Image> bySha = new ConcurrentHashMap<>();

    void preload(Collection<Photo> photos) {
        photos.forEach(this::image);
    }

    /** An ad's artwork drawn small for the preview (its first page), or null when it cannot be drawn. */
    Image adArtwork(AdArtwork artwork) {
        return bySha.computeIfAbsent("ad:" + artwork.sha256(),
                sha -> AdArtworkPreview.image(artwork, AdArtworkPreview.PREVIEW_DPI).orElse(null));
    }

    /** A photo's picture, or an ad's artwork on {@code page}, by id; null when neither can be drawn. */
    Image imageOf(String id, Optional<EditionContent> content, Optional<Page> page) {
        return content.flatMap(c -> c.photo(id)).map(this::image).orElseGet(() -> page
                .flatMap(p -> p.placements().stream().filter(a -> a instanceof AdPlacement && a.contentId().equals(id)).findFirst())
                .flatMap(a -> ((AdPlacement) a).artwork()).map(this::adArtwork).orElse(null));
    }

    /** The picture, or null (drawn as an empty frame) when the bytes no longer match their stored digest. */
    Image image(Photo photo) {
        return bySha.computeIfAbsent(photo.sha256(), sha -> picture(photo, MAX_SIDE_PX));
    }

    /**
     * The picture decoded to at most {@code maxSide} pixels a side, or null when the bytes no longer
     * match their digest. Safe on any thread; the photo desk makes its thumbnails with it.
     */
    static Image picture(Photo photo, double maxSide) {
        return photo.bytesMatchDigest()
                ? new Image(new ByteArrayInputStream(photo.bytes()), maxSide, maxSide, true, true) : null;
    }
}
