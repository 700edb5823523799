package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Split page text…: the proposal in the dialog, one line started as a new story and
 * labelled its headline, a caption moved to that story, all with the keyboard; then Save puts both
 * stories into the open edition and the navigator lists them.
 */
@ExtendWith(ApplicationExtension.class)
class SplitPageFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void aMistakenSubheadStartedAsAStoryAndLabelledHeadlineIsSavedAsTwoStories(FxRobot robot) throws Exception {
        Path page = Files.writeString(dataDir.resolve("page.txt"), """
                2026年12月3日 星期四 第2版 要闻
                澜江二桥今晨通车
                本报讯 12月2日清晨，澜江二桥正式通车。
                市民纷纷前来步行过桥。
                江滨夜市的小吃摊前排起长队。　记者 王明/摄
                夜市重开
                沉寂了三个月的江滨夜市重新开张。
                （记者 陈雨）
                """);
        int before = articles().size();

        Platform.runLater(() -> test.window.planning().split().splitFile(page));
        TestWindow.waitUntilShowing(robot, "#split-lines");
        ListView<PageSplitModel.Row> lines = robot.lookup("#split-lines").query();
        assertThat(lines.getItems()).hasSize(8);
        assertThat(lines.getItems().get(5).line().text()).isEqualTo("夜市重开");

        // The subhead starts a new story (Ctrl+Enter) and is labelled its headline (H) ...
        robot.clickOn(robot.from(lines).lookup(".list-cell").nth(5).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.type(KeyCode.H);
        // ... and the night market's photo caption moves down to it (Ctrl+Down).
        robot.clickOn(robot.from(lines).lookup(".list-cell").nth(4).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lines.getItems()).extracting(PageSplitModel.Row::story).containsExactly(1, 1, 1, 1, 2, 2, 2, 2);
        assertThat(lines.getItems().get(5).line().label()).isEqualTo(org.copydesk.exchange.SplitLabel.HEADLINE);
        assertThat(robot.lookup("#split-summary").queryLabeled().getText()).startsWith("2 篇稿件，1 行版面元素");
        robot.clickOn("#split-save");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> articles().size() == before + 2);
        Article market = articles().stream().filter(a -> a.headline().equals("夜市重开")).findFirst().orElseThrow();
        assertThat(market.body()).containsExactly(new Block.Paragraph("沉寂了三个月的江滨夜市重新开张。"),
                new Block.EndByline("（记者 陈雨）"));
        assertThat(articles()).extracting(Article::headline).contains("澜江二桥今晨通车");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> navigatorLabels().anyMatch(l -> l.contains("夜市重开")));
    }

    private List<Article> articles() {
        return test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().articles();
    }

    private Stream<String> navigatorLabels() {
        return all(test.window.navigator().node().getRoot()).map(item -> test.window.navigator().label(item.getValue()));
    }

    private static Stream<TreeItem<NavItem>> all(TreeItem<NavItem> item) {
        return Stream.concat(Stream.of(item), item.getChildren().stream().flatMap(SplitPageFromWindowTest::all));
    }
}
