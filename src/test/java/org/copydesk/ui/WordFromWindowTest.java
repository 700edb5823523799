package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.common.usermodel.PictureType;
import org.copydesk.exchange.word.WordFixtures;
import org.copydesk.model.WordStyleRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A Word document imported from the window, and the Word style table edited in its dialog. */
@ExtendWith(ApplicationExtension.class)
class WordFromWindowTest {
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
    void aDocxComesInWithItsPhotoAndTheSummaryListsWhatWasLeftOut(FxRobot robot) throws Exception {
        Path docx = Files.write(dataDir.resolve("birds.docx"), WordFixtures.document()
                .bold("湿地公园迎来候鸟", 20, true)
                .para("入冬以来，城西湿地公园迎来大批越冬候鸟。")
                .picture(WordFixtures.png(64, 48), PictureType.PNG, "birds.png", "白鹭在浅滩觅食。　张伟/摄")
                .commented("游客请勿投喂。", "核实管理规定")
                .bytes());
        int photosBefore = test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().photos().size();

        robot.interact(() -> test.window.actions().importFiles(FixtureEdition.EDITION, List.of(docx)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane summary = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(summary.getContentText()).contains("birds.docx").contains("1 comment left out");
        var content = test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow();
        assertThat(content.articles()).anyMatch(a -> a.headline().equals("湿地公园迎来候鸟"));
        assertThat(content.photos()).hasSize(photosBefore + 1)
                .anyMatch(p -> p.caption().text().equals("白鹭在浅滩觅食。") && p.caption().photographer().equals("张伟"));
        assertThat(test.window.workspace().content().orElseThrow().photos()).hasSize(photosBefore + 1);
        robot.interact(() -> summary.getScene().getWindow().hide());
    }

    @Test
    void theWordStylesDialogSetsRemovesAndSaves(FxRobot robot) throws Exception {
        Platform.runLater(() -> test.window.planning().wordStyles());
        TestWindow.waitUntilShowing(robot, "#word-styles-ok");
        TableView<?> table = robot.lookup("#word-styles-table").query();
        TextField name = robot.lookup("#word-style-name").query();
        ComboBox<WordStyleRole> role = robot.lookup("#word-style-role").query();
        int rows = table.getItems().size();

        robot.interact(() -> {
            name.setText("报社主标题");
            role.setValue(WordStyleRole.HEADLINE);
        });
        robot.clickOn("#word-style-set");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#word-style-remove");
        assertThat(table.getItems()).hasSize(rows);
        robot.clickOn("#word-styles-ok");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> test.repository.wordStyles().roleOf("报社主标题").isPresent());
        assertThat(test.repository.wordStyles().roleOf("Title")).as("the first row, removed").isEmpty();
    }
}
