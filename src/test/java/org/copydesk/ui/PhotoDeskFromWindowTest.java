package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.copydesk.model.Caption;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.LayoutFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The photo editor's walk through the desk: the grid shows what each photo lacks, Enter opens a
 * caption, Ctrl+Enter saves it and opens the next, Esc comes back; and a placed photo is cropped by
 * dragging and zooming its picture on the page, each step one undo.
 */
@ExtendWith(ApplicationExtension.class)
class PhotoDeskFromWindowTest {
    private static final String MARKET_PHOTO = "photo-market";

    @TempDir
    Path dataDir;
    private TestWindow test;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        EditionContent fixture = FixtureEdition.content();
        byte[] png = FixtureEdition.png();
        // A second photo, just imported: no caption, no credit, not placed.
        var market = new Photo(MARKET_PHOTO, FixtureEdition.EDITION, "market.png", "image/png", png,
                FixtureEdition.sha256(png), 320, 200, new Caption("", "", "", null));
        List<Photo> photos = new ArrayList<>(fixture.photos());
        photos.add(market);
        test = TestWindow.open(stage, dataDir, new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), photos));
        window = test.window;
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void captionsEveryPhotoFromTheGridWithTheKeyboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        PhotoDeskModel desk = window.photoDesk().model();
        // What the photos lack from their own values; the preflight's low-resolution badge is
        // covered without a window (PhotoDeskModelTest).
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> desk.cards().size() == 2);
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(desk.cards()).as("cards of %s", window.workspace().content().map(c -> c.photos().size())).hasSize(2);
        }
        assertThat(desk.cards().get(0).badges()).doesNotContain(PhotoDeskModel.Badge.NO_CAPTION,
                PhotoDeskModel.Badge.NO_CREDIT, PhotoDeskModel.Badge.UNPLACED);
        assertThat(desk.cards().get(1).badges()).contains(PhotoDeskModel.Badge.NO_CAPTION,
                PhotoDeskModel.Badge.NO_CREDIT, PhotoDeskModel.Badge.UNPLACED);

        robot.interact(window.photoDesk()::show);
        assertThat(desk.picked().orElseThrow().photo().id()).isEqualTo(FixtureEdition.BRIDGE_PHOTO);
        robot.type(KeyCode.RIGHT);
        assertThat(desk.picked().orElseThrow().photo().id()).isEqualTo(MARKET_PHOTO);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane editors = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().size() == 3).queryAs(TabPane.class);
        assertThat(editors.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        TextArea caption = robot.lookup("#caption-text").queryAs(TextArea.class);
        assertThat(caption.isFocused()).isTrue();

        // Ctrl+Enter keeps this caption and opens the next photo's, the cursor in its text.
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().selectionProperty().get()).isEqualTo(new Selection.Picture(MARKET_PHOTO));
        assertThat(caption.getText()).isEmpty();
        assertThat(caption.isFocused()).isTrue();
        robot.write("市民在冬季农贸市场选购蔬菜。");
        robot.clickOn("#photographer").write("陈芳");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // The last photo: the desk says so and stays.
        assertThat(window.statusBar().activityLabel().getText()).contains("最后一张");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored(MARKET_PHOTO).caption().photographer().equals("陈芳"));
        assertThat(stored(MARKET_PHOTO).caption().text()).isEqualTo("市民在冬季农贸市场选购蔬菜。");

        // Esc: back to the grid, on the photo just captioned, whose badges are gone but "unplaced".
        robot.clickOn("#caption-text").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editors.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(desk.picked().orElseThrow().photo().id()).isEqualTo(MARKET_PHOTO);
        assertThat(desk.picked().orElseThrow().badges()).contains(PhotoDeskModel.Badge.UNPLACED)
                .doesNotContain(PhotoDeskModel.Badge.NO_CAPTION, PhotoDeskModel.Badge.NO_CREDIT);
    }

    @Test
    void aCaptionThatIsNotASentenceOrHasNoCreditIsMarkedWhileTyping(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        robot.interact(() -> window.workspace().select(new Selection.Picture(FixtureEdition.BRIDGE_PHOTO)));
        TextArea caption = robot.lookup("#caption-text").queryAs(TextArea.class);
        TextField photographer = robot.lookup("#photographer").queryAs(TextField.class);
        robot.interact(() -> caption.setText("江澜二桥通车首日"));
        robot.interact(() -> photographer.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decorated(robot)).isEqualTo(2);
        assertThat(robot.lookup("#caption-count").queryLabeled().getText()).isEqualTo("8 字");
        robot.interact(() -> caption.setText("江澜二桥通车首日，车辆有序通行。"));
        robot.interact(() -> photographer.setText("李明"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decorated(robot)).isZero();
    }

    @Test
    void dragAndWheelCropThePictureInItsFrameAndEachUndoes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        for (int i = 0; i < 4; i++) {
            robot.interact(window::zoomOut);
        }
        robot.interact(() -> window.workspace().select(new Selection.Picture(FixtureEdition.BRIDGE_PHOTO)));
        robot.interact(window.photoDesk()::cropSelected);
        assertThat(window.photoDesk().dragging().cropping()).contains(FixtureEdition.BRIDGE_PHOTO);
        Box box = pictureBox();
        Point2D middle = onScreen(box.x() + box.width() / 2, box.y() + box.height() / 2);

        // The wheel zooms in (Monocle reports this turn with a positive delta, as a real wheel turned up);
        // the run of turns is saved once the wheel rests.
        robot.moveTo(middle).scroll(2, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> crop().filter(c -> c.zoom() > 1.05).isPresent());
        PhotoCrop zoomed = crop().orElseThrow();

        // Dragged to the right: the picture shows more of its left side.
        robot.drag(middle, MouseButton.PRIMARY).moveTo(new Point2D(middle.getX() + 25, middle.getY())).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> crop().filter(c -> c.focusX() < zoomed.focusX() - 0.01).isPresent());
        assertThat(window.preview().cropOutline()).isPresent();
        // The frame did not move: the drag moved the picture inside it.
        assertThat(frameRect()).isEqualTo(FixtureEdition.content().page(1).orElseThrow().placements().get(1).frame());

        robot.type(KeyCode.ESCAPE);
        assertThat(window.photoDesk().dragging().cropping()).isEmpty();
        assertThat(window.preview().cropOutline()).isEmpty();
        robot.interact(window::undo);
        assertThat(crop()).contains(zoomed);
        robot.interact(window::undo);
        assertThat(crop()).isEmpty();
    }

    private int decorated(FxRobot robot) {
        return window.photoDesk().captionPane().warningsShown();
    }

    private Photo stored(String photoId) {
        return test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().photo(photoId).orElseThrow();
    }

    private PhotoPlacement storedFrame() {
        return test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().page(1).orElseThrow().placements().stream()
                .filter(PhotoPlacement.class::isInstance).map(PhotoPlacement.class::cast).findFirst().orElseThrow();
    }

    private Optional<PhotoCrop> crop() {
        return storedFrame().crop();
    }

    private org.copydesk.model.GridRect frameRect() {
        return storedFrame().frame();
    }

    private Box pictureBox() {
        return window.preview().lastDrawnLayout().frames().stream()
                .filter(f -> f.kind() == LayoutFrame.FrameKind.PHOTO).flatMap(f -> f.image().stream())
                .findFirst().orElseThrow().box();
    }

    private Point2D onScreen(double xPt, double yPt) {
        var options = window.preview().lastOptions();
        return window.preview().canvas().localToScreen(options.toCanvas(xPt), options.toCanvas(yPt));
    }
}
