package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.copydesk.desk.PhotoFiles;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A photo stored turned (EXIF orientation) is embedded upright: the PDF has no EXIF, so the JPEG is
 * decoded and turned rather than passed through; an upright CMYK JPEG still passes through.
 */
class OrientedPhotoExportTest {
    @Test
    void aPhotoWithOrientationSixIsEmbeddedUpright() throws IOException {
        byte[] jpeg = PhotoFiles.withSegment(PhotoFiles.jpeg(80, 40), 0xE1, PhotoFiles.exifOrientation(6));

        Embedded image = embedded(photo(jpeg, 40, 80, 6));

        assertThat(image.width()).isEqualTo(40);
        assertThat(image.height()).isEqualTo(80);
        BufferedImage picture = image.picture();
        assertThat(PhotoFiles.reddish(picture.getRGB(20, 10))).as("the stored left half is on top").isTrue();
        assertThat(PhotoFiles.bluish(picture.getRGB(20, 70))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 8})
    void otherTurnsGiveTheirSize(int orientation) throws IOException {
        byte[] jpeg = PhotoFiles.withSegment(PhotoFiles.jpeg(80, 40), 0xE1, PhotoFiles.exifOrientation(orientation));
        boolean sideways = orientation >= 5;

        Embedded image = embedded(photo(jpeg, sideways ? 40 : 80, sideways ? 80 : 40, orientation));

        assertThat(image.width()).isEqualTo(sideways ? 40 : 80);
        BufferedImage picture = image.picture();
        // 3 turns half round: blue on the left; 8 turns anticlockwise: red at the bottom.
        int probe = orientation == 3 ? picture.getRGB(10, 20) : picture.getRGB(20, 70);
        assertThat(orientation == 3 ? PhotoFiles.bluish(probe) : PhotoFiles.reddish(probe)).isTrue();
    }

    @Test
    void anUprightCmykJpegIsEmbeddedAsItIs() throws IOException {
        byte[] cmyk = PhotoFiles.cmykJpeg(64, 32);

        Embedded image = embedded(photo(cmyk, 64, 32, Photo.UPRIGHT));

        assertThat(image.components()).isEqualTo(4);
        assertThat(image.width()).isEqualTo(64);
    }

    private static Photo photo(byte[] bytes, int width, int height, int orientation) {
        Photo original = ExportFixtures.edition().photos().get(0);
        return new Photo(original.id(), original.editionId(), "turned.jpg", "image/jpeg", bytes,
                ExportFixtures.sha256(bytes), width, height, original.caption(), orientation, PhotoDetails.NONE);
    }

    private static Embedded embedded(Photo photo) throws IOException {
        EditionContent fixture = ExportFixtures.edition();
        EditionContent edition = new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), List.of(photo));
        byte[] pdf = new PdfExporter(ExportFixtures.composer()).editionPdf(edition,
                PdfOptions.archive().withDownsampleAbovePpi(0), ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Embedded> images = new ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    // Decoded while the document is open.
                    images.add(new Embedded(image.getWidth(), image.getHeight(),
                            image.getColorSpace().getNumberOfComponents(), image.getImage()));
                }
            }
            assertThat(images).hasSize(1);
            return images.get(0);
        }
    }

    private record Embedded(int width, int height, int components, BufferedImage picture) {
    }
}
