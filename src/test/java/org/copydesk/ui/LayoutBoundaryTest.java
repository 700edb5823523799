package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A change inside a {@link LayoutBoundary} is laid out without laying out what holds it, as long as
 * the boundary's size hints stay; a change of its size reaches the parent as before.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutBoundaryTest {
    /** An HBox that counts its layouts. */
    private static final class Counting extends HBox {
        int layouts;

        Counting(javafx.scene.Node... children) {
            super(10, children);
        }

        @Override
        protected void layoutChildren() {
            layouts++;
            super.layoutChildren();
        }
    }

    private Label fixed;
    private Label growing;
    private Label after;
    private Counting outer;

    @Start
    void start(Stage stage) {
        fixed = new Label("字数 12");
        growing = new Label("short");
        after = new Label("之后");
        fixed.setPrefWidth(120);
        fixed.setMinWidth(120);
        fixed.setMaxWidth(120);
        outer = new Counting(new LayoutBoundary(new VBox(fixed)), new LayoutBoundary(growing), after);
        stage.setScene(new Scene(outer, 600, 100));
        stage.show();
    }

    @Test
    void aChangeThatKeepsTheSizeIsLaidOutInsideTheBoundaryOnly(FxRobot robot) {
        robot.interact(this::layOut);
        int before = outer.layouts;
        double afterX = after.getLayoutX();

        robot.interact(() -> {
            fixed.setText("字数 1234");
            assertThat(outer.isNeedsLayout()).as("the parent is not asked to lay out again").isFalse();
            layOut();
        });

        assertThat(outer.layouts).isEqualTo(before);
        assertThat(fixed.lookup(".text")).extracting(n -> ((javafx.scene.text.Text) n).getText()).isEqualTo("字数 1234");
        assertThat(after.getLayoutX()).isEqualTo(afterX);
    }

    @Test
    void aChangeOfSizeReachesTheParentAndMovesWhatFollows(FxRobot robot) {
        robot.interact(this::layOut);
        int before = outer.layouts;
        double afterX = after.getLayoutX();
        double width = growing.getWidth();

        robot.interact(() -> {
            growing.setText("a much longer line of text");
            layOut();
        });

        assertThat(outer.layouts).isGreaterThan(before);
        assertThat(growing.getWidth()).isGreaterThan(width);
        assertThat(after.getLayoutX()).isGreaterThan(afterX);
    }

    /** What the next pulse does: CSS, then layout from the root. */
    private void layOut() {
        outer.applyCss();
        outer.layout();
    }
}
