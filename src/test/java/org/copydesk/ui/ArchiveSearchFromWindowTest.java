package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.copydesk.model.ArticleStatus;
import org.copydesk.search.ArchiveSamples;
import org.copydesk.search.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Search archive…: a story in an older edition found, shown with the match in bold, and opened. */
@ExtendWith(ApplicationExtension.class)
class ArchiveSearchFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
        window = test.window;
        test.repository.insertEdition(ArchiveSamples.edition("old", LocalDate.of(2019, 5, 6), 12, List.of(
                ArchiveSamples.story("lantern", "old", "灯会闭幕 游客逾十万", "本报记者 许文静", ArticleStatus.SIGNED_OFF,
                        "为期十天的元宵灯会昨晚落下帷幕，主办方统计，累计接待游客十万余人次，夜间客流创下新高。"),
                ArchiveSamples.story("rain", "old", "春雨润田", "本报记者 许文静", ArticleStatus.SIGNED_OFF,
                        "一场春雨过后，郊区麦田长势喜人。"),
                ArchiveSamples.story("kite", "old", "风筝节报名开始", "本报记者 许文静", ArticleStatus.SIGNED_OFF,
                        "第三届滨江风筝节即日起接受报名。")), List.of(), false));
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void aResultInAnotherEditionOpensThatEditionWithTheStorySelected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        assertThat(window.workspace().content().orElseThrow().edition().id()).isNotEqualTo("old");

        Platform.runLater(() -> window.planning().searchArchive());
        TestWindow.waitUntilShowing(robot, "#searchQuery");
        robot.clickOn("#searchQuery").write("客流");
        robot.type(KeyCode.ENTER);
        ListView<SearchHit> results = robot.lookup("#searchResults").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertThat(results.getItems()).extracting(SearchHit::id).containsExactly("lantern");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-match").queryAll()).isNotEmpty().allSatisfy(node -> {
            Text match = (Text) node;
            assertThat(match.getText()).isEqualTo("客流");
            assertThat(match.getStyle()).isEqualTo(ArchiveSearchDialog.BOLD);
            assertThat(match.getFont().getStyle()).containsIgnoringCase("bold");
        });

        robot.clickOn("#searchResults");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspace().content()
                .map(c -> c.edition().id().equals("old")).orElse(false)
                && window.workspace().selectionProperty().get().equals(new Selection.Story("lantern")));
        assertThat(window.workspace().shownPageProperty().get()).isEqualTo(1);
    }

    @Test
    void theResultIsSelectedNotTheFirstStoryOfThePageOpened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        Platform.runLater(() -> window.planning().searchArchive());
        TestWindow.waitUntilShowing(robot, "#searchQuery");
        robot.clickOn("#searchQuery").write("风筝节");
        robot.type(KeyCode.ENTER);
        ListView<SearchHit> results = robot.lookup("#searchResults").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertThat(results.getItems()).extracting(SearchHit::id).containsExactly("kite");

        robot.clickOn("#searchResults");
        robot.type(KeyCode.ENTER);
        // Opening the edition selects the first story on the page it shows (lantern); the result wins.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspace().content()
                .map(c -> c.edition().id().equals("old")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workspace().selectionProperty().get()
                .equals(new Selection.Story("kite")));
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().selectionProperty().get()).isEqualTo(new Selection.Story("kite"));
    }
}
