package org.copydesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.copydesk.desk.Desk;
import org.copydesk.model.EditionContent;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the GUI tests drive it: the real composer, an H2 database in a temporary
 * folder holding one edition, store work on the calling thread and an autosave clock the test
 * advances by hand. FX thread only.
 */
final class TestWindow implements AutoCloseable {
    /** The real composer; pure, so one serves every test (its fonts load once). */
    static final PageComposer COMPOSER = NewspaperComposer.withBundledFonts();

    final ManualScheduler scheduler = new ManualScheduler();
    final Database database;
    final EditionRepository repository;
    final MainWindow window;

    private TestWindow(Stage stage, Path dataDir, EditionContent edition, PageComposer composer) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        database = Database.open(DatabaseLocation.resolve(Optional.of(dataDir.toString()), Map.of()));
        repository = database.repository();
        repository.insertEdition(edition);
        var services = new UiServices(repository, Desk.around(composer), database.description(), Runnable::run,
                Optional.of(database::backupTo));
        var autosave = new AutosaveContext(Runnable::run, Runnable::run, scheduler, scheduler.clock(),
                AutosaveContext.DEFAULT_DELAY);
        window = new MainWindow(services, UiText.forLocale(Locale.SIMPLIFIED_CHINESE), stage, autosave);
        window.show();
        window.openLatestEdition();
    }

    /** The window in Chinese on {@code edition}. */
    static TestWindow open(Stage stage, Path dataDir, EditionContent edition) {
        return new TestWindow(stage, dataDir, edition, COMPOSER);
    }

    static TestWindow open(Stage stage, Path dataDir, EditionContent edition, PageComposer composer) {
        return new TestWindow(stage, dataDir, edition, composer);
    }

    /**
     * Waits until the node {@code query} finds sits in a window that is showing, then for the
     * layout pass: a dialog's controls exist before its window is shown, and a robot click on them
     * then fails as "not visible".
     */
    static void waitUntilShowing(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        database.close();
    }
}
