package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;
import org.copydesk.render.fx.FxFontCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flatplan on the two-page fixture, in Chinese, with page 2 on screen: thumbnails and their
 * figures, double-click opens, dragging and the keyboard move pages through the callbacks.
 */
@ExtendWith(ApplicationExtension.class)
class FlatplanViewTest {
    private final List<Integer> opened = new ArrayList<>();
    private final List<List<Integer>> moves = new ArrayList<>();
    private final EditionContent content = FixtureEdition.content();
    private FlatplanView view;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        view = new FlatplanView(UiText.forLocale(Locale.SIMPLIFIED_CHINESE), TestWindow.COMPOSER, new FxFontCache(),
                id -> null, opened::add, (from, to) -> moves.add(List.of(from, to)));
        view.show(content, List.of(
                new Finding(Severity.ERROR, Check.EMPTY_HEADLINE, 1, FixtureEdition.BRIDGE_STORY, "e"),
                new Finding(Severity.WARNING, Check.MISSING_CREDIT, 2, FixtureEdition.MARKET_STORY, "w")), 2);
        mainStage = stage;
        stage.setScene(new Scene(view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void showsOneThumbnailPerPageWithItsFiguresAndOutlinesThePageOnScreen(FxRobot robot) {
        assertThat(view.pageNumbers()).containsExactly(1, 2);
        assertThat(labels(view.tileOf(1).orElseThrow())).containsExactly("第1版 要闻 · 初校", "满版 51% · 无超版", "预检 1 错 0 警");
        assertThat(labels(view.tileOf(2).orElseThrow())).containsExactly("第2版 城市 · 初校", "满版 21% · 无超版", "预检 0 错 1 警");
        assertThat(view.tileOf(2).orElseThrow().getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("on-screen"));
        assertThat(view.tileOf(1).orElseThrow().getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("on-screen"));
        // The thumbnail is the page drawn small, not an empty box: its type is ink on it.
        for (int page : List.of(1, 2)) {
            Canvas canvas = (Canvas) view.tileOf(page).orElseThrow().getChildren().get(0);
            assertThat(canvas.getWidth()).isGreaterThan(100);
            assertThat(darkPixels(robot, canvas)).as("dark pixels on page %d", page).isGreaterThan(300);
        }
    }

    private static long darkPixels(FxRobot robot, Canvas canvas) {
        var image = new java.util.concurrent.atomic.AtomicReference<WritableImage>();
        robot.interact(() -> image.set(canvas.snapshot(null, null)));
        var reader = image.get().getPixelReader();
        long dark = 0;
        for (int y = 0; y < (int) image.get().getHeight(); y++) {
            for (int x = 0; x < (int) image.get().getWidth(); x++) {
                if (reader.getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void doubleClickOpensThePage(FxRobot robot) {
        robot.doubleClickOn(view.tileOf(2).orElseThrow(), MouseButton.PRIMARY);
        assertThat(opened).containsExactly(2);
        assertThat(moves).isEmpty();
    }

    @Test
    void draggingPageTwoOntoPageOneMovesItBeforeIt(FxRobot robot) {
        VBox one = view.tileOf(1).orElseThrow();
        VBox two = view.tileOf(2).orElseThrow();
        robot.drag(two, MouseButton.PRIMARY).moveTo(one).moveBy(5, 0);
        assertThat(one.getPseudoClassStates()).as("the drop marker shows while dragging")
                .anyMatch(p -> p.getPseudoClassName().equals("drop-before"));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(moves).containsExactly(List.of(2, 1));
        assertThat(one.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().startsWith("drop-"));
        assertThat(opened).isEmpty();
    }

    @Test
    void droppingAPageOnItselfMovesNothing(FxRobot robot) {
        VBox one = view.tileOf(1).orElseThrow();
        robot.drag(one, MouseButton.PRIMARY).moveBy(20, 20).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(moves).isEmpty();
    }

    @Test
    void keyboardChoosesOpensAndMovesPages(FxRobot robot) {
        robot.clickOn(view.tileOf(1).orElseThrow());
        robot.type(KeyCode.RIGHT);
        assertThat(view.tileOf(2).orElseThrow().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(2);

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(moves).containsExactly(List.of(2, 1));
        // Page 1 has nowhere further left to go.
        robot.type(KeyCode.LEFT);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(moves).hasSize(1);
    }

    @Test
    void theMovedPageKeepsTheFocusWhenTheFlatplanIsShownAgain(FxRobot robot) {
        robot.clickOn(view.tileOf(2).orElseThrow());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        // As the lead would after saving the move: the edition again, with the page numbers swapped.
        var pages = content.pages();
        var swapped = new EditionContent(content.edition(), List.of(pages.get(1).withNumber(1), pages.get(0).withNumber(2)),
                content.articles(), content.photos());
        robot.interact(() -> view.show(swapped, List.of(), 1));
        assertThat(labels(view.tileOf(1).orElseThrow()).get(0)).isEqualTo("第1版 城市 · 初校");
        assertThat(view.tileOf(1).orElseThrow().isFocused()).isTrue();
    }

    @Test
    void anEditionWithoutPagesSaysSo(FxRobot robot) {
        robot.interact(() -> view.show(new EditionContent(content.edition(), List.of(), content.articles(),
                content.photos()), List.of(), 0));
        assertThat(view.pageNumbers()).isEmpty();
        assertThat(robot.lookup(".flatplan-empty").queryAs(Label.class).getText()).isEqualTo("本期还没有版面");
        assertThat(robot.lookup(".flatplan-page").queryAll()).isEmpty();
    }

    @Test
    void showWindowOpensOneOwnedWindowThatLeavesTheMainWindowUsable(FxRobot robot) {
        var own = new FlatplanView(UiText.forLocale(Locale.SIMPLIFIED_CHINESE), TestWindow.COMPOSER, new FxFontCache(),
                id -> null, opened::add, (from, to) -> { });
        assertThat(own.isShowing()).isFalse();
        robot.interact(() -> {
            own.show(content, List.of(), 1);
            own.showWindow(mainStage);
            own.showWindow(mainStage);
        });
        Stage window = (Stage) own.node().getScene().getWindow();
        assertThat(own.isShowing()).isTrue();
        assertThat(window.getOwner()).isSameAs(mainStage);
        assertThat(window.getModality()).isEqualTo(Modality.NONE);
        assertThat(window.getTitle()).isEqualTo("版面计划");
        assertThat(robot.listWindows()).filteredOn(w -> w instanceof Stage s && "版面计划".equals(s.getTitle())).hasSize(1);
        robot.interact(window::close);
    }

    private static List<String> labels(Node tile) {
        return ((VBox) tile).getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
