package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.copydesk.model.Article;
import org.copydesk.store.ArticleRevision;
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
 * A save that meets a newer version opens the conflict dialog with both versions side by side; each
 * of its three choices ends with nothing overwritten silently: theirs taken, mine kept on top of
 * theirs, or a hand merge saved on top of theirs, with theirs in the history.
 */
@ExtendWith(ApplicationExtension.class)
class SaveConflictFromWindowTest {
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

    /** Someone else saves a new headline; this window then types its own and its autosave meets theirs. */
    private void conflict(FxRobot robot) throws Exception {
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        Article stored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        repository.saveArticle(stored.withHeadlines("", "他们的标题", ""));
        robot.interact(() -> robot.lookup("#headline").queryAs(TextField.class).setText("我的标题"));
        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(2)));
        TestWindow.waitUntilShowing(robot, "#conflict-merge");
    }

    private String storedHeadline() {
        return repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().headline();
    }

    @Test
    void theDialogShowsBothVersionsAndTakingTheirsDropsMine(FxRobot robot) throws Exception {
        conflict(robot);
        assertThat(robot.lookup("#conflict-mine-headline").queryAs(TextField.class).getText()).isEqualTo("我的标题");
        assertThat(robot.lookup("他们的标题").tryQuery()).isPresent();
        assertThat(robot.lookup("#conflict-theirs-body").queryAs(TextArea.class).getText())
                .isEqualTo(robot.lookup("#conflict-mine-body").queryAs(TextArea.class).getText());

        robot.clickOn("#conflict-take-theirs");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#conflict-merge").tryQuery()).isEmpty();
        assertThat(robot.lookup("#headline").queryAs(TextField.class).getText()).isEqualTo("他们的标题");
        assertThat(storedHeadline()).isEqualTo("他们的标题");
        assertThat(window.articlePane().model().orElseThrow().saveStateProperty().get().holdsUnsavedText()).isFalse();
    }

    @Test
    void keepingMineSavesItAsANewRevisionOnTopOfTheirs(FxRobot robot) throws Exception {
        conflict(robot);
        long theirs = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().version();

        robot.clickOn("#conflict-keep-mine");
        WaitForAsyncUtils.waitForFxEvents();

        Article stored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(stored.headline()).isEqualTo("我的标题");
        assertThat(stored.version()).isEqualTo(theirs + 1);
        assertThat(repository.revisions(FixtureEdition.BRIDGE_STORY)).extracting(ArticleRevision::article)
                .extracting(Article::headline).startsWith("我的标题", "他们的标题");
        assertThat(robot.lookup("#conflict-merge").tryQuery()).isEmpty();
    }

    @Test
    void aHandMergeIsSavedOnTopOfTheirsWithTheEditedFieldsAndBody(FxRobot robot) throws Exception {
        conflict(robot);
        TextArea mineBody = robot.lookup("#conflict-mine-body").queryAs(TextArea.class);
        String body = mineBody.getText();

        robot.interact(() -> {
            robot.lookup("#conflict-mine-headline").queryAs(TextField.class).setText("合并后的标题");
            mineBody.setText(body + "\n合并时补充的一段。");
        });
        robot.clickOn("#conflict-merge");
        WaitForAsyncUtils.waitForFxEvents();

        Article stored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(stored.headline()).isEqualTo("合并后的标题");
        assertThat(stored.plainText()).endsWith("合并时补充的一段。");
        assertThat(repository.revisions(FixtureEdition.BRIDGE_STORY)).extracting(ArticleRevision::article)
                .extracting(Article::headline).contains("他们的标题");
        assertThat(robot.lookup("#headline").queryAs(TextField.class).getText()).isEqualTo("合并后的标题");
        assertThat(window.articlePane().bodyArea().getText()).endsWith("合并时补充的一段。");
    }
}
