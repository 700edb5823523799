package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.copydesk.model.PageSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scale each fit asks of the preview, without a window: the canvas it gives must fit the viewport. */
class PreviewFitTest {
    private static final double MARGIN_PX = 16;

    @ParameterizedTest(name = "{0} page in a {1}x{2} viewport")
    @CsvSource(delimiter = '|', textBlock = """
            tabloid    | 900   | 600
            tabloid    | 400   | 1200
            broadsheet | 900   | 600
            broadsheet | 731.4 | 577.6
            broadsheet | 300   | 2000
            """)
    void fitPageShowsTheWholePageAndFillsOneSide(String preset, double width, double height) {
        PageSpec spec = preset.equals("tabloid") ? PageSpec.tabloid() : PageSpec.broadsheet();
        Bounds viewport = new BoundingBox(0, 0, width, height);

        double scale = PreviewFit.PAGE.scale(viewport, spec.trimWidthPt(), spec.trimHeightPt(), MARGIN_PX).orElseThrow();

        // Sized as the preview sizes its canvas: whole pixels, rounded up.
        double canvasWidth = Math.ceil(spec.trimWidthPt() * scale + 2 * MARGIN_PX);
        double canvasHeight = Math.ceil(spec.trimHeightPt() * scale + 2 * MARGIN_PX);
        assertThat(canvasWidth).isLessThanOrEqualTo(width);
        assertThat(canvasHeight).isLessThanOrEqualTo(height);
        assertThat(Math.min(width - canvasWidth, height - canvasHeight)).isLessThan(2);
    }

    @ParameterizedTest(name = "{0} viewport")
    @CsvSource(textBlock = """
            900, 600
            400, 1200
            500.4, 700
            """)
    void fitWidthFillsTheWidthWhateverTheHeight(double width, double height) {
        PageSpec spec = PageSpec.broadsheet();

        double scale = PreviewFit.WIDTH.scale(new BoundingBox(0, 0, width, height), spec.trimWidthPt(),
                spec.trimHeightPt(), MARGIN_PX).orElseThrow();

        // Fills the width, and its canvas (sized up to whole pixels) is never a pixel wider than the
        // viewport's whole pixels: that would bring in a horizontal scroll bar.
        double canvasWidth = spec.trimWidthPt() * scale + 2 * MARGIN_PX;
        assertThat(canvasWidth).isCloseTo(Math.floor(width), org.assertj.core.data.Offset.offset(0.02));
        assertThat(Math.ceil(canvasWidth)).isLessThanOrEqualTo(Math.floor(width));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            NONE
            WIDTH
            PAGE
            """)
    void aViewportNotLaidOutYetLeavesTheScaleAlone(PreviewFit fit) {
        PageSpec spec = PageSpec.tabloid();

        assertThat(fit.scale(new BoundingBox(0, 0, 0, 0), spec.trimWidthPt(), spec.trimHeightPt(), MARGIN_PX)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: wider {1}, taller {2}")
    @CsvSource(textBlock = """
            NONE,  true,  true,  false
            WIDTH, true,  false, true
            WIDTH, false, true,  false
            PAGE,  true,  false, true
            PAGE,  false, true,  true
            PAGE,  false, false, false
            """)
    void aResizeIsFollowedOnlyInTheDimensionsTheFitUses(PreviewFit fit, boolean wider, boolean taller, boolean follows) {
        Bounds old = new BoundingBox(0, 0, 800, 600);
        Bounds now = new BoundingBox(0, 0, wider ? 900 : 800.2, taller ? 700 : 600.2);

        assertThat(fit.followsResize(old, now)).isEqualTo(follows);
    }
}
