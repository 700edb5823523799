package org.copydesk.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The preview's live layer: the typed story's lines drawn over the rest of the page, redrawn line
 * by line as it is typed. Checked on the sample's front page with one character typed into the
 * lead story, at the preview's fit-width zoom.
 */
@ExtendWith(ApplicationExtension.class)
class LiveLayerTest {
    private static final PreviewOptions OPTIONS = new PreviewOptions(0.62, 16, true, Optional.empty());

    private static String lead;
    private static PageLayout before;
    private static PageLayout after;

    @BeforeAll
    static void typeOneCharacterIntoTheLead() {
        var composer = NewspaperComposer.withBundledFonts();
        EditionContent sample = SampleEdition.create();
        lead = sample.page(1).orElseThrow().placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0).map(p -> (StoryPlacement) p)
                .max(Comparator.comparingInt(s -> s.frame().columnSpan() * s.frame().rowSpan()))
                .orElseThrow().articleId();
        before = composer.compose(sample, 1);
        Article story = sample.article(lead).orElseThrow();
        List<Block> body = new ArrayList<>(story.body());
        int second = 1;
        while (!(body.get(second) instanceof Block.Paragraph)) {
            second++;
        }
        String text = ((Block.Paragraph) body.get(second)).text();
        body.set(second, new Block.Paragraph(text.substring(0, text.length() / 2) + "园" + text.substring(text.length() / 2)));
        Article typed = story.withBody(body);
        var articles = new ArrayList<>(sample.articles());
        articles.replaceAll(a -> a.id().equals(lead) ? typed : a);
        after = composer.compose(new EditionContent(sample.edition(), sample.pages(), articles, sample.photos()), 1);
    }

    private static Canvas canvas() {
        return new Canvas(Math.ceil(PageCanvasRenderer.canvasWidth(after, OPTIONS)),
                Math.ceil(PageCanvasRenderer.canvasHeight(after, OPTIONS)));
    }

    private static WritableImage snapshot(javafx.scene.Node node) {
        var parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return node.snapshot(parameters, null);
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        return differingPixels(a, b, 0);
    }

    /** Pixels where some channel differs by more than {@code tolerance} (of 255). */
    private static int differingPixels(WritableImage a, WritableImage b, int tolerance) {
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = a.getPixelReader().getArgb(x, y);
                int q = b.getPixelReader().getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > tolerance) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }

    @Test
    void aKeystrokeRedrawsSomeLinesAndLeavesTheLayerAsAFreshDrawingOfTheNewText(FxRobot robot) {
        var renderer = new PageCanvasRenderer(new FxFontCache());
        List<LayoutLine> old = PageCanvasRenderer.liveLines(before, lead);
        List<LayoutLine> now = PageCanvasRenderer.liveLines(after, lead);
        assertThat(now).as("the edit changed the lead's lines").isNotEqualTo(old);
        int[] drawn = new int[1];
        WritableImage[] pictures = new WritableImage[2];
        robot.interact(() -> {
            Canvas typed = canvas();
            renderer.drawLive(typed.getGraphicsContext2D(), old, OPTIONS);
            drawn[0] = renderer.redrawLive(typed.getGraphicsContext2D(), old, now, OPTIONS);
            Canvas fresh = canvas();
            renderer.drawLive(fresh.getGraphicsContext2D(), now, OPTIONS);
            pictures[0] = snapshot(typed);
            pictures[1] = snapshot(fresh);
        });
        assertThat(drawn[0]).isPositive().isLessThan(now.size());
        assertThat(differingPixels(pictures[0], pictures[1])).isZero();
    }

    @Test
    void aStaleLineLeftOnTheLayerWouldBeSeen(FxRobot robot) {
        // The comparison above can fail: the old text left as it was differs from the new one.
        var renderer = new PageCanvasRenderer(new FxFontCache());
        WritableImage[] pictures = new WritableImage[2];
        robot.interact(() -> {
            Canvas stale = canvas();
            renderer.drawLive(stale.getGraphicsContext2D(), PageCanvasRenderer.liveLines(before, lead), OPTIONS);
            Canvas fresh = canvas();
            renderer.drawLive(fresh.getGraphicsContext2D(), PageCanvasRenderer.liveLines(after, lead), OPTIONS);
            pictures[0] = snapshot(stale);
            pictures[1] = snapshot(fresh);
        });
        assertThat(differingPixels(pictures[0], pictures[1])).isGreaterThan(100);
    }

    @Test
    void pageLiveLayerAndFramesTogetherShowTheWholeDrawing(FxRobot robot) {
        var renderer = new PageCanvasRenderer(new FxFontCache());
        var selected = new PreviewOptions(OPTIONS.scale(), OPTIONS.marginPx(), true, Optional.of(lead));
        WritableImage[] pictures = new WritableImage[2];
        robot.interact(() -> {
            Canvas page = canvas();
            Canvas live = canvas();
            Canvas frames = canvas();
            renderer.drawPage(page.getGraphicsContext2D(), after, selected, id -> null, Optional.of(lead));
            renderer.drawLive(live.getGraphicsContext2D(), PageCanvasRenderer.liveLines(after, lead), selected);
            renderer.drawLiveFrames(frames.getGraphicsContext2D(), after, selected, lead);
            pictures[0] = snapshot(new StackPane(page, live, frames));
            Canvas whole = canvas();
            renderer.draw(whole.getGraphicsContext2D(), after, selected, id -> null);
            pictures[1] = snapshot(whole);
        });
        long pixels = (long) pictures[1].getWidth() * (long) pictures[1].getHeight();
        // A glyph's edge blended on a clear layer that is then laid on the page comes out a few levels
        // apart from one blended on the page itself, and the lead's lines and outline now lie above
        // other frames' outlines: small differences in well under 0.5% of the pixels.
        assertThat(differingPixels(pictures[0], pictures[1], 8)).isLessThan((int) (pixels / 200));
    }
}
