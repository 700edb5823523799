package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.copydesk.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import stories… saves the chosen files all together or not at all, as the CLI does. */
@ExtendWith(ApplicationExtension.class)
class ImportFromWindowTest {
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
    void aHeadlineTooLongInTheThirdFileImportsNoneAndTheDialogNamesTheFile(FxRobot robot) throws Exception {
        Path a = Files.writeString(dataDir.resolve("a.md"), "夜市重开\n本报讯　城北夜市今晚重开。\n");
        Path b = Files.writeString(dataDir.resolve("b.md"), "菜场改造完成\n居民很满意。\n");
        Path c = Files.writeString(dataDir.resolve("c.md"), "---\nheadline: " + "长".repeat(1500) + "\n---\n正文。\n");
        List<Article> before = test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().articles();

        robot.interact(() -> test.window.actions().importFiles(FixtureEdition.EDITION, List.of(a, b, c)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("未导入任何稿件：")
                .contains("c.md").contains("the headline is 1,500 characters long; at most 1,000 fit");
        robot.interact(() -> dialog.getScene().getWindow().hide());
        assertThat(test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().articles()).isEqualTo(before);

        robot.interact(() -> test.window.actions().importFiles(FixtureEdition.EDITION, List.of(a, b)));
        assertThat(test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().articles())
                .hasSize(before.size() + 2).extracting(Article::headline).endsWith("夜市重开", "菜场改造完成");
    }
}
