package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.copydesk.model.Checkout;
import org.copydesk.store.CheckoutStore;
import org.copydesk.store.EditionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Check-outs in the window, with a colleague played by the test on the same database: a story they
 * hold opens read-only under a banner and can be broken with a reason; a story this window holds is
 * given up on switching away; a break is noticed on the next save or heartbeat with the text kept;
 * a page they are making up refuses this window's make-up.
 */
@ExtendWith(ApplicationExtension.class)
class CheckoutFromWindowTest {
    private static final Checkout.Holder COLLEAGUE = new Checkout.Holder("张三", "desk-2", 4242, "colleague");
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path dataDir;
    private TestWindow test;
    private EditionRepository repository;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
        repository = test.repository;
        window = test.window;
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    private CheckoutStore checkouts() {
        return repository.checkouts();
    }

    private Label banner(FxRobot robot) {
        return robot.lookup("#checkout-message").queryAs(Label.class);
    }

    @Test
    void aStoryAColleagueHoldsOpensReadOnlyAndBreakingTheLockWithAReasonMakesItMine(FxRobot robot) throws Exception {
        checkouts().take(Checkout.Subject.story(FixtureEdition.MARKET_STORY), COLLEAGUE, LEASE);

        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.MARKET_STORY)));

        assertThat(banner(robot).isVisible()).isTrue();
        assertThat(banner(robot).getText()).startsWith("张三（desk-2）正在编辑，自 ").contains("此处只读");
        assertThat(window.articlePane().isReadOnly()).isTrue();
        assertThat(robot.lookup("#headline").queryAs(TextField.class).isEditable()).isFalse();

        robot.clickOn("#checkout-break");
        TestWindow.waitUntilShowing(robot, "#ask-field");
        robot.clickOn("#ask-field").write("截稿前要改导语");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.articlePane().isReadOnly()).isFalse();
        assertThat(robot.lookup("#checkout-message").query().getParent().isVisible()).isFalse();
        Checkout mine = checkouts().find(Checkout.Subject.story(FixtureEdition.MARKET_STORY)).orElseThrow();
        assertThat(mine.holder()).isNotEqualTo(COLLEAGUE);
        assertThat(checkouts().renew(Checkout.Subject.story(FixtureEdition.MARKET_STORY), COLLEAGUE))
                .isInstanceOfSatisfying(CheckoutStore.Renewal.Lost.class, lost -> assertThat(lost.broken())
                        .hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo("截稿前要改导语")));
    }

    @Test
    void openingAStoryChecksItOutAndSwitchingAwayGivesItUp(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        assertThat(checkouts().find(Checkout.Subject.story(FixtureEdition.BRIDGE_STORY))).isPresent();
        assertThat(window.articlePane().isReadOnly()).isFalse();

        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.MARKET_STORY)));

        assertThat(checkouts().find(Checkout.Subject.story(FixtureEdition.BRIDGE_STORY))).isEmpty();
        assertThat(checkouts().all()).extracting(c -> c.subject().id()).containsExactly(FixtureEdition.MARKET_STORY);
    }

    @Test
    void aBreakIsNoticedOnTheNextSaveTheTextIsKeptAndCanBeSavedAsANewRevision(FxRobot robot) {
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        checkouts().breakCheckout(Checkout.Subject.story(FixtureEdition.BRIDGE_STORY), "李四", "desk-3", "要换头条");
        var area = window.articlePane().bodyArea();
        long versionBefore = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().version();

        robot.interact(() -> area.appendText("\n本机补充的一段。"));
        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(2)));

        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().version())
                .as("the save was refused").isEqualTo(versionBefore);
        assertThat(banner(robot).getText()).startsWith("李四（desk-3）于 ").contains("要换头条").contains("您的文字仍保留在此");
        assertThat(window.articlePane().isReadOnly()).isTrue();
        assertThat(area.getText()).endsWith("本机补充的一段。");
        assertThat(robot.lookup("#status-save").queryAs(Label.class).getText()).contains("李四");

        robot.clickOn("#checkout-save-mine");
        WaitForAsyncUtils.waitForFxEvents();

        var stored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(stored.plainText()).endsWith("本机补充的一段。");
        assertThat(stored.version()).isEqualTo(versionBefore + 1);
        assertThat(banner(robot).getText()).contains("版本 " + stored.version());
    }

    @Test
    void aBreakIsNoticedOnTheNextHeartbeatWithoutAnyTyping(FxRobot robot) {
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        Checkout held = checkouts().find(Checkout.Subject.story(FixtureEdition.BRIDGE_STORY)).orElseThrow();
        checkouts().breakCheckout(held.subject(), "李四", "desk-3", "版面调整");
        assertThat(window.articlePane().isReadOnly()).isFalse();

        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(31)));

        assertThat(window.articlePane().isReadOnly()).isTrue();
        assertThat(banner(robot).getText()).contains("李四（desk-3）").contains("版面调整");
    }

    @Test
    void aPageAColleagueIsMakingUpRefusesThisWindowsMakeUp(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        checkouts().take(Checkout.Subject.page("page-1"), COLLEAGUE, LEASE);
        robot.interact(window::newStory);
        robot.interact(() -> window.articlePane().bodyArea().replaceText("城北图书馆今日开馆，藏书二十万册。"));
        var before = repository.loadEdition(FixtureEdition.EDITION).orElseThrow().pages().get(0);

        Platform.runLater(window::frame);
        TestWindow.waitUntilShowing(robot, "#frame-ok");
        Spinner<Integer> row = robot.lookup("#frame-row").query();
        Spinner<Integer> rows = robot.lookup("#frame-rows").query();
        Spinner<Integer> span = robot.lookup("#frame-span").query();
        robot.interact(() -> {
            span.getValueFactory().setValue(4);
            row.getValueFactory().setValue(41);
            rows.getValueFactory().setValue(30);
        });
        Node ok = robot.lookup("#frame-ok").query();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo("第 1 版正由 张三（desk-2）拼版；在对方关闭之前此处只读");
        assertThat(repository.loadEdition(FixtureEdition.EDITION).orElseThrow().pages().get(0)).isEqualTo(before);
        robot.lookup(".dialog-pane").tryQuery().ifPresent(pane -> robot.interact(() -> pane.getScene().getWindow().hide()));
        Optional<Checkout> colleagues = checkouts().find(Checkout.Subject.page("page-1"));
        assertThat(colleagues).map(Checkout::holder).contains(COLLEAGUE);
    }
}
