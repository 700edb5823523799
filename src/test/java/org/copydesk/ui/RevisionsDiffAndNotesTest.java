package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.copydesk.model.EditorNote;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.LayoutLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The revisions dialog's character diff and restore-with-undo, and a note added in the editor. */
@ExtendWith(ApplicationExtension.class)
class RevisionsDiffAndNotesTest {
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

    @Test
    void theDialogShowsWhatChangedInlineAndSideBySideAndARestoreIsUndoable(FxRobot robot) throws Exception {
        var area = window.articlePane().bodyArea();
        String original = area.getText();
        // 三年 becomes 四年: one character of the lead, saved as a new revision.
        robot.interact(() -> area.replaceText(area.getText().replace("经过三年建设", "经过四年建设")));
        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(2)));
        long edited = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().version();

        robot.clickOn("#revisions-button");
        TestWindow.waitUntilShowing(robot, "#revisions-list");
        ListView<RevisionsModel.Row> list = robot.lookup("#revisions-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // The current revision is selected: the dialog shows the change that made it.
        Label compared = robot.lookup("#revision-compared").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !compared.getText().isEmpty());
        assertThat(compared.getText())
                .contains("版本 " + (edited - 1), "→ 版本 " + edited, "1 处修改");
        assertThat(marked(robot, "#revision-inline")).contains("经过[-三-]{+四+}年建设").doesNotContain("[-经过");
        assertThat(marked(robot, "#revision-old")).contains("经过[-三-]年建设").doesNotContain("四");
        assertThat(marked(robot, "#revision-new")).contains("经过{+四+}年建设");
        assertThat(robot.lookup("#revision-inline").queryAs(TextFlow.class).getChildren()).filteredOn(n ->
                n.getStyleClass().contains("diff-deleted")).allSatisfy(n -> assertThat(((Text) n).isStrikethrough()).isTrue());

        // Two revisions selected are compared with each other, the older on the old side.
        robot.interact(() -> list.getSelectionModel().selectIndices(list.getItems().size() - 1, 0));
        assertThat(robot.lookup("#revision-compared").queryAs(Label.class).getText())
                .startsWith("版本 " + list.getItems().get(list.getItems().size() - 1).version() + "（");

        // Enter compares (shows the inline view) rather than pressing Restore.
        robot.interact(() -> list.getSelectionModel().clearAndSelect(1));
        robot.clickOn("#revisions-list").type(KeyCode.ENTER);
        assertThat(robot.lookup("#revision-views").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("revision-inline-tab");
        assertThat(list.getScene().getWindow().isShowing()).isTrue();

        // Ctrl+R restores the selected older revision as a new one; Undo puts the edit back.
        robot.interact(() -> list.getSelectionModel().clearAndSelect(1));
        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getText().equals(original));
        var restored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(restored.version()).isEqualTo(edited + 1);
        assertThat(repository.revisions(FixtureEdition.BRIDGE_STORY).get(0).author()).contains(repository.person().name());

        robot.interact(() -> window.preview().node().requestFocus());
        robot.interact(window::undo);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getText().contains("经过四年建设"));
        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().plainText()).contains("经过四年建设");
    }

    @Test
    void ctrlAltMAddsANoteOnTheSelectionThatFollowsTheTextAndIsNeverOnThePage(FxRobot robot) throws Exception {
        var area = window.articlePane().bodyArea();
        int at = area.getText().indexOf("预计老桥");
        robot.interact(() -> area.selectRange(at, at + "预计老桥".length()));
        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        TestWindow.waitUntilShowing(robot, "#notes-new");
        TextField note = robot.lookup("#notes-new").queryAs(TextField.class);
        assertThat(note.isFocused()).isTrue();
        robot.interact(() -> note.setText("核实：车流量减少三成的出处？"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> repository.notes(FixtureEdition.BRIDGE_STORY).size() == 1);

        EditorNote stored = repository.notes(FixtureEdition.BRIDGE_STORY).get(0);
        assertThat(stored.paragraph()).isEqualTo(1);
        assertThat(stored.quoted()).isEqualTo("预计老桥");
        assertThat(stored.author()).isEqualTo(repository.person().name());
        ListView<EditorNote> list = robot.lookup("#notes-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(window.preview().lastDrawnLayout().allLines().stream().map(LayoutLine::text)
                .reduce("", String::concat)).doesNotContain("出处");

        // Typing before the range moves the note with its text; the next save keeps where it went.
        int paragraphStart = area.getAbsolutePosition(1, 0);
        robot.interact(() -> area.insertText(paragraphStart, "据悉，"));
        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(2)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> repository.notes(FixtureEdition.BRIDGE_STORY).get(0).start()
                == stored.start() + 3);
        assertThat(repository.notes(FixtureEdition.BRIDGE_STORY).get(0).quoted()).isEqualTo("预计老桥");

        // Resolved notes leave the list unless asked for.
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#notes-resolve");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> repository.notes(FixtureEdition.BRIDGE_STORY).get(0).resolved());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, list.getItems()::isEmpty);
        robot.clickOn("#notes-show-resolved");
        assertThat(list.getItems()).hasSize(1);
    }

    private static String marked(FxRobot robot, String flow) {
        var text = new StringBuilder();
        for (var node : robot.lookup(flow).queryAs(TextFlow.class).getChildren()) {
            Text t = (Text) node;
            if (t.getStyleClass().contains("diff-deleted")) {
                text.append("[-").append(t.getText()).append("-]");
            } else if (t.getStyleClass().contains("diff-inserted")) {
                text.append("{+").append(t.getText()).append("+}");
            } else {
                text.append(t.getText());
            }
        }
        return text.toString();
    }
}
