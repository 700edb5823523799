package org.copydesk.render.pdf;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.copydesk.i18n.Words;
import org.copydesk.model.Photo;
import org.copydesk.typeset.PhotoFit;

/**
 * Turns photos into image objects of one document. JPEG originals pass through unchanged (no
 * recompression); a photo is resampled only when it is sharper at its placed size than the
 * chosen limit, or converted when the print run is CMYK.
 */
final class PdfImages {
    private static final Words WORDS = Words.ofPackage(PdfImages.class);
    /**
     * Most pixels a photo is embedded with when it is not passed through: 24 million (6000 x 4000)
     * is more than any frame needs at 300 ppi and keeps the decoded picture near 100 MB, so a huge
     * PNG cannot exhaust the heap. Bigger photos are decoded keeping every n-th pixel of every n-th row.
     */
    static final long MAX_DECODED_PIXELS = 24_000_000L;

    private final PDDocument document;
    private final PdfOptions options;
    private final CmykConverter cmyk;
    private final Map<String, PDImageXObject> made = new HashMap<>();

    PdfImages(PDDocument document, PdfOptions options, CmykConverter cmyk) {
        this.document = document;
        this.options = options;
        this.cmyk = cmyk;
    }

    /**
     * The image for a photo drawn as {@code fit} says (covering its box, cropped to it), made once per document and
     * size. Throws {@link ExportException} when the photo's bytes no longer match their digest.
     */
    PDImageXObject image(Photo photo, PhotoFit fit) throws IOException {
        if (!photo.bytesMatchDigest()) {
            // Not an IOException, which the page renderer answers with an empty frame: damaged bytes stop the export.
            throw new ExportException(WORDS.format("photo.damaged", photo.fileName(), photo.id()));
        }
        double ppi = fit.effectivePpi();
        int limit = options.downsampleAbovePpi();
        boolean resample = limit > 0 && ppi > limit * 1.05;
        int targetWidth = resample ? Math.max(1, (int) Math.round(photo.widthPx() * limit / ppi)) : photo.widthPx();
        int targetHeight = resample ? Math.max(1, (int) Math.round(photo.heightPx() * limit / ppi)) : photo.heightPx();
        boolean passThrough = passesThrough(photo, resample);
        if (!passThrough && (long) targetWidth * targetHeight > MAX_DECODED_PIXELS) {
            // Every n-th pixel of every n-th row, exactly what the decoder keeps: no full-size picture, no second copy.
            int step = PhotoDecoder.stepFor(photo.widthPx(), photo.heightPx(), MAX_DECODED_PIXELS);
            // The same step on the stored picture gives these sizes turned, as the decoder counts them.
            targetWidth = PhotoDecoder.subsampled(photo.widthPx(), step);
            targetHeight = PhotoDecoder.subsampled(photo.heightPx(), step);
            resample = true;
        }
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
        if (passesThrough(photo, resample)) {
            if (!photo.fileIsComplete()) {
                // Passed through undecoded, a file cut short would make a PDF whose image stream cannot be read.
                throw new IOException(WORDS.format("photo.cutShort", photo.fileName()));
            }
            return JPEGFactory.createFromByteArray(document, JpegMetadataStripper.strip(photo.bytes()));
        }
        BufferedImage decoded;
        try {
            decoded = PhotoDecoder.decodeUpright(photo, width, height, MAX_DECODED_PIXELS);
        } catch (IOException e) {
            throw new IOException(WORDS.format("photo.undecodable", photo.fileName(), photo.mediaType(), e.getMessage()), e);
        }
        boolean exact = decoded.getWidth() == width && decoded.getHeight() == height;
        BufferedImage image = exact ? decoded : resize(decoded, width, height);
        if (options.convertsToCmyk()) {
            return cmyk.toCmykImage(document, image);
        }
        if (jpeg || resample && !image.getColorModel().hasAlpha()) {
            return JPEGFactory.createFromImage(document, image, 0.88f);
        }
        return LosslessFactory.createFromImage(document, image);
    }

    /**
     * A JPEG goes into the PDF as it is when nothing is to change: not resampled, not converted to
     * CMYK and stored upright. A turned photo is decoded, turned and compressed again, since a PDF
     * image cannot carry an EXIF orientation.
     */
    private boolean passesThrough(Photo photo, boolean resample) {
        return "image/jpeg".equals(photo.mediaType()) && !resample && !options.convertsToCmyk()
                && photo.orientation() == Photo.UPRIGHT;
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
