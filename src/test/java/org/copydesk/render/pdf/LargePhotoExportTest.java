package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.copydesk.exchange.edition.TestImages;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A photo bigger than the export ever needs is decoded keeping every n-th pixel of every n-th row,
 * straight to the size it is embedded at: no full-size picture in memory.
 */
class LargePhotoExportTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1}, {2}-bit colour type {3}: embedded {4}x{5}")
    @CsvSource(textBlock = """
            5000, 5000, 8,  2, 2500, 2500
            4000, 3000, 16, 6, 4000, 3000
            """)
    void theEmbeddedPictureStaysWithinTheDecodeBudget(int width, int height, int bitDepth, int colourType,
                                                       int embeddedWidth, int embeddedHeight) throws IOException {
        EditionContent edition = withPng(TestImages.png(width, height, bitDepth, colourType), width, height);
        // Every original kept (no downsampling asked for): only the decode budget shrinks the picture.
        PdfOptions keepOriginals = PdfOptions.archive().withDownsampleAbovePpi(0);
        byte[] pdf = new PdfExporter(ExportFixtures.composer()).editionPdf(edition, keepOriginals, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(embeddedWidth);
                assertThat(image.getHeight()).isEqualTo(embeddedHeight);
                assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PdfImages.MAX_DECODED_PIXELS);
            });
        }
    }

    @Test
    void pngPreviewsDownsampleWhileDecoding() throws IOException {
        EditionContent edition = withPng(TestImages.png(5000, 5000, 16, 6), 5000, 5000);
        List<Path> files = new PdfExporter(ExportFixtures.composer()).exportPreviews(edition, dir.resolve("png"), 36, ExportProgress.NONE);
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
    }

    private static EditionContent withPng(byte[] png, int width, int height) {
        EditionContent fixture = ExportFixtures.edition();
        Photo original = fixture.photos().get(0);
        Photo photo = new Photo(original.id(), original.editionId(), "big.png", "image/png", png, ExportFixtures.sha256(png),
                width, height, original.caption());
        return new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), List.of(photo));
    }
}
