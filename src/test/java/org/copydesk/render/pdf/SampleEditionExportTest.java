package org.copydesk.render.pdf;

import org.copydesk.store.InMemoryEditionRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.model.EditionContent;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code copydesk export} of the 8-page sample edition: real text in reading order, small file. */
class SampleEditionExportTest {
    @TempDir
    Path dir;

    private final PageComposer composer = NewspaperComposer.withBundledFonts();
    private final EditionContent sample = SampleEdition.create();

    @Test
    void theExportedSampleGivesBackEveryStoryLineInReadingOrder() throws IOException {
        InMemoryEditionRepository store = new InMemoryEditionRepository();
        store.insertEdition(sample);
        Path pdf = dir.resolve("sample.pdf");
        CommandLine cli = CopydeskCommand.commandLine(store.services(composer));
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("export", "--edition", "latest", "--pdf", pdf.toString())).as(err.toString()).isZero();

        String text;
        long photoBytes = 0;
        long size = java.nio.file.Files.size(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(8);
            text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u3000]", "");
            Set<Object> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image && seen.add(image.getCOSObject())) {
                        photoBytes += image.getCOSObject().getLength();
                    }
                }
            }
        }
        int from = 0;
        int lines = 0;
        for (PageLayout layout : composer.composeEdition(sample)) {
            for (LayoutLine line : layout.allLines()) {
                String expected = line.text().replaceAll("[\\s\\u00A0\\u3000]", "");
                if (!expected.isEmpty()) {
                    int at = text.indexOf(expected, from);
                    assertThat(at).as("page %d %s '%s'", layout.pageNumber(), line.role(), expected).isGreaterThanOrEqualTo(0);
                    from = at + expected.length();
                    lines++;
                }
            }
        }
        assertThat(lines).isGreaterThan(1000);
        sample.articles().forEach(a -> assertThat(text).contains(a.headline().replaceAll("[\\s\\u3000]", "")));
        assertThat(size - photoBytes).as("PDF bytes without photos").isLessThan(1_500_000);
    }
}
