package org.copydesk.bench;

import java.util.concurrent.TimeUnit;
import org.copydesk.model.EditionContent;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.NewspaperComposer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export of the 8-page sample edition to one PDF, warm, in process (composition included, as the
 * export command does it). Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.args=ExportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExportBenchmark {
    private EditionContent edition;
    private PdfExporter exporter;

    @Setup
    public void setUp() {
        edition = SampleEdition.create();
        exporter = new PdfExporter(NewspaperComposer.withBundledFonts());
    }

    @Benchmark
    public byte[] exportEightPagesForPrint() {
        return exporter.editionPdf(edition, PdfOptions.print(), ExportProgress.NONE);
    }

    @Benchmark
    public byte[] exportEightPagesForArchive() {
        return exporter.editionPdf(edition, PdfOptions.archive(), ExportProgress.NONE);
    }
}
