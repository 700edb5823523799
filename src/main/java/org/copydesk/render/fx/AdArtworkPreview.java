package org.copydesk.render.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.copydesk.model.AdArtwork;

/**
 * A picture of an ad's artwork for the page preview: its PDF's first page rendered at a low
 * resolution (the preview shows a page a few hundred pixels tall). Callers cache the result per
 * artwork; rendering takes a noticeable moment for a complex ad.
 */
public final class AdArtworkPreview {
    /** Enough for a page preview at screen size; the PDF export places the artwork itself. */
    public static final float PREVIEW_DPI = 48;

    private AdArtworkPreview() {
    }

    /** The first page as an image, or empty when PDFBox cannot render it. */
    public static Optional<Image> image(AdArtwork artwork, float dpi) {
        try (PDDocument document = Loader.loadPDF(artwork.pdf())) {
            if (document.getNumberOfPages() < 1) {
                return Optional.empty();
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.ARGB);
            int w = page.getWidth();
            int h = page.getHeight();
            int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
            WritableImage image = new WritableImage(w, h);
            image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            return Optional.of(image);
        } catch (IOException | RuntimeException e) {
            // PDFBox throws runtime exceptions on some damaged files; the preview then shows the marked box.
            return Optional.empty();
        }
    }
}
