package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.copydesk.desk.People;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.model.StageMove;
import org.copydesk.model.StageRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's stage list offers the moves the rules give the person at work, and moves through the desk. */
@ExtendWith(ApplicationExtension.class)
class StagesFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
        window = test.window;
        test.repository.addPerson(new Person("王主编", Role.ADMIN));
        test.repository.addPerson(new Person("张编辑", Role.EDITOR));
        test.repository.actAs(new Person("张编辑", Role.EDITOR));
        window.planning().stages().loadRules();
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void anEditorMovesTheStoryForReviewFromTheEditorAndTheMoveIsRecordedWithTheirName(FxRobot robot) throws Exception {
        ComboBox<ArticleStatus> stage = storyStageList();
        assertThat(window.stage().getTitle()).contains("张编辑");
        assertThat(stage.getItems()).as("an editor's moves from 编辑中").containsExactly(ArticleStatus.DRAFT,
                ArticleStatus.EDITING, ArticleStatus.FOR_REVIEW, ArticleStatus.SPIKED);

        robot.interact(() -> stage.setValue(ArticleStatus.FOR_REVIEW));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored() == ArticleStatus.FOR_REVIEW);
        assertThat(test.repository.stageMoves(org.copydesk.model.Stage.Kind.STORY, FixtureEdition.BRIDGE_STORY))
                .singleElement().extracting(StageMove::person).isEqualTo("张编辑");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> storyStageList().getValue() == ArticleStatus.FOR_REVIEW);
        assertThat(storyStageList().getItems()).as("from 待审 an editor may only send it back or spike it")
                .containsExactly(ArticleStatus.EDITING, ArticleStatus.FOR_REVIEW, ArticleStatus.SPIKED);
    }

    @Test
    void aMoveTheRulesNoLongerAllowIsRefusedSayingWhoMayMakeIt(FxRobot robot) throws Exception {
        ComboBox<ArticleStatus> stage = storyStageList();
        // An admin elsewhere takes the move away after this window listed it.
        test.repository.setStageRule(new StageRule(Role.EDITOR, ArticleStatus.EDITING, ArticleStatus.FOR_REVIEW), false);

        robot.interact(() -> stage.setValue(ArticleStatus.FOR_REVIEW));

        TestWindow.waitUntilShowing(robot, ".dialog-pane");
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(alert.getHeaderText()).isEqualTo("未能改变环节");
        assertThat(alert.getContentText()).contains("张编辑").contains(People.roleName(Role.EDITOR))
                .endsWith(People.roleName(Role.ADMIN));
        assertThat(stored()).isEqualTo(ArticleStatus.EDITING);
        assertThat(test.repository.stageMoves(org.copydesk.model.Stage.Kind.STORY, FixtureEdition.BRIDGE_STORY)).isEmpty();
        assertThat(stage.getValue()).as("the list shows the stage as stored").isEqualTo(ArticleStatus.EDITING);
    }

    private ComboBox<ArticleStatus> storyStageList() {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.articlePane().model().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        return new FxRobot().lookup("#article-status").query();
    }

    private ArticleStatus stored() {
        return test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().status();
    }
}
