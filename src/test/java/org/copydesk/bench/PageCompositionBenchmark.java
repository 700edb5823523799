package org.copydesk.bench;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.InputStream;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.LineBreakRules;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.FrameCapacity;
import org.copydesk.typeset.Galley;
import org.copydesk.typeset.GalleyProof;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.SampleEditions;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Composition of a full broadsheet page (six stories, two photos, a 三破二 frame, a jump to page
 * 2, about 12,000 characters of copy) from nothing, recomposition after a one-character edit, and
 * the same copy broken into 13-character columns by our galley and by
 * {@link LineBreakMeasurer} with one reused break iterator, for comparison.
 * Run: see docs/performance.md.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class PageCompositionBenchmark {
    private static final int COLUMN_CHARS = 13;
    private static final float BODY_PT = 9f;

    private EditionContent content;
    private NewspaperComposer composer;
    private Galley galley;
    private List<String> paragraphs;
    private Font awtFont;
    private FontRenderContext frc;
    private BreakIterator reusedBreaks;
    private Article edited;
    private int edits;
    private int dragSteps;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        content = SampleEditions.fullBroadsheet();
        FontCatalogue fonts = FontCatalogue.bundled();
        composer = new NewspaperComposer(fonts);
        galley = new Galley(fonts);
        paragraphs = new ArrayList<>();
        for (Article a : content.articles()) {
            for (Block b : a.body()) {
                paragraphs.add(b.text());
            }
        }
        try (InputStream in = FontFace.SERIF.open()) {
            awtFont = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(BODY_PT);
        }
        frc = new FontRenderContext(null, true, true);
        reusedBreaks = BreakIterator.getLineInstance(Locale.CHINA);
        edited = content.article("s3").orElseThrow();
    }

    /** Page 1 composed from nothing: every story set, nothing taken from the cache. */
    @Benchmark
    public PageLayout composeFullPage() {
        composer.clearCache();
        return composer.compose(content, 1);
    }

    /** Counts stories set per recomposition: 1 shows only the edited story was set again. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Recomposed {
        public long storiesSet;
    }

    /** A one-character edit in story s3, then page 1 again with the other stories cached. */
    @Benchmark
    public PageLayout recomposeAfterOneCharacterEdit(Recomposed counter) {
        Article article = oneCharacterEdit(edited, edits++);
        List<Article> articles = new ArrayList<>(content.articles());
        articles.replaceAll(a -> a.id().equals(article.id()) ? article : a);
        EditionContent next = new EditionContent(content.edition(), content.pages(), articles, content.photos());
        long before = composer.storiesComposed();
        PageLayout layout = composer.compose(next, 1);
        counter.storiesSet += composer.storiesComposed() - before;
        return layout;
    }

    /**
     * One step of dragging the bottom handle of story s1's opening frame (5 栏, headline stack,
     * a photo in its body): the capacity of a frame 30 to 60 行 tall, its story set from nothing
     * each time (cache cleared), as for a height the drag has not reached before.
     */
    @Benchmark
    public FrameCapacity capacityOfDraggedFrame() {
        composer.clearCache();
        int rows = 30 + dragSteps++ % 31;
        return composer.capacity(content, 1, new StoryPlacement("s1", new GridRect(0, 0, 5, rows), 0, 5, 0));
    }

    /** The whole copy of the page set into one 13-character column by our line breaker. */
    @Benchmark
    public GalleyProof galleyOfPageCopy() {
        return galley.set(paragraphs, COLUMN_CHARS, BODY_PT, LineBreakRules.BASIC);
    }

    /** The same copy and column with java.awt's LineBreakMeasurer and one reused break iterator. */
    @Benchmark
    public int lineBreakMeasurerOfPageCopy() {
        int lines = 0;
        float width = COLUMN_CHARS * BODY_PT;
        for (String p : paragraphs) {
            AttributedString s = new AttributedString(p);
            s.addAttribute(TextAttribute.FONT, awtFont);
            LineBreakMeasurer measurer = new LineBreakMeasurer(s.getIterator(), reusedBreaks, frc);
            while (measurer.getPosition() < p.length()) {
                measurer.nextLayout(width);
                lines++;
            }
        }
        return lines;
    }

    static Article oneCharacterEdit(Article article, int n) {
        List<Block> body = new ArrayList<>(article.body());
        Block.Paragraph p = (Block.Paragraph) body.get(1);
        char replacement = (char) (0x4E00 + (n % 5000));
        String text = p.text();
        int at = text.length() / 2;
        body.set(1, new Block.Paragraph(text.substring(0, at) + replacement + text.substring(at + 1)));
        return article.withBody(body);
    }
}
