package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.LayoutLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Story > Revisions… on the real store: list after saving pending edits, preview, restore. */
@ExtendWith(ApplicationExtension.class)
class RevisionsDialogTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private ManualScheduler scheduler;
    private EditionRepository repository;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
        scheduler = test.scheduler;
        repository = test.repository;
        window = test.window;
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void pendingEditsAreSavedBeforeListingAndRestoringBringsTheOldTextBackIntoTheEditor(FxRobot robot) throws Exception {
        var area = window.articlePane().bodyArea();
        String original = area.getText();
        robot.interact(() -> area.appendText("\n记者手记：通车首日秩序井然。"));
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        robot.interact(() -> area.appendText("\n尚未保存的一句。"));
        long versionsBefore = repository.revisions(FixtureEdition.BRIDGE_STORY).size();

        robot.clickOn("#revisions-button");
        TestWindow.waitUntilShowing(robot, "#revisions-list");

        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().plainText()).as("saved before listing")
                .endsWith("尚未保存的一句。");
        ListView<RevisionsModel.Row> list = robot.lookup("#revisions-list").queryListView();
        assertThat(list.getItems()).hasSize((int) versionsBefore + 1);
        assertThat(list.getItems().get(0).version()).isEqualTo(window.articlePane().model().orElseThrow().article().version());
        Node restore = robot.lookup("#revision-restore").query();
        assertThat(restore.isDisabled()).as("the current version is selected").isTrue();

        int oldest = list.getItems().size() - 1;
        robot.clickOn(robot.lookup("#revisions-list .list-cell").<javafx.scene.control.ListCell<?>>match(c -> c.getIndex() == oldest)
                .<Node>query());
        assertThat(robot.lookup("#revision-preview").queryAs(TextArea.class).getText())
                .startsWith("城东交通再添通道\n江澜二桥今日通车").doesNotContain("记者手记");
        robot.clickOn(restore);

        assertThat(area.getText()).isEqualTo(original);
        var stored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(stored.plainText()).isEqualTo(original);
        assertThat(window.articlePane().model().orElseThrow().article().version()).isEqualTo(stored.version());
        assertThat(window.statusBar().activityLabel().getText()).startsWith("已恢复版本 3，现为版本 " + stored.version());
        assertThat(window.preview().lastDrawnLayout().allLines().stream().map(LayoutLine::text).reduce("", String::concat))
                .doesNotContain("记者手记");
    }
}
