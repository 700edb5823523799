package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.copydesk.model.PageSignOff;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.preflight.Check;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 签发 from the window: sign the page on screen, see a change withdraw it, withdraw another by hand with a reason. */
@ExtendWith(ApplicationExtension.class)
class SignOffFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
        window = test.window;
        test.repository.actAs(new Person("王总编", Role.SIGNER));
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    private String pageLabel(int number) {
        var page = window.workspace().content().orElseThrow().page(number).orElseThrow();
        return window.navigator().label(new NavItem.PageItem(page));
    }

    private PageSignOff stored(String pageId) {
        return test.repository.pageSignOffs(FixtureEdition.EDITION).get(pageId);
    }

    @Test
    void aSignedPageShowsItsBadgeUntilAnEditWithdrawsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        assertThat(pageLabel(1)).isEqualTo("第1版 要闻 · 初校");

        robot.interact(window::signOffPage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("page-1").signedBy()).isEqualTo("王总编");
        assertThat(pageLabel(1)).contains("✓ 已签发 王总编");
        assertThat(pageLabel(2)).doesNotContain("签发");
        assertThat(window.preflightModel().findings()).noneMatch(f -> f.check() == Check.SIGN_OFF_WITHDRAWN);

        // The desk editor changes the headline of the story on page 1: saved, the page composes differently.
        test.repository.actAs(new Person("李编辑", Role.EDITOR));
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        robot.interact(() -> robot.lookup("#headline").queryTextInputControl().setText("江澜二桥明日通车"));
        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(2)));
        robot.interact(window::preflight);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pageLabel(1)).contains("⚠ 签发已撤销");
        assertThat(stored("page-1").withdrawnBy()).contains("李编辑");
        assertThat(stored("page-1").withdrawnReason()).isEqualTo(PageSignOff.CHANGED_REASON);
        assertThat(window.preflightModel().findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo(Check.SIGN_OFF_WITHDRAWN);
            assertThat(f.pageNumber()).isEqualTo(1);
            assertThat(f.message()).contains("签发已撤销");
        });
        // The flatplan shows the same standing under the page's thumbnail.
        robot.interact(window::flatplan);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.flatplanView().signOffBadge("page-1").orElseThrow().getText()).contains("签发已撤销");
    }

    @Test
    void aReporterIsToldWhyAndTheSignerWithdrawsWithAReason(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        test.repository.actAs(new Person("陈芳", Role.REPORTER));
        Platform.runLater(window::signOffPage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAll()).anySatisfy(pane ->
                assertThat(((javafx.scene.control.DialogPane) pane).getContentText()).contains("陈芳").contains("签发人"));
        robot.interact(() -> robot.lookup(".dialog-pane").queryAll().forEach(p -> p.getScene().getWindow().hide()));
        assertThat(stored("page-1")).isNull();

        test.repository.actAs(new Person("王总编", Role.SIGNER));
        robot.interact(window::signOffPage);
        Platform.runLater(window::withdrawSignOff);
        TestWindow.waitUntilShowing(robot, "#ask-field");
        robot.interact(() -> robot.lookup("#ask-field").queryAs(TextField.class).setText("头条换稿"));
        String ok = UiText.forLocale(java.util.Locale.SIMPLIFIED_CHINESE).get("dialog.ok");
        robot.interact(() -> robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> ok.equals(b.getText()) && b.getScene() == robot.lookup("#ask-field").query().getScene())
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored("page-1").withdrawnReason()).isEqualTo("头条换稿");
        assertThat(stored("page-1").withdrawnBy()).contains("王总编");
        assertThat(pageLabel(1)).contains("⚠ 签发已撤销").doesNotContain("签发后有改动");
    }
}
