package org.copydesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Golden images: pages 1-3 of the sample edition drawn by the preview ({@code render.fx}) and by the
 * PDF (rasterised by PDFBox) must look as the reviewed pictures in {@code src/test/resources/golden}.
 * A pixel differs when its grey level is off by more than {@value #PIXEL_TOLERANCE} of 255; a page
 * fails when more than {@value #PAGE_TOLERANCE_PERCENT} % of its pixels differ (anti-aliasing moves
 * a few pixels between machines; a moved line, a lost rule or a changed break moves thousands). On
 * failure the actual picture and a diff (differing pixels red on a faded copy of the reference) are
 * written to {@code target/golden/}.
 *
 * <p>The references change only on purpose: after a reviewed change to the sample or the composer,
 * run {@code mvn -o -q test -Dtest=GoldenPagesTest -Dcopydesk.golden.update=true} and commit the
 * new PNGs with the change (see README, "Golden pages").
 */
class GoldenPagesTest {
    /** Pixels per point: 0.5 gives a 552 x 780 picture of a broadsheet, enough to see every line. */
    private static final double SCALE = 0.5;
    static final int PIXEL_TOLERANCE = 64;
    static final double PAGE_TOLERANCE_PERCENT = 0.5;
    private static final Path REFERENCES = Path.of("src/test/resources/golden");
    private static final Path FAILURES = Path.of("target/golden");
    private static final boolean UPDATE = Boolean.getBoolean("copydesk.golden.update");

    @TempDir
    static Path dir;

    private static EditionContent sample;
    private static NewspaperComposer composer;
    private static List<Path> pdfs;

    @BeforeAll
    static void exportTheSample() throws Exception {
        FxToolkit.registerPrimaryStage();
        composer = NewspaperComposer.withBundledFonts();
        sample = SampleEdition.create();
        pdfs = new PdfExporter(composer).exportPages(sample, dir, PdfOptions.archive(), ExportProgress.NONE);
    }

    @ParameterizedTest(name = "page {0} through {1}")
    @CsvSource(textBlock = """
            1, fx
            1, pdf
            2, fx
            2, pdf
            3, fx
            3, pdf
            """)
    void pageLooksAsReviewed(int page, String renderer) throws Exception {
        BufferedImage actual = renderer.equals("fx") ? preview(composer.compose(sample, page)) : pdf(page);
        String name = "page-" + page + "-" + renderer;
        Path reference = REFERENCES.resolve(name + ".png");
        if (UPDATE) {
            Files.createDirectories(REFERENCES);
            ImageIO.write(actual, "png", reference.toFile());
        }
        assertThat(reference).as("reference %s (create it with -Dcopydesk.golden.update=true)", reference).exists();
        BufferedImage expected = ImageIO.read(reference.toFile());
        Comparison c = compare(expected, actual);
        if (c.percent() > PAGE_TOLERANCE_PERCENT) {
            Files.createDirectories(FAILURES);
            ImageIO.write(actual, "png", FAILURES.resolve(name + ".actual.png").toFile());
            ImageIO.write(c.diff(), "png", FAILURES.resolve(name + ".diff.png").toFile());
        }
        assertThat(c.percent()).as("%s differs from %s in %.2f %% of pixels; see %s", name, reference, c.percent(),
                FAILURES.resolve(name + ".diff.png")).isLessThanOrEqualTo(PAGE_TOLERANCE_PERCENT);
    }

    @org.junit.jupiter.api.Test
    void aPageWithItsLinesMovedByAPointFails() throws Exception {
        // The comparison must be able to fail: page 1 against itself moved one point (half a pixel row
        // at this scale would pass; a point is less than a tenth of a line).
        BufferedImage page = pdf(1);
        var moved = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = moved.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(page, 0, (int) Math.ceil(SCALE), null);
        g.dispose();
        assertThat(compare(page, moved).percent()).isGreaterThan(PAGE_TOLERANCE_PERCENT);
        assertThat(compare(page, page).percent()).isZero();
    }

    record Comparison(double percent, BufferedImage diff) {
    }

    /** Pixels whose grey differs by more than the tolerance, in percent, with a picture of where. */
    static Comparison compare(BufferedImage expected, BufferedImage actual) {
        int w = Math.max(expected.getWidth(), actual.getWidth());
        int h = Math.max(expected.getHeight(), actual.getHeight());
        var diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = grey(expected, x, y);
                int a = grey(actual, x, y);
                if (Math.abs(e - a) > PIXEL_TOLERANCE) {
                    differing++;
                    diff.setRGB(x, y, 0xFF0000);
                } else {
                    int faded = 255 - (255 - e) / 4;
                    diff.setRGB(x, y, faded << 16 | faded << 8 | faded);
                }
            }
        }
        return new Comparison(100.0 * differing / ((long) w * h), diff);
    }

    /** Grey level 0-255; outside the picture counts as black, so a size change always shows. */
    private static int grey(BufferedImage image, int x, int y) {
        if (x >= image.getWidth() || y >= image.getHeight()) {
            return 0;
        }
        int rgb = image.getRGB(x, y);
        return (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
    }

    private static BufferedImage pdf(int page) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(page - 1).toFile())) {
            return new PDFRenderer(pdf).renderImage(0, (float) SCALE, ImageType.RGB);
        }
    }

    private static BufferedImage preview(PageLayout page) throws Exception {
        var done = new CompletableFuture<BufferedImage>();
        Platform.runLater(() -> {
            try {
                var options = new PreviewOptions(SCALE, 0, false, Optional.empty());
                var canvas = new Canvas(Math.round(page.spec().trimWidthPt() * SCALE),
                        Math.round(page.spec().trimHeightPt() * SCALE));
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
}
