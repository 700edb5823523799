package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** With a press profile, the print profile turns RGB photos into the press's CMYK. */
class CmykPrintTest {
    /** Debian's libgs-common ships this CMYK output profile; Copydesk bundles none. */
    private static final Path CMYK_PROFILE = Path.of("/usr/share/color/icc/ghostscript/default_cmyk.icc");
    private static final Path RGB_PROFILE = Path.of("/usr/share/color/icc/ghostscript/srgb.icc");

    private final PdfExporter exporter = new PdfExporter(ExportFixtures.composer());

    @Test
    void photosAreConvertedToCmykAndThePressProfileIsTheOutputIntent() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(CMYK_PROFILE),
                "no CMYK ICC profile at " + CMYK_PROFILE + " (apt-get install libgs-common)");
        byte[] pdf = exporter.editionPdf(ExportFixtures.edition(), PdfOptions.print().withPressProfile(CMYK_PROFILE),
                ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    assertThat(image.getColorSpace()).isInstanceOf(PDDeviceCMYK.class);
                    images++;
                }
            }
            assertThat(images).isEqualTo(1);
            var intent = document.getDocumentCatalog().getOutputIntents().get(0);
            assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFX");
            assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(4);
        }
    }

    @Test
    void anRgbProfileIsRefusedAsPressProfile() {
        Assumptions.assumeTrue(Files.isReadable(RGB_PROFILE), "no RGB ICC profile at " + RGB_PROFILE);
        assertThatThrownBy(() -> exporter.editionPdf(ExportFixtures.edition(), PdfOptions.print().withPressProfile(RGB_PROFILE),
                ExportProgress.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("not a CMYK profile");
    }
}
