package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.EditionContent;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {
    private static final Instant FIXED = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path dir;

    private final EditionContent content = ExportFixtures.edition();
    private final PdfExporter exporter = new PdfExporter(ExportFixtures.composer());

    @Test
    void theFileHeaderNamesThePdfVersionOfTheProfile() {
        // PDF/X-4 is PDF 1.6 and PDF/A-2 PDF 1.7; checkers read the header, so it must say so itself.
        byte[] print = exporter.editionPdf(content, PdfOptions.print(), ExportProgress.NONE);
        byte[] archive = exporter.editionPdf(content, PdfOptions.archive(), ExportProgress.NONE);
        assertThat(new String(print, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.6");
        assertThat(new String(archive, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
    }

    @Test
    void extractedTextGivesBackEveryStoryInReadingOrder() throws IOException {
        Path pdf = dir.resolve("edition.pdf");
        exporter.exportEdition(content, pdf, PdfOptions.print(), ExportProgress.NONE);

        String text = joinedText(pdf);
        assertThat(text).contains(ExportFixtures.LEAD_HEADLINE, ExportFixtures.LEAD_BODY, ExportFixtures.LEAD_PARAGRAPH,
                ExportFixtures.SECOND_HEADLINE, ExportFixtures.SECOND_BODY, ExportFixtures.CAPTION_TEXT + "　李明/摄");
        assertThat(text.indexOf(ExportFixtures.LEAD_HEADLINE)).isLessThan(text.indexOf(ExportFixtures.LEAD_BODY));
        assertThat(text.indexOf(ExportFixtures.LEAD_BODY)).isLessThan(text.indexOf(ExportFixtures.LEAD_PARAGRAPH));
        assertThat(text.indexOf(ExportFixtures.LEAD_PARAGRAPH)).isLessThan(text.indexOf(ExportFixtures.SECOND_HEADLINE));
    }

    @Test
    void everyGlyphSitsWhereTheLayoutPutIt() throws IOException {
        byte[] pdf = exporter.pagePdf(content, ExportFixtures.composer().compose(content, 1),
                PdfOptions.print().withCropMarks(false).withBleedMm(0));
        PageLayout layout = ExportFixtures.composer().compose(content, 1);
        List<double[]> expected = new ArrayList<>();
        for (LayoutLine line : layout.allLines()) {
            for (GlyphRun run : line.runs()) {
                for (int i = 0; i < run.length(); i++) {
                    expected.add(new double[] {run.x(i), run.baseline()});
                }
            }
        }
        List<TextPosition> drawn = positions(pdf);
        assertThat(drawn).hasSameSizeAs(expected);
        float pageHeight = (float) layout.spec().trimHeightPt();
        for (int i = 0; i < drawn.size(); i++) {
            assertThat((double) drawn.get(i).getXDirAdj()).as("x of glyph %d '%s'", i, drawn.get(i).getUnicode())
                    .isCloseTo(expected.get(i)[0], within(0.01));
            assertThat((double) drawn.get(i).getYDirAdj()).as("baseline of glyph %d", i)
                    .isCloseTo(expected.get(i)[1], within(0.01));
            assertThat(pageHeight).isPositive();
        }
    }

    @Test
    void glyphsPlacedAtUnevenPositionsAreNotRemeasured() throws IOException {
        // Compressed punctuation: the comma gets half an em, the next character follows at once.
        double[] xs = {100, 110, 115, 125};
        GlyphRun run = new GlyphRun(FontFace.SERIF, 10, 200, "大，小。", xs, new double[] {10, 5, 10, 5});
        PageLayout base = ExportFixtures.composer().compose(content, 2);
        PageLayout layout = new PageLayout(base.pageId(), 2, base.spec(), List.of(),
                List.of(new LayoutLine(LineRole.BODY, 100, 200, 30, List.of(run), true, 0)), List.of(), List.of(), List.of());
        List<TextPosition> drawn = positions(exporter.pagePdf(content, layout, PdfOptions.archive()));
        assertThat(drawn).extracting(TextPosition::getUnicode).containsExactly("大", "，", "小", "。");
        for (int i = 0; i < xs.length; i++) {
            assertThat((double) drawn.get(i).getXDirAdj()).isCloseTo(xs[i], within(0.01));
        }
    }

    @Test
    void fontsAreEmbeddedTrueTypeSubsetsLoadedOncePerDocument() throws IOException {
        byte[] pdf = exporter.editionPdf(content, PdfOptions.print(), ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    PDType0Font type0 = (PDType0Font) font;
                    assertThat(type0.getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
                    assertThat(type0.isEmbedded()).isTrue();
                    assertThat(type0.getName()).matches("[A-Z]{6}\\+.*");
                    names.add(type0.getName());
                }
            }
            // The same face on two pages is one font object: loaded once per document.
            assertThat(names.stream().distinct().count()).isEqualTo(3);
        }
        assertThat(pdf.length).as("subset fonts keep the file small").isLessThan(400_000);
    }

    @Test
    void trimAndBleedBoxesAndMetadataAreSet() throws IOException {
        byte[] pdf = exporter.editionPdf(content, PdfOptions.print().withCreationTime(FIXED), ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            double bleed = 3 * 72 / 25.4;
            assertThat((double) page.getTrimBox().getWidth()).isCloseTo(275 * 72 / 25.4, within(0.01));
            assertThat((double) page.getBleedBox().getWidth()).isCloseTo(275 * 72 / 25.4 + 2 * bleed, within(0.01));
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getBleedBox().getWidth());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("江澜周报 2026年11月27日 第1—2版");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("江澜周报");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(FIXED);
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void aFixedCreationTimeMakesExportsIdenticalByteForByte() {
        PdfOptions options = PdfOptions.archive().withCreationTime(FIXED);
        byte[] first = exporter.editionPdf(content, options, ExportProgress.NONE);
        byte[] second = exporter.editionPdf(content, options, ExportProgress.NONE);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void cancellingBetweenPagesLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path pdf = dir.resolve("edition.pdf");
        Files.writeString(pdf, "old");
        AtomicInteger pages = new AtomicInteger();
        ExportProgress cancelAfterFirst = new ExportProgress() {
            @Override
            public void pageDone(int done, int total) {
                pages.set(done);
            }

            @Override
            public boolean isCancelled() {
                return pages.get() >= 1;
            }
        };
        assertThatThrownBy(() -> exporter.exportEdition(content, pdf, PdfOptions.print(), cancelAfterFirst))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readString(pdf)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void anInterruptedThreadStopsTheExport() {
        Path pdf = dir.resolve("edition.pdf");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> exporter.exportEdition(content, pdf, PdfOptions.print(), ExportProgress.NONE))
                    .isInstanceOf(ExportCancelledException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(pdf).doesNotExist();
    }

    @Test
    void progressIsReportedForEveryPage() {
        List<String> calls = new ArrayList<>();
        exporter.editionPdf(content, PdfOptions.print(), (done, total) -> calls.add(done + "/" + total));
        assertThat(calls).containsExactly("1/2", "2/2");
    }

    @Test
    void sharpPhotosAreDownsampledToTheChosenResolution() throws IOException {
        double ppi = ExportFixtures.composer().compose(content, 1).frames().get(1).image().orElseThrow().effectivePpi();
        assertThat(ppi).isBetween(50.0, 200.0);
        int limit = (int) (ppi / 2);
        byte[] original = exporter.editionPdf(content, PdfOptions.print(), ExportProgress.NONE);
        byte[] downsampled = exporter.editionPdf(content, PdfOptions.print().withDownsampleAbovePpi(limit), ExportProgress.NONE);
        assertThat(imageWidths(original)).containsExactly(600);
        assertThat(imageWidths(downsampled)).singleElement().satisfies(w -> assertThat((double) w).isCloseTo(300, within(3.0)));
    }

    @Test
    void charactersMissingFromTheFontDoNotStopTheExport() throws IOException {
        GlyphRun run = new GlyphRun(FontFace.SERIF, 10, 200, "桥\uE000梁", new double[] {100, 110, 120}, new double[] {10, 10, 10});
        PageLayout base = ExportFixtures.composer().compose(content, 2);
        PageLayout layout = new PageLayout(base.pageId(), 2, base.spec(), List.of(),
                List.of(new LayoutLine(LineRole.BODY, 100, 200, 30, List.of(run), true, 0)), List.of(), List.of(), List.of());
        List<TextPosition> drawn = positions(exporter.pagePdf(content, layout, PdfOptions.archive()));
        assertThat(drawn).extracting(TextPosition::getUnicode).containsExactly("桥", "梁");
        assertThat((double) drawn.get(1).getXDirAdj()).isCloseTo(120, within(0.01));
    }

    @Test
    void previewsArePngsAtTheChosenResolution() throws IOException {
        List<Path> files = exporter.exportPreviews(content, dir, 36, ExportProgress.NONE);
        assertThat(files).hasSize(2);
        var image = ImageIO.read(files.get(0).toFile());
        assertThat((double) image.getWidth()).isCloseTo(275 / 25.4 * 36, within(2.0));
    }

    @Test
    void onePdfPerPageIsWritten() throws IOException {
        List<Path> files = exporter.exportPages(content, dir, PdfOptions.print(), ExportProgress.NONE);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("page-01.pdf", "page-02.pdf");
        assertThat(joinedText(files.get(1))).contains(ExportFixtures.SECOND_BODY).doesNotContain(ExportFixtures.LEAD_HEADLINE);
    }

    /** The extracted text without line breaks (lines break mid-sentence) or the spaces the stripper guesses from gaps. */
    static String joinedText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\r\\n ]", "");
        }
    }

    private static List<TextPosition> positions(byte[] pdf) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    all.add(text);
                }
            };
            stripper.getText(document);
        }
        // Text positions are relative to the crop box; with no bleed and no marks that is the trim.
        return all;
    }

    private static List<Integer> imageWidths(byte[] pdf) throws IOException {
        List<Integer> widths = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        widths.add(image.getWidth());
                    }
                }
            }
        }
        return widths;
    }
}
