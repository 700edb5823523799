package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preflight panel on an edition whose page-2 story lost its headline. */
@ExtendWith(ApplicationExtension.class)
class PreflightPanelTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private ManualScheduler scheduler;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        EditionContent c = FixtureEdition.content();
        var articles = c.articles().stream().map(a -> a.id().equals(FixtureEdition.MARKET_STORY)
                ? a.withHeadlines("", "", "") : a).toList();
        // The bridge story continues on page 2 beside the market story, so a finding can name a continuation.
        var page2 = c.pages().get(1);
        var placements = new java.util.ArrayList<>(page2.placements());
        placements.add(StoryPlacement.of(FixtureEdition.BRIDGE_STORY, new GridRect(3, 0, 3, 30), 1));
        var pages = java.util.List.of(c.pages().get(0), new Page(page2.id(), page2.editionId(), page2.number(),
                page2.section(), page2.spec(), placements));
        test = TestWindow.open(stage, dataDir, new EditionContent(c.edition(), pages, articles, c.photos()));
        scheduler = test.scheduler;
        window = test.window;
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void clickingAFindingOpensItsPageStoryAndFrameAndASavedFixClearsIt(FxRobot robot) {
        assertThat(window.workspace().shownPageProperty().get()).as("the edition opens on page 1").isEqualTo(1);
        Finding noHeadline = window.preflightModel().findings().stream()
                .filter(f -> f.check() == Check.EMPTY_HEADLINE).findFirst().orElseThrow();
        assertThat(noHeadline.pageNumber()).isEqualTo(2);
        assertThat(robot.lookup("#status-preflight").queryAs(Label.class).getText()).startsWith("预检：1 个错误");

        TableRow<?> row = robot.lookup(".preflight-table .table-row-cell")
                .<TableRow<?>>match(r -> noHeadline.equals(r.getItem())).query();
        assertThat(row.getChildrenUnmodifiable()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .startsWith("错误", "第2版", "缺标题");
        robot.clickOn(row);

        assertThat(window.workspace().shownPageProperty().get()).isEqualTo(2);
        assertThat(window.workspace().selectionProperty().get()).isEqualTo(new Selection.Story(FixtureEdition.MARKET_STORY));
        assertThat(window.preview().lastDrawnLayout().pageNumber()).isEqualTo(2);
        assertThat(window.preview().lastOptions().highlighted()).contains(FixtureEdition.MARKET_STORY);
        assertThat(window.navigator().node().getSelectionModel().getSelectedItem().getValue().selection())
                .isEqualTo(new Selection.Story(FixtureEdition.MARKET_STORY));
        assertThat(window.articlePane().model().orElseThrow().article().id()).isEqualTo(FixtureEdition.MARKET_STORY);

        robot.interact(() -> robot.lookup("#headline").queryAs(TextField.class).setText("冬季农贸市场开市"));
        robot.interact(() -> scheduler.advance(Duration.ofMillis(1500)));
        assertThat(window.preflightModel().findings()).as("checked only once saves pause for 2 s")
                .anyMatch(f -> f.check() == Check.EMPTY_HEADLINE);
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        assertThat(window.preflightModel().findings()).noneMatch(f -> f.check() == Check.EMPTY_HEADLINE);
        assertThat(robot.lookup("#status-preflight").queryAs(Label.class).getText()).startsWith("预检：0 个错误");
    }

    @Test
    void enterOnASelectedFindingJumpsAndCtrlShiftPChecksAgain(FxRobot robot) {
        var table = window.preflightPane().table();
        int index = table.getItems().indexOf(table.getItems().stream()
                .filter(f -> f.check() == Check.EMPTY_HEADLINE).findFirst().orElseThrow());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(index);
        });
        robot.type(KeyCode.ENTER);
        assertThat(window.workspace().selectionProperty().get()).isEqualTo(new Selection.Story(FixtureEdition.MARKET_STORY));
        assertThat(window.workspace().shownPageProperty().get()).isEqualTo(2);

        // An edit that is not saved yet is still checked on demand: preflight sees the edition as on screen.
        robot.interact(() -> robot.lookup("#headline").queryAs(TextField.class).setText("冬季农贸市场开市"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.preflightModel().findings()).noneMatch(f -> f.check() == Check.EMPTY_HEADLINE);
    }

    @Test
    void aFindingOnAContinuationSelectsTheStoryUnderThatPage(FxRobot robot) {
        robot.interact(() -> window.showFinding(
                new Finding(Severity.WARNING, Check.PAGE_NOT_FILLED, 2, FixtureEdition.BRIDGE_STORY, "short")));

        assertThat(window.workspace().shownPageProperty().get()).isEqualTo(2);
        assertThat(window.preview().lastOptions().highlighted()).contains(FixtureEdition.BRIDGE_STORY);
        var selected = window.navigator().node().getSelectionModel().getSelectedItem();
        assertThat(selected.getValue()).isInstanceOfSatisfying(NavItem.StoryItem.class, item -> {
            assertThat(item.article().id()).isEqualTo(FixtureEdition.BRIDGE_STORY);
            assertThat(item.continuation()).isTrue();
        });
        assertThat(((NavItem.PageItem) selected.getParent().getValue()).page().number()).isEqualTo(2);
    }
}
