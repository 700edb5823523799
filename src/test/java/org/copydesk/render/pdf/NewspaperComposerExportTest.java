package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.SampleEditions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full broadsheet composed by the real composer comes back out of the PDF as text, story by story
 * and line by line in reading order, both through PDFBox and through poppler's pdftotext.
 */
class NewspaperComposerExportTest {
    @TempDir
    Path dir;

    private final PageComposer composer = NewspaperComposer.withBundledFonts();
    private final EditionContent content = withRealPhotos(SampleEditions.fullBroadsheet());

    @Test
    void pdfBoxExtractsEveryLineInReadingOrder() throws IOException {
        Path pdf = dir.resolve("edition.pdf");
        new PdfExporter(composer).exportEdition(content, pdf, PdfOptions.print(), ExportProgress.NONE);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertLinesInOrder(squeeze(text));
    }

    @Test
    void pdftotextExtractsEveryLineInReadingOrder() throws Exception {
        Path pdf = dir.resolve("edition.pdf");
        new PdfExporter(composer).exportEdition(content, pdf, PdfOptions.archive(), ExportProgress.NONE);
        Path txt = dir.resolve("edition.txt");
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), txt.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("pdftotext is not installed (apt-get install poppler-utils)");
            return;
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertLinesInOrder(squeeze(Files.readString(txt, StandardCharsets.UTF_8)));
    }

    private void assertLinesInOrder(String extracted) {
        int from = 0;
        int checked = 0;
        for (PageLayout layout : composer.composeEdition(content)) {
            for (LayoutLine line : layout.allLines()) {
                String expected = squeeze(line.text());
                if (expected.isEmpty()) {
                    continue;
                }
                int at = extracted.indexOf(expected, from);
                assertThat(at).as("page %d %s line '%s' after offset %d", layout.pageNumber(), line.role(), expected, from)
                        .isGreaterThanOrEqualTo(0);
                from = at + expected.length();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    /** Without whitespace: extractors turn gaps into spaces and lines into breaks as they see fit. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]", "");
    }

    /** The composer tests' sample holds placeholder bytes; give its photos real pictures of the same size. */
    private static EditionContent withRealPhotos(EditionContent sample) {
        List<Photo> photos = sample.photos().stream().map(p -> {
            byte[] jpeg = ExportFixtures.jpeg(p.widthPx(), p.heightPx());
            return new Photo(p.id(), p.editionId(), p.fileName(), "image/jpeg", jpeg, ExportFixtures.sha256(jpeg),
                    p.widthPx(), p.heightPx(), p.caption());
        }).toList();
        return new EditionContent(sample.edition(), sample.pages(), sample.articles(), photos);
    }
}
