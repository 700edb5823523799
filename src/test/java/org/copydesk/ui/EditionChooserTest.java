package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.store.EditionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editions above the navigator, newest first; picking one opens it and forgets the other's undo. */
@ExtendWith(ApplicationExtension.class)
class EditionChooserTest {
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
    void listsEditionsNewestFirstAndOpensThePickedOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        var older = new Edition("ed-older", "江澜周报", LocalDate.of(2026, 11, 20), 1023);
        test.repository.insertEdition(new EditionContent(older,
                List.of(new Page("older-p1", older.id(), 1, "要闻", PageSpec.tabloid(), List.of())), List.of(), List.of()));
        robot.interact(() -> window.openEdition(FixtureEdition.EDITION));
        ComboBox<EditionSummary> chooser = robot.lookup("#edition-chooser").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chooser.getItems().size() == 2);
        assertThat(chooser.getItems()).extracting(s -> s.edition().id()).containsExactly(FixtureEdition.EDITION, "ed-older");
        assertThat(chooser.getValue().edition().id()).isEqualTo(FixtureEdition.EDITION);

        robot.clickOn(chooser);
        robot.clickOn("2026-11-20  江澜周报  总第1023期（1版）");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.workspace().content().map(c -> c.edition().id()).orElse("").equals("ed-older"));
        assertThat(window.navigator().node().getRoot().getValue()).isInstanceOf(NavItem.EditionItem.class);
        assertThat(window.navigator().label(window.navigator().node().getRoot().getValue())).contains("2026-11-20");
        assertThat(chooser.getValue().edition().id()).isEqualTo("ed-older");
        assertThat(window.articlePane().model()).as("no story of the other edition left in the editor").isEmpty();
        robot.interact(window::undo);
        assertThat(window.statusBar().activityLabel().getText()).isEqualTo("没有可撤销的操作");
    }

    @Test
    void aLongArchiveListsTheNewestEditionsAndMoreOnRequest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        int older = EditionOpening.LISTED + 2;
        for (int day = 1; day <= older; day++) {
            var edition = new Edition("ed-day-" + day, "江澜周报", LocalDate.of(2020, 1, 1).plusDays(older - day), 100 + older - day);
            test.repository.insertEdition(new EditionContent(edition, List.of(), List.of(), List.of()));
        }
        robot.interact(() -> window.openEdition(FixtureEdition.EDITION));
        ComboBox<EditionSummary> chooser = robot.lookup("#edition-chooser").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chooser.getItems().size() == EditionOpening.LISTED + 1);
        assertThat(chooser.getItems().get(1).edition().id()).isEqualTo("ed-day-1");
        assertThat(chooser.getValue().edition().id()).isEqualTo(FixtureEdition.EDITION);

        robot.interact(() -> chooser.setValue(chooser.getItems().get(EditionOpening.LISTED)));

        // All 63 now fit in the list (no "older editions…" left); the open edition stays open.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chooser.getItems().size() == older + 1);
        assertThat(chooser.getItems().get(older).edition().id()).isEqualTo("ed-day-" + older);
        assertThat(chooser.getValue().edition().id()).isEqualTo(FixtureEdition.EDITION);
        assertThat(window.workspace().content().map(c -> c.edition().id())).contains(FixtureEdition.EDITION);
        robot.interact(() -> chooser.hide());
    }
}
