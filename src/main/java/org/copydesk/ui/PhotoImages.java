package org.copydesk.ui;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.render.fx.AdArtworkPreview;
import org.copydesk.render.pdf.PhotoDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decoded pictures of photos, keyed by the bytes' digest and orientation, so a caption edit does
 * not decode the picture again. Decoding may run on the background executor ({@link #preload});
 * the preview asks on the FX thread. Pictures are decoded by the same {@link PhotoDecoder} as the
 * PDF (so CMYK JPEGs, 16-bit PNGs and TIFFs show), keeping every n-th pixel of large ones, and
 * turned upright by their EXIF orientation. Damaged bytes are not drawn: preflight names the photo.
 */
final class PhotoImages {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoImages.class);
    /** Enough pixels for a full-page photo at the largest zoom; keeps memory bounded. */
    private static final int MAX_SIDE_PX = 2000;

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

    /** The picture upright, or null (drawn as an empty frame) when the bytes no longer match their digest or cannot be decoded. */
    Image image(Photo photo) {
        return bySha.computeIfAbsent(photo.sha256() + "@" + photo.orientation(), key -> picture(photo, MAX_SIDE_PX));
    }

    /**
     * The picture upright with at most about {@code maxSide} pixels a side, or null when the bytes no
     * longer match their digest or cannot be decoded. Safe on any thread; the photo desk makes its
     * thumbnails with it.
     */
    static Image picture(Photo photo, int maxSide) {
        if (!photo.bytesMatchDigest()) {
            return null;
        }
        try {
            long maxPixels = (long) maxSide * maxSide;
            int step = PhotoDecoder.stepFor(photo.widthPx(), photo.heightPx(), maxPixels);
            BufferedImage picture = PhotoDecoder.decodeUpright(photo, PhotoDecoder.subsampled(photo.widthPx(), step),
                    PhotoDecoder.subsampled(photo.heightPx(), step), maxPixels);
            return toFx(picture);
        } catch (IOException | RuntimeException e) {
            LOG.warn("photo {} ({}) cannot be shown: {}", photo.id(), photo.fileName(), e.toString());
            return null;
        }
    }

    /**
     * The picture as a JavaFX image. Drawn once into an int-ARGB copy (Java 2D's native loops convert
     * any decoded layout) and handed over in one call: asking {@code getRGB} row by row converted every
     * pixel through the colour model and was most of the time an edition took to open.
     */
    static WritableImage toFx(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = argb.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return image;
    }
}
