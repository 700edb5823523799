package org.copydesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.copydesk.model.EditionContent;
import org.copydesk.render.fx.FxFontCache;
import org.copydesk.render.fx.PageCanvasRenderer;
import org.copydesk.render.fx.PreviewOptions;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The preview is a picture of the export: the sample front page is drawn by the JavaFX renderer
 * and, separately, exported to PDF and rasterised by PDFBox. Line by line, the ink of both pictures
 * must start, end and fall in the same places, so the two renderers cannot disagree about a line
 * break or a glyph position.
 */
class PreviewMatchesPdfTest {
    /** Pixels per point in both pictures. */
    private static final double SCALE = 2.0;
    private static final int DARK = 150;

    @TempDir
    static Path dir;

    private static PageLayout layout;
    private static BufferedImage pdfPicture;
    private static BufferedImage fxPicture;

    @BeforeAll
    static void drawTheFrontPageBothWays() throws Exception {
        FxToolkit.registerPrimaryStage();
        var composer = NewspaperComposer.withBundledFonts();
        EditionContent sample = SampleEdition.create();
        int pageNumber = sample.pages().get(0).number();
        layout = composer.compose(sample, pageNumber);

        List<Path> pdfs = new PdfExporter(composer).exportPages(sample, dir, PdfOptions.archive(), ExportProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(0).toFile())) {
            pdfPicture = rasteriseTrimBox(pdf);
        }
        fxPicture = drawPreview(layout);
    }

    @Test
    void bothPicturesHaveThePageSize() {
        assertThat(fxPicture.getWidth()).isCloseTo(pdfPicture.getWidth(), org.assertj.core.data.Offset.offset(2));
        assertThat(fxPicture.getHeight()).isCloseTo(pdfPicture.getHeight(), org.assertj.core.data.Offset.offset(2));
    }

    @Test
    void everyLineHasItsInkInTheSamePlaceInPreviewAndPdf() {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (LayoutLine line : layout.allLines()) {
            if (line.role() == LineRole.RUNNING_HEAD || line.text().isBlank()) {
                continue;
            }
            double size = line.runs().stream().mapToDouble(r -> r.sizePt()).max().orElse(9);
            int top = px(line.baseline() - size * 0.8);
            int bottom = px(line.baseline() + size * 0.1);
            int left = px(line.x() + 0.5);
            int right = px(line.inkRight() - 0.5);
            int[] pdfInk = inkColumns(pdfPicture, left, right, top, bottom);
            int[] fxInk = inkColumns(fxPicture, left, right, top, bottom);
            compared++;
            double similarity = cosine(smooth(pdfInk), smooth(fxInk));
            int pdfEnd = lastInk(pdfInk);
            int fxEnd = lastInk(fxInk);
            if (similarity < 0.85 || Math.abs(pdfEnd - fxEnd) > 3 * SCALE) {
                disagreements.add(String.format("%s '%s': similarity %.2f, ink ends at %d (pdf) vs %d (preview)",
                        line.role(), line.text(), similarity, pdfEnd, fxEnd));
            }
        }
        assertThat(compared).as("lines compared").isGreaterThan(400);
        assertThat(disagreements).as("lines drawn differently by preview and PDF").isEmpty();
    }

    @Test
    void aShiftedLineIsCaught() {
        // The check above must be able to fail: the same line compared one character further on.
        LayoutLine line = layout.allLines().stream().filter(l -> l.role() == LineRole.BODY && l.justified())
                .findFirst().orElseThrow();
        int top = px(line.baseline() - 9 * 0.8);
        int bottom = px(line.baseline() + 0.9);
        int left = px(line.x() + 0.5);
        int right = px(line.inkRight() - 0.5);
        int shift = px(9) - px(0);
        int[] pdfInk = inkColumns(pdfPicture, left, right, top, bottom);
        int[] shifted = inkColumns(fxPicture, left + shift, right + shift, top, bottom);
        assertThat(cosine(smooth(pdfInk), smooth(shifted))).isLessThan(0.85);
    }

    private static BufferedImage rasteriseTrimBox(PDDocument pdf) throws Exception {
        PDPage page = pdf.getPage(0);
        BufferedImage whole = new PDFRenderer(pdf).renderImage(0, (float) SCALE, ImageType.RGB);
        var crop = page.getCropBox();
        var trim = page.getTrimBox();
        int x = (int) Math.round((trim.getLowerLeftX() - crop.getLowerLeftX()) * SCALE);
        int y = (int) Math.round((crop.getUpperRightY() - trim.getUpperRightY()) * SCALE);
        int w = Math.min(whole.getWidth() - x, (int) Math.round(trim.getWidth() * SCALE));
        int h = Math.min(whole.getHeight() - y, (int) Math.round(trim.getHeight() * SCALE));
        return whole.getSubimage(x, y, w, h);
    }

    private static BufferedImage drawPreview(PageLayout page) throws Exception {
        var done = new CompletableFuture<BufferedImage>();
        Platform.runLater(() -> {
            try {
                var options = new PreviewOptions(SCALE, 0, false, Optional.empty());
                var canvas = new Canvas(page.spec().trimWidthPt() * SCALE, page.spec().trimHeightPt() * SCALE);
                new PageCanvasRenderer(new FxFontCache()).draw(canvas.getGraphicsContext2D(), page, options, id -> null);
                WritableImage shot = canvas.snapshot(null, null);
                done.complete(toAwt(shot));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }

    private static int px(double points) {
        return (int) Math.round(points * SCALE);
    }

    /** Dark pixels per column of the band. */
    private static int[] inkColumns(BufferedImage image, int left, int right, int top, int bottom) {
        int[] counts = new int[Math.max(0, right - left)];
        for (int x = left; x < right && x < image.getWidth(); x++) {
            for (int y = Math.max(0, top); y <= bottom && y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < DARK) {
                    counts[x - left]++;
                }
            }
        }
        return counts;
    }

    /** Rasterisers differ by a pixel here and there; compare ink over a few pixels. */
    private static double[] smooth(int[] counts) {
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (j >= 0 && j < counts.length) {
                    out[i] += counts[j];
                }
            }
        }
        return out;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 && nb == 0 ? 1 : dot / Math.sqrt(na * nb);
    }

    private static int lastInk(int[] counts) {
        for (int i = counts.length - 1; i >= 0; i--) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return -1;
    }
}
