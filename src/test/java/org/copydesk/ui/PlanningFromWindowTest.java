package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tomorrow's edition made in the window: new edition, pages added and moved, a story spiked. */
@ExtendWith(ApplicationExtension.class)
class PlanningFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
        window = test.window;
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void aNewEditionIsMadeFromTheDialogAndItsPagesArePlanned(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);

        Platform.runLater(() -> window.planning().newEdition());
        TestWindow.waitUntilShowing(robot, "#new-edition-ok");
        TextField name = robot.lookup("#new-edition-name").query();
        Spinner<Integer> issue = robot.lookup("#new-edition-issue").query();
        assertThat(name.getText()).as("the paper's name from its settings").isEqualTo("江澜周报");
        assertThat(issue.getValue()).as("one after the last").isEqualTo(1025);
        Spinner<Integer> pages = robot.lookup("#new-edition-pages").query();
        robot.interact(() -> pages.getValueFactory().setValue(2));
        robot.clickOn("#new-edition-sections").write("要闻 城事");
        // A custom size: 300 x 420 mm in 6 columns.
        javafx.scene.control.ComboBox<org.copydesk.model.PageSpec> spec = robot.lookup("#new-edition-spec").query();
        robot.interact(() -> spec.getSelectionModel().select(2));
        Spinner<Integer> width = robot.lookup("#new-edition-width").query();
        Spinner<Integer> height = robot.lookup("#new-edition-height").query();
        Spinner<Integer> columns = robot.lookup("#new-edition-columns").query();
        robot.interact(() -> {
            width.getValueFactory().setValue(300);
            height.getValueFactory().setValue(420);
            columns.getValueFactory().setValue(40);
        });
        assertThat(robot.lookup("#new-edition-ok").queryButton().isDisabled()).as("40 columns cannot fit").isTrue();
        robot.interact(() -> columns.getValueFactory().setValue(6));
        robot.clickOn("#new-edition-ok");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened().edition().issueNumber() == 1025);
        String made = opened().edition().id();
        assertThat(opened().pages()).extracting(Page::section).containsExactly("要闻", "城事");
        assertThat(opened().pages()).extracting(Page::spec).containsOnly(org.copydesk.model.PageSpec.custom(300, 420, 6));
        assertThat(opened().articles()).isEmpty();

        // A page after page 1, then moved to the end: the pages are renumbered in the database.
        robot.interact(() -> window.planning().addPage());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored(made).pages().size() == 3);
        assertThat(stored(made).pages()).extracting(Page::section).containsExactly("要闻", "", "城事");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened().pages().size() == 3
                && window.workspace().shownPageProperty().get() == 2);
        robot.interact(() -> window.planning().movePage(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> stored(made).pages().stream().map(Page::section).toList().equals(java.util.List.of("要闻", "城事", "")));
    }

    @Test
    void aSpikedStoryLeavesItsPagesAndIsListedApart(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.MARKET_STORY)));

        Platform.runLater(() -> window.planning().spikeStory());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("确定");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored(FixtureEdition.EDITION)
                .article(FixtureEdition.MARKET_STORY).orElseThrow().status() == ArticleStatus.SPIKED);
        assertThat(stored(FixtureEdition.EDITION).pages()).allMatch(p -> p.placements().stream()
                .noneMatch(pl -> pl.contentId().equals(FixtureEdition.MARKET_STORY)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.navigator().node().getRoot().getChildren().stream()
                .anyMatch(item -> item.getValue() instanceof NavItem.SpikedItem));
    }

    @Test
    void thePaperSettingsDialogRefusesWhatCannotPrintAndSavesTheRest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        Platform.runLater(() -> window.planning().paperSettings());
        TestWindow.waitUntilShowing(robot, "#paper-ok");
        TextField name = robot.lookup("#paper-name").query();
        TextField masthead = robot.lookup("#paper-masthead").query();
        robot.interact(() -> {
            name.setText("城南晨报");
            masthead.setText("城南晨报城南晨报城南晨报城南晨报城南晨报");
        });
        robot.clickOn("#paper-ok");
        assertThat(robot.lookup("#paper-problem").queryAs(javafx.scene.control.Label.class).getText()).contains("16");
        assertThat(test.repository.paperSettings().name()).as("nothing saved").isEqualTo("江澜周报");

        robot.interact(() -> masthead.setText("城南晨报"));
        robot.clickOn("#paper-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> test.repository.paperSettings().name().equals("城南晨报"));
        assertThat(test.repository.paperSettings().mastheadText()).isEqualTo("城南晨报");
    }

    @Test
    void anEditionIsRedatedAndAStoryMovedToAnother(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        Platform.runLater(() -> window.planning().editEdition());
        TestWindow.waitUntilShowing(robot, "#edition-ok");
        javafx.scene.control.DatePicker date = robot.lookup("#edition-date").query();
        Spinner<Integer> issue = robot.lookup("#edition-issue").query();
        robot.interact(() -> {
            date.setValue(java.time.LocalDate.of(2026, 11, 28));
            issue.getValueFactory().setValue(1030);
        });
        robot.clickOn("#edition-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored(FixtureEdition.EDITION).edition().issueNumber() == 1030);
        assertThat(stored(FixtureEdition.EDITION).edition().publicationDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 28));

        var other = new org.copydesk.model.Edition("ed-other", "江澜周报", java.time.LocalDate.of(2026, 12, 5), 1031);
        test.repository.insertEdition(new EditionContent(other, java.util.List.of(new Page("other-p1", other.id(), 1, "",
                org.copydesk.model.PageSpec.tabloid(), java.util.List.of())), java.util.List.of(), java.util.List.of()));
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.MARKET_STORY)));
        Platform.runLater(() -> window.planning().moveStory());
        TestWindow.waitUntilShowing(robot, ".choice-dialog");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> test.repository.article(FixtureEdition.MARKET_STORY)
                .orElseThrow().editionId().equals("ed-other"));
        assertThat(stored(FixtureEdition.EDITION).pages()).allMatch(p -> p.placements().stream()
                .noneMatch(pl -> pl.contentId().equals(FixtureEdition.MARKET_STORY)));
    }

    @Test
    void anAdSlotIsPlacedWithItsArtworkSelectedByClickingAndTakenOff(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        robot.interact(() -> window.workspace().showPage(2));
        Path pdf = java.nio.file.Files.write(dataDir.resolve("城建集团.pdf"), org.copydesk.model.TinyPdf.onePage(300, 200));

        robot.interact(() -> window.planning().placeAd("城建集团", java.util.Optional.of(pdf)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored(FixtureEdition.EDITION).page(2).orElseThrow()
                .placements().stream().anyMatch(p -> p instanceof org.copydesk.model.AdPlacement));
        var ad = (org.copydesk.model.AdPlacement) stored(FixtureEdition.EDITION).page(2).orElseThrow().placements().stream()
                .filter(p -> p instanceof org.copydesk.model.AdPlacement).findFirst().orElseThrow();
        assertThat(ad.advertiser()).isEqualTo("城建集团");
        assertThat(ad.artwork()).isPresent();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout().frames().stream()
                .anyMatch(f -> f.kind() == org.copydesk.typeset.LayoutFrame.FrameKind.AD));

        // Clicking the slot selects it as an ad (not as a photo), and Take off page removes it.
        var frame = window.preview().lastDrawnLayout().frames().stream()
                .filter(f -> f.kind() == org.copydesk.typeset.LayoutFrame.FrameKind.AD).findFirst().orElseThrow();
        var options = window.preview().lastOptions();
        robot.clickOn(window.preview().canvas().localToScreen(options.toCanvas(frame.bounds().x() + 5),
                options.toCanvas(frame.bounds().y() + 5)));
        assertThat(window.workspace().selectionProperty().get()).isEqualTo(new Selection.Ad(ad.contentId()));
        robot.interact(() -> window.planning().takeOffPage());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored(FixtureEdition.EDITION).page(2).orElseThrow()
                .placements().stream().noneMatch(p -> p instanceof org.copydesk.model.AdPlacement));
    }

    private EditionContent opened() {
        return window.workspace().content().orElseThrow();
    }

    private EditionContent stored(String editionId) {
        return test.repository.loadEdition(editionId).orElseThrow();
    }
}
