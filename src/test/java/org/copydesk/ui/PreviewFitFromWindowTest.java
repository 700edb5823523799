package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Fit page (适合页面) in the window: the whole page in the preview with nothing to scroll,
 * kept so through resizes and on a bigger page, left by a zoom step; and Fit width as before.
 * Page 1 of the edition is the fixture's tabloid, page 2 a broadsheet.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewFitFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        test = TestWindow.open(stage, dataDir, withBroadsheetPage2());
        window = test.window;
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void fitPageShowsTheWholePageThroughResizesAndOnABroadsheet(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        MenuItem fitPage = viewItem(robot, "适合页面");
        assertThat(fitPage.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+Alt+0"));

        robot.interact(fitPage::fire);
        settle(this::wholePageInView);
        assertWholePageInView();

        // Narrow and tall: the width limits the page.
        resize(robot, 900, 800);
        assertWholePageInView();
        double tabloidScale = window.preview().lastOptions().scale();

        // A broadsheet is bigger than the tabloid: it is fitted again, smaller.
        robot.interact(() -> window.workspace().showPage(2));
        settle(() -> window.preview().lastDrawnLayout().pageNumber() == 2 && wholePageInView());
        assertThat(window.preview().lastDrawnLayout().spec()).isEqualTo(PageSpec.broadsheet());
        assertWholePageInView();
        assertThat(window.preview().lastOptions().scale()).isLessThan(tabloidScale);

        // Wide and short: the height limits it. (Not so short that 20 %, the least zoom, overflows.)
        resize(robot, 1280, 700);
        assertWholePageInView();
        assertThat(viewport().getWidth() - canvas().getWidth()).as("room to the sides").isGreaterThan(50);
    }

    @Test
    void aZoomStepLeavesFitPageAndKeepsItsScaleThroughAResize(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        robot.interact(window::fitPage);
        settle(this::wholePageInView);
        double fitted = window.preview().lastOptions().scale();

        robot.interact(window::zoomIn);
        assertThat(window.preview().fit()).isEqualTo(PreviewFit.NONE);
        assertThat(window.preview().lastOptions().scale()).isCloseTo(fitted * 1.25, Offset.offset(1e-9));

        resize(robot, 900, 560);
        assertThat(window.preview().lastOptions().scale()).isCloseTo(fitted * 1.25, Offset.offset(1e-9));
    }

    @Test
    void fitWidthStillFillsTheWidthAndFollowsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        MenuItem fitWidth = viewItem(robot, "适合宽度");
        assertThat(fitWidth.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+0"));
        assertThat(window.preview().fit()).as("the default").isEqualTo(PreviewFit.WIDTH);

        robot.interact(window::fitPage);
        settle(this::wholePageInView);
        robot.interact(fitWidth::fire);
        settle(this::widthFilled);
        assertThat(window.preview().fit()).isEqualTo(PreviewFit.WIDTH);
        assertThat(canvas().getWidth()).isCloseTo(viewport().getWidth(), Offset.offset(2.0));
        assertThat(canvas().getHeight()).as("a tall page at full width runs below the fold")
                .isGreaterThan(viewport().getHeight());

        resize(robot, 900, 700);
        settle(this::widthFilled);
        assertThat(canvas().getWidth()).isCloseTo(viewport().getWidth(), Offset.offset(2.0));
    }

    private static EditionContent withBroadsheetPage2() {
        EditionContent fixture = FixtureEdition.content();
        var pages = new ArrayList<Page>();
        for (Page page : fixture.pages()) {
            pages.add(page.number() == 2 ? new Page(page.id(), page.editionId(), page.number(), page.section(),
                    PageSpec.broadsheet(), page.placements()) : page);
        }
        return new EditionContent(fixture.edition(), pages, fixture.articles(), fixture.photos());
    }

    private static MenuItem viewItem(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow();
    }

    private void resize(FxRobot robot, double width, double height) throws TimeoutException {
        Bounds before = viewport();
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle(() -> !viewport().equals(before));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits (a few layout pulses, at most ten seconds) until {@code done}; the assertions after it
     * say what is wrong when it never is.
     */
    private static void settle(BooleanSupplier done) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, done::getAsBoolean);
        } catch (TimeoutException e) {
            // The assertions that follow name what did not happen.
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean wholePageInView() {
        double spareWidth = viewport().getWidth() - canvas().getWidth();
        double spareHeight = viewport().getHeight() - canvas().getHeight();
        return spareWidth >= 0 && spareHeight >= 0 && Math.min(spareWidth, spareHeight) <= 2;
    }

    private boolean widthFilled() {
        return Math.abs(viewport().getWidth() - canvas().getWidth()) <= 2;
    }

    /** The page and its margins within the viewport in both directions, touching it in one. */
    private void assertWholePageInView() {
        Bounds viewport = viewport();
        var options = window.preview().lastOptions();
        PageSpec spec = window.preview().lastDrawnLayout().spec();
        assertThat(window.preview().fit()).isEqualTo(PreviewFit.PAGE);
        assertThat(spec.trimWidthPt() * options.scale() + 2 * options.marginPx()).isLessThanOrEqualTo(canvas().getWidth());
        assertThat(spec.trimHeightPt() * options.scale() + 2 * options.marginPx()).isLessThanOrEqualTo(canvas().getHeight());
        assertThat(canvas().getWidth()).as("canvas width in viewport %s", viewport).isLessThanOrEqualTo(viewport.getWidth());
        assertThat(canvas().getHeight()).as("canvas height in viewport %s", viewport).isLessThanOrEqualTo(viewport.getHeight());
        assertThat(Math.min(viewport.getWidth() - canvas().getWidth(), viewport.getHeight() - canvas().getHeight()))
                .as("touches the viewport on one side: canvas %sx%s in %s", canvas().getWidth(), canvas().getHeight(), viewport)
                .isLessThanOrEqualTo(2);
    }

    private Bounds viewport() {
        return ((ScrollPane) window.preview().node()).getViewportBounds();
    }

    private Canvas canvas() {
        return window.preview().canvas();
    }
}
