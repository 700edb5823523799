package org.copydesk.render.pdf;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.copydesk.model.Photo;
import org.copydesk.typeset.Box;

/**
 * Turns photos into image objects of one document. JPEG originals pass through unchanged (no
 * recompression); a photo is resampled only when it is sharper at its placed size than the
 * chosen limit, or converted when the print run is CMYK.
 */
final class PdfImages {
    private final PDDocument document;
    private final PdfOptions options;
    private final CmykConverter cmyk;
    private final Map<String, PDImageXObject> made = new HashMap<>();

    PdfImages(PDDocument document, PdfOptions options, CmykConverter cmyk) {
        this.document = document;
        this.options = options;
        this.cmyk = cmyk;
    }

    /** The image for a photo drawn to fill {@code box} (cropped to it), made once per document and size. */
    PDImageXObject image(Photo photo, Box box) throws IOException {
        double scale = PhotoFit.scale(photo.widthPx(), photo.heightPx(), box);
        double ppi = PhotoFit.effectivePpi(scale);
        int limit = options.downsampleAbovePpi();
        boolean resample = limit > 0 && ppi > limit * 1.05;
        int targetWidth = resample ? Math.max(1, (int) Math.round(photo.widthPx() * limit / ppi)) : photo.widthPx();
        int targetHeight = resample ? Math.max(1, (int) Math.round(photo.heightPx() * limit / ppi)) : photo.heightPx();
        String key = photo.id() + "@" + targetWidth + "x" + targetHeight;
        PDImageXObject existing = made.get(key);
        if (existing != null) {
            return existing;
        }
        PDImageXObject image = make(photo, resample, targetWidth, targetHeight);
        made.put(key, image);
        return image;
    }

    private PDImageXObject make(Photo photo, boolean resample, int width, int height) throws IOException {
        boolean jpeg = "image/jpeg".equals(photo.mediaType());
        if (jpeg && !resample && !options.convertsToCmyk()) {
            return JPEGFactory.createFromByteArray(document, JpegMetadataStripper.strip(photo.bytes()));
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        if (decoded == null) {
            throw new IOException("photo " + photo.fileName() + " cannot be decoded (" + photo.mediaType() + ")");
        }
        BufferedImage image = resample ? resize(decoded, width, height) : decoded;
        if (options.convertsToCmyk()) {
            return cmyk.toCmykImage(document, image);
        }
        if (jpeg || resample && !image.getColorModel().hasAlpha()) {
            return JPEGFactory.createFromImage(document, image, 0.88f);
        }
        return LosslessFactory.createFromImage(document, image);
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage target = new BufferedImage(width, height, type);
        var g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
