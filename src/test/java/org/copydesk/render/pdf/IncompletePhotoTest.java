package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Preflight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A photo cut short but stored with a matching digest (it came in before import decoded every
 * photo): preflight calls it an error, and the PDF gets a marked empty frame instead of an image
 * stream no reader can decode (which {@code qpdf --check} rejected).
 */
class IncompletePhotoTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} bytes of {2}: complete {3}")
    @CsvSource(textBlock = """
            image/jpeg, -1,   1600x1067, true
            image/jpeg, 2000, 1600x1067, false
            image/jpeg, -2,   1600x1067, false
            image/jpeg, 4,    1600x1067, false
            image/png,  -1,   300x200,   true
            image/png,  -12,  300x200,   false
            image/png,  1000, 300x200,   false
            """)
    void aFileCutShortIsNotComplete(String mediaType, int length, String size, boolean complete) throws IOException {
        int width = Integer.parseInt(size.substring(0, size.indexOf('x')));
        int height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
        byte[] whole = mediaType.equals("image/jpeg") ? ExportFixtures.jpeg(width, height) : png(width, height);
        byte[] file = length == -1 ? whole : Arrays.copyOf(whole, length < 0 ? whole.length + length : length);
        assertThat(photo(file, mediaType, width, height).fileIsComplete()).isEqualTo(complete);
    }

    @Test
    void preflightNamesItAndThePdfHasAnEmptyFrameThatQpdfAccepts() throws Exception {
        byte[] cut = Arrays.copyOf(ExportFixtures.jpeg(1600, 1067), 2000);
        EditionContent edition = withPhoto(photo(cut, "image/jpeg", 1600, 1067));

        assertThat(new Preflight(ExportFixtures.composer(), Locale.ENGLISH).check(edition))
                .filteredOn(f -> f.check() == Check.UNREADABLE_PHOTO).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("photo-bridge.jpg is cut short"));

        byte[] pdf = new PdfExporter(ExportFixtures.composer()).editionPdf(edition, PdfOptions.archive(), ExportProgress.NONE);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/DCTDecode");
        assumeTrue(qpdfInstalled(), "qpdf is not on the PATH");
        Path file = Files.write(dir.resolve("cut.pdf"), pdf);
        Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(qpdf.exitValue()).as(output).isZero();
    }

    private static EditionContent withPhoto(Photo photo) {
        EditionContent fixture = ExportFixtures.edition();
        return new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), List.of(photo));
    }

    private static Photo photo(byte[] file, String mediaType, int width, int height) {
        Photo original = ExportFixtures.edition().photos().get(0);
        return new Photo(original.id(), original.editionId(), original.fileName(), mediaType, file,
                ExportFixtures.sha256(file), width, height, original.caption());
    }

    private static byte[] png(int width, int height) throws IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x * 7 + y * 131);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static boolean qpdfInstalled() {
        try {
            return new ProcessBuilder("qpdf", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
