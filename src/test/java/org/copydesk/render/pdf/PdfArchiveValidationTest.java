package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The archive profile is PDF/A-2b as veraPDF, the reference validator, checks it. */
class PdfArchiveValidationTest {
    private final EditionContent content = ExportFixtures.edition();
    private final PdfExporter exporter = new PdfExporter(ExportFixtures.composer());

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theArchiveProfileIsValidPdfA2b() throws Exception {
        byte[] pdf = exporter.editionPdf(content, PdfOptions.archive(), ExportProgress.NONE);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void theArchiveProfileStaysValidWithResampledPhotos() throws Exception {
        byte[] pdf = exporter.editionPdf(content, PdfOptions.archive().withDownsampleAbovePpi(40), ExportProgress.NONE);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void theSampleEditionExportsAsValidPdfA2b() throws Exception {
        EditionContent sample = org.copydesk.sample.SampleEdition.create();
        byte[] pdf = new PdfExporter(org.copydesk.typeset.NewspaperComposer.withBundledFonts())
                .editionPdf(sample, PdfOptions.archive(), ExportProgress.NONE);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void theValidatorCatchesAPdfWithoutPdfAIdentification() throws Exception {
        // The print profile carries no PDF/A identification: veraPDF must say so, or the test above proves nothing.
        byte[] pdf = exporter.editionPdf(content, PdfOptions.print(), ExportProgress.NONE);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_B)).isNotEmpty();
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
