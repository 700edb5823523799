package org.copydesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.NewspaperComposer;

/**
 * Opens the desktop client on the fixture edition in a fresh H2 database with the real composer,
 * to look at it by hand (e.g. under xvfb-run). Argument: the database folder (default: a new
 * temporary one). Not a test.
 */
public final class DemoDesktop {
    private DemoDesktop() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("copydesk-demo");
        var background = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "copydesk-background");
            t.setDaemon(true);
            return t;
        });
        try (var database = Database.open(DatabaseLocation.resolve(Optional.of(folder.toString()), Map.of()))) {
            if (database.repository().latestEdition().isEmpty()) {
                database.repository().insertEdition(FixtureEdition.content());
            }
            DesktopLauncher.launch(new UiServices(database.repository(), NewspaperComposer.withBundledFonts(),
                    database.description(), background));
        }
    }
}
