package org.copydesk.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.PageSpec;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PhotoFit;
import org.copydesk.typeset.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Draws small hand-made layouts and looks at the pixels. */
@ExtendWith(ApplicationExtension.class)
class PageCanvasRendererTest {
    private static final PageSpec SPEC = PageSpec.tabloid();

    private static LayoutLine line(String text, double x, double baseline, double size) {
        int n = text.codePointCount(0, text.length());
        double[] xs = new double[n];
        double[] advances = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x + i * size;
            advances[i] = size;
        }
        return new LayoutLine(LineRole.BODY, x, baseline, n * size, List.of(new GlyphRun(FontFace.SERIF, size, baseline, text, xs, advances)), false, 0);
    }

    private static PageLayout layout() {
        var story = new LayoutFrame(LayoutFrame.FrameKind.STORY, "story", 0, new Box(100, 100, 200, 100), Optional.empty(),
                List.of(line("江澜二桥今日通车", 100, 130, 24)));
        var photo = new LayoutFrame(LayoutFrame.FrameKind.PHOTO, "photo", 0, new Box(400, 100, 200, 150),
                Optional.of(new PhotoFit(new Box(400, 100, 200, 120), 600, 400)), List.of());
        return new PageLayout("p", 1, SPEC, List.of(story, photo), List.of(),
                List.of(new Rule(100, 300, 600, 300, 2)), List.of(), List.of());
    }

    private static WritableImage draw(PageLayout layout, PreviewOptions options) {
        var canvas = new Canvas(PageCanvasRenderer.canvasWidth(layout, options), PageCanvasRenderer.canvasHeight(layout, options));
        new PageCanvasRenderer(new FxFontCache()).draw(canvas.getGraphicsContext2D(), layout, options, id -> null);
        return canvas.snapshot(null, null);
    }

    private static int darkPixels(WritableImage image, Box box, PreviewOptions o) {
        var reader = image.getPixelReader();
        int dark = 0;
        for (int y = (int) o.toCanvas(box.y()); y < (int) o.toCanvas(box.bottom()); y++) {
            for (int x = (int) o.toCanvas(box.x()); x < (int) o.toCanvas(box.right()); x++) {
                if (reader.getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void glyphsLandWhereTheComposerPutThemAndNowhereElse(FxRobot robot) {
        var options = new PreviewOptions(1.0, 10, false, Optional.empty());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = draw(layout(), options));

        // Eight 24 pt characters from x=100 on the baseline at 130: ink inside, none after them.
        assertThat(darkPixels(image[0], new Box(100, 106, 192, 30), options)).isGreaterThan(300);
        assertThat(darkPixels(image[0], new Box(295, 100, 100, 40), options)).isZero();
        // The 2 pt rule at y=300.
        assertThat(darkPixels(image[0], new Box(120, 299, 460, 2), options)).isGreaterThan(400);
        // The page is white on the grey desk.
        assertThat(image[0].getPixelReader().getColor(2, 2).getBrightness()).isLessThan(0.7);
        assertThat(image[0].getPixelReader().getColor((int) options.toCanvas(50), (int) options.toCanvas(50))).isEqualTo(Color.WHITE);
    }

    @Test
    void aMissingPictureIsCrossedOutAndTheSelectedFrameHighlighted(FxRobot robot) {
        var options = new PreviewOptions(1.0, 10, true, Optional.of("story"));
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = draw(layout(), options));
        var reader = image[0].getPixelReader();
        Color inStory = reader.getColor((int) options.toCanvas(280), (int) options.toCanvas(190));
        assertThat(inStory).isNotEqualTo(Color.WHITE);
        assertThat(inStory.getRed()).isGreaterThan(inStory.getBlue());
        Color inPhoto = reader.getColor((int) options.toCanvas(420), (int) options.toCanvas(200));
        assertThat(inPhoto.getBrightness()).isLessThan(0.9);
    }

    @Test
    void framesAreFoundUnderACanvasPointAtAnyScale() {
        var options = new PreviewOptions(0.5, 16, true, Optional.empty());
        var layout = layout();
        assertThat(PageCanvasRenderer.frameAt(layout, options, options.toCanvas(150), options.toCanvas(150)))
                .map(LayoutFrame::contentId).contains("story");
        assertThat(PageCanvasRenderer.frameAt(layout, options, options.toCanvas(500), options.toCanvas(240)))
                .map(LayoutFrame::contentId).contains("photo");
        assertThat(PageCanvasRenderer.frameAt(layout, options, options.toCanvas(350), options.toCanvas(150))).isEmpty();
    }

    @Test
    void theBundledFacesLoadUnderTheirOwnNamesAtEverySize(FxRobot robot) {
        var fonts = new FxFontCache();
        robot.interact(() -> {
            assertThat(fonts.family(FontFace.SERIF)).isEqualTo("Noto Serif SC");
            assertThat(fonts.family(FontFace.SANS_BOLD)).startsWith("Noto Sans SC");
            var small = fonts.font(FontFace.SERIF, 9);
            var large = fonts.font(FontFace.SERIF, 42);
            assertThat(small.getSize()).isEqualTo(9);
            assertThat(large.getSize()).isEqualTo(42);
            assertThat(large.getName()).isEqualTo(small.getName());
            assertThat(fonts.font(FontFace.SERIF, 9)).isSameAs(small);
        });
    }
}
