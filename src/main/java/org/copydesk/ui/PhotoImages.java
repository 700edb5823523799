package org.copydesk.ui;

import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;
import org.copydesk.model.AdArtwork;
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

    /** The picture, or null (drawn as an empty frame) when the bytes no longer match their stored digest. */
    Image image(Photo photo) {
        return bySha.computeIfAbsent(photo.sha256(), sha -> photo.bytesMatchDigest()
                ? new Image(new ByteArrayInputStream(photo.bytes()), MAX_SIDE_PX, MAX_SIDE_PX, true, true) : null);
    }
}
