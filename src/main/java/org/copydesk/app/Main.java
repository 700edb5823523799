package org.copydesk.app;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.desk.Desk;
import org.copydesk.desk.OperationRefusedException;
import org.copydesk.desk.SettingsRefusedException;
import org.copydesk.i18n.Words;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseCredentials;
import org.copydesk.store.DatabaseDamagedException;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.StoreException;
import org.copydesk.ui.DesktopLauncher;
import org.copydesk.ui.SignIn;
import org.copydesk.ui.StartingWindow;
import org.copydesk.ui.StartupErrorDialog;
import org.copydesk.ui.UiServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar copydesk.jar}: no arguments open the window, arguments run the CLI. */
public final class Main {
    private static final Words WORDS = Words.ofPackage(Main.class);

    private Main() {
    }

    /**
     * Made when first needed, not when the class loads: setting up logging takes tens of milliseconds
     * that the window's start should spend starting the toolkit, which needs no log.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Main.class);
    }

    public static void main(String[] args) {
        reportUncaughtErrors();
        Optional<Optional<String>> desktop = desktopDatabaseOption(args);
        if (desktop.isEmpty()) {
            System.exit(CopydeskCommand.execute(new AppCliServices(System.getenv()), args));
        }
        System.exit(runDesktop(desktop.get()));
    }

    /**
     * The window opens for no arguments or for {@code --db PATH} alone (so a reporter can open
     * another database without the environment variable); anything else is a CLI command line.
     *
     * @return empty for the CLI, else the {@code --db} value the window should open (may be empty)
     */
    static Optional<Optional<String>> desktopDatabaseOption(String... args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && args[0].equals("--db")) {
            return Optional.of(Optional.of(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--db=")) {
            return Optional.of(Optional.of(args[0].substring("--db=".length())));
        }
        return Optional.empty();
    }

    private static int runDesktop(Optional<String> dbOption) {
        // The toolkit starts, and the window is put on the screen, while the database opens.
        StartingWindow starting = StartingWindow.showWhenToolkitIsUp();
        DatabaseLocation location = DatabaseLocation.resolve(dbOption, System.getenv());
        Optional<DatabaseCredentials> credentials = ServerLogin.credentials(location, System.getenv());
        if (credentials.isEmpty() && ServerLogin.needsLogin(location)) {
            return 0;
        }
        Database opened;
        try {
            opened = Database.open(location, credentials);
        } catch (DatabaseDamagedException e) {
            Optional<Database> restored = DamagedDatabaseStart.offerRestore(location, e);
            if (restored.isEmpty()) {
                return 1;
            }
            opened = restored.get();
        } catch (StoreException e) {
            // One clear line on the terminal and, since this is the desktop start, in a dialog too.
            System.err.println("copydesk: " + e.getMessage());
            StartupErrorDialog.show(e.getMessage());
            return 1;
        }
        Database database = opened;
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "copydesk-store");
            t.setDaemon(true);
            return t;
        });
        try (database) {
            FirstRun.ensureSampleEdition(database.repository());
            Desk desk;
            try {
                desk = Wiring.desk(database.repository());
            } catch (SettingsRefusedException | StoreException e) {
                // Settings that cannot be read (a stored style this version does not know, a failing disk): say so,
                // with the remedy, rather than set type in another style than the paper's.
                System.err.println("copydesk: " + e.getMessage());
                StartupErrorDialog.show(e.getMessage());
                return 1;
            }
            try {
                if (new SignIn(database.repository(), desk, SignIn.userPreferences(), database.description())
                        .atStart(Optional.ofNullable(System.getenv("COPYDESK_USER"))).isEmpty()) {
                    return 0;
                }
            } catch (OperationRefusedException | StoreException e) {
                // A server user who is not one of the desk's people, an unreadable people table: say so.
                System.err.println("copydesk: " + e.getMessage());
                StartupErrorDialog.show(e.getMessage());
                return 1;
            }
            DesktopLauncher.launch(new UiServices(database.repository(), desk,
                    database.description(), background,
                    location.isEmbeddedH2() ? Optional.of(database::backupTo) : Optional.empty()), starting);
            // Let autosaves queued at close finish before the database closes.
            background.shutdown();
            background.awaitTermination(10, TimeUnit.SECONDS);
            giveUpCheckouts(desk, database);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException e) {
            // The terminal shows this as one line, so it is in the user's words; the log file keeps the stack trace.
            log().error(WORDS.format("main.stopped", e.getMessage()), e);
            return 1;
        } catch (OutOfMemoryError e) {
            System.err.println("copydesk: " + CopydeskCommand.outOfMemoryMessage());
            return 1;
        }
    }

    /**
     * The window's check-outs end with it, so colleagues need not wait out the lease. A failure here
     * costs nothing but that wait: the check-outs go stale and are taken over.
     */
    private static void giveUpCheckouts(Desk desk, Database database) {
        try {
            desk.checkouts().releaseAll(database.repository());
        } catch (RuntimeException e) {
            log().warn("could not give up this window's check-outs; they go stale after {}", desk.checkouts().lease(), e);
        }
    }

    /**
     * An error no one catches (on the JavaFX thread, say) is logged, not dumped by the JVM: one line
     * on the terminal, the stack trace in the log file.
     */
    static void reportUncaughtErrors() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                System.err.println("copydesk: " + CopydeskCommand.outOfMemoryMessage());
            } else {
                log().error(WORDS.format("main.unexpected", thread.getName(), e.toString()), e);
            }
        });
    }
}
