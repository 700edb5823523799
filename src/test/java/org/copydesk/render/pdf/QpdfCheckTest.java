package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.EditionContent;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports must pass {@code qpdf --check} without even a warning (exit 0; 3 means "with warnings"):
 * presses and archives run such checkers on what they receive. Skipped where qpdf is not installed;
 * CI installs it.
 */
class QpdfCheckTest {
    private static final EditionContent SAMPLE = SampleEdition.create();
    private static final PdfExporter EXPORTER = new PdfExporter(NewspaperComposer.withBundledFonts());

    @TempDir
    Path dir;

    @BeforeAll
    static void needsQpdf() {
        assumeTrue(onPath("qpdf"), "qpdf is not on the PATH");
    }

    @Test
    void thePrintExportPassesQpdfCheck() throws Exception {
        Path pdf = dir.resolve("print.pdf");
        EXPORTER.exportEdition(SAMPLE, pdf, PdfOptions.print(), ExportProgress.NONE);
        assertPassesQpdf(pdf);
    }

    @Test
    void theArchiveExportPassesQpdfCheck() throws Exception {
        Path pdf = dir.resolve("archive.pdf");
        EXPORTER.exportEdition(SAMPLE, pdf, PdfOptions.archive(), ExportProgress.NONE);
        assertPassesQpdf(pdf);
    }

    @Test
    void aSinglePagePdfPassesQpdfCheck() throws Exception {
        Path pdf = dir.resolve("page.pdf");
        Files.write(pdf, EXPORTER.pagePdfs(SAMPLE, PdfOptions.archive(), ExportProgress.NONE).get(0));
        assertPassesQpdf(pdf);
    }

    @Test
    void objectsAreNumberedOneToNWithoutGaps() throws Exception {
        Path pdf = dir.resolve("numbers.pdf");
        EXPORTER.exportEdition(SAMPLE, pdf, PdfOptions.print(), ExportProgress.NONE);
        Process process = new ProcessBuilder(List.of("qpdf", "--show-xref", pdf.toString())).redirectErrorStream(true).start();
        List<Integer> numbers = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(line -> Integer.parseInt(line.substring(0, line.indexOf('/')))).sorted().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(numbers).isNotEmpty();
        assertThat(numbers.get(0)).isEqualTo(1);
        assertThat(numbers.get(numbers.size() - 1)).isEqualTo(numbers.size());
    }

    @Test
    void theCheckSeesADamagedFile() throws Exception {
        // Guards the test itself: a file qpdf has to repair must not pass.
        byte[] good = EXPORTER.pagePdfs(SAMPLE, PdfOptions.print(), ExportProgress.NONE).get(0);
        Path pdf = dir.resolve("damaged.pdf");
        Files.write(pdf, java.util.Arrays.copyOf(good, good.length - 40));
        assertThat(qpdfCheck(pdf).exitCode).isNotZero();
    }

    private static void assertPassesQpdf(Path pdf) throws Exception {
        Result result = qpdfCheck(pdf);
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).doesNotContainIgnoringCase("warning");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result qpdfCheck(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("qpdf", "--check", pdf.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
