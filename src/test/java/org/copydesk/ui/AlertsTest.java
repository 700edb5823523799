package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Message boxes speak the window's language, whatever the machine's language is. */
@ExtendWith(ApplicationExtension.class)
class AlertsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void aChineseWindowAsksWithChineseButtonsAndCancelMeansNo(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<Boolean>();
        Platform.runLater(() -> answer.complete(
                Alerts.confirm(stage, UiText.forLocale(Locale.SIMPLIFIED_CHINESE), "仍要导出吗？")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        var buttons = robot.lookup(".dialog-pane .button").queryAllAs(Button.class);
        assertThat(buttons).extracting(Button::getText).containsExactlyInAnyOrder("确定", "取消");
        Button cancel = buttons.stream().filter(Button::isCancelButton).findFirst().orElseThrow();
        robot.interact(cancel::fire);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void okMeansYes(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<Boolean>();
        Platform.runLater(() -> answer.complete(Alerts.confirm(stage, UiText.forLocale(Locale.ENGLISH), "Export anyway?")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        assertThat(ok.getText()).isEqualTo("OK");
        robot.interact(ok::fire);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
