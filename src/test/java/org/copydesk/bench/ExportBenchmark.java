package org.copydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.SampleEditions;
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
 * Export of an 8-page broadsheet edition to one PDF, warm, in process (composition included, as the
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
        edition = eightPages(SampleEditions.fullBroadsheet());
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

    /**
     * Four copies of the composer tests' two full broadsheet pages, each copy with its own story and
     * photo ids, and real JPEG pictures in place of their placeholder bytes.
     */
    public static EditionContent eightPages(EditionContent two) {
        List<Page> pages = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            String prefix = "c" + copy + "-";
            for (Article a : two.articles()) {
                articles.add(new Article(prefix + a.id(), a.editionId(), a.kicker(), a.headline(), a.subtitle(), a.byline(),
                        a.body(), a.status(), a.targetLength(), a.version(), a.created(), a.updated()));
            }
            for (Photo p : two.photos()) {
                byte[] jpeg = ExportFixtures.jpeg(p.widthPx(), p.heightPx());
                photos.add(new Photo(prefix + p.id(), p.editionId(), p.fileName(), "image/jpeg", jpeg,
                        ExportFixtures.sha256(jpeg), p.widthPx(), p.heightPx(), p.caption()));
            }
            for (Page page : two.pages()) {
                List<Placement> placements = page.placements().stream().map(pl -> renamed(pl, prefix)).toList();
                pages.add(new Page(prefix + page.id(), page.editionId(), copy * two.pages().size() + page.number(),
                        page.section(), page.spec(), placements));
            }
        }
        return new EditionContent(two.edition(), pages, articles, photos);
    }

    private static Placement renamed(Placement placement, String prefix) {
        if (placement instanceof StoryPlacement s) {
            return new StoryPlacement(prefix + s.articleId(), s.frame(), s.part(), s.textColumns(), s.headlineSizePt());
        }
        PhotoPlacement p = (PhotoPlacement) placement;
        return new PhotoPlacement(prefix + p.photoId(), p.frame(), p.articleId().isEmpty() ? "" : prefix + p.articleId());
    }
}
