package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.copydesk.store.BackupFile;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseDamagedException;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.DatabaseRestore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start-up offer for a damaged database, shown as app.Main shows it, on a real damaged file. */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogTest {
    @TempDir
    Path dataDir;

    private final UiText text = UiText.forSystem();

    @Start
    void start(Stage stage) {
        // The dialogs bring their own windows.
    }

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dataDir.toString()), Map.of());
    }

    /** Saves the fixture edition (the closing backup holds it), then empties the file. */
    private DatabaseDamagedException damagedDatabase() throws IOException {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(FixtureEdition.content());
        }
        Files.write(dataDir.resolve("copydesk.mv.db"), new byte[0]);
        return catchThrowableOfType(DatabaseDamagedException.class, () -> Database.open(location()));
    }

    private CompletableFuture<Boolean> offer(DatabaseDamagedException damage, BackupFile backup) {
        return CompletableFuture.supplyAsync(() -> RestoreDialog.offerAtStartup(damage.getMessage(), backup.time(),
                () -> DatabaseRestore.restore(location(), backup.file())));
    }

    private static Node button(FxRobot robot, String paneId, String label) {
        return robot.lookup("#" + paneId + " .button").<Button>match(b -> b.getText().equals(label)).query();
    }

    @Test
    void theOfferSaysWhenTheBackupIsFromAndRestoreBringsTheEditionBack(FxRobot robot) throws Exception {
        DatabaseDamagedException damage = damagedDatabase();
        BackupFile backup = DatabaseRestore.newestUsable(location()).orElseThrow();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(backup.time().atZone(ZoneId.systemDefault()));

        CompletableFuture<Boolean> started = offer(damage, backup);
        TestWindow.waitUntilShowing(robot, "#restore-offer");
        DialogPane offer = robot.lookup("#restore-offer").queryAs(DialogPane.class);
        assertThat(offer.getHeaderText()).isEqualTo(text.get("restore.header"));
        assertThat(offer.getContentText()).contains("the database file is empty (0 bytes)").contains(when);
        robot.clickOn(button(robot, "restore-offer", text.get("restore.restore")));

        TestWindow.waitUntilShowing(robot, "#restore-report");
        DialogPane report = robot.lookup("#restore-report").queryAs(DialogPane.class);
        assertThat(report.getHeaderText()).isEqualTo(text.format("restore.done.header", when));
        Path kept;
        try (var files = Files.list(dataDir)) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("copydesk-damaged-")
                    && p.getFileName().toString().endsWith(".mv.db")).findFirst().orElseThrow();
        }
        assertThat(report.getContentText()).contains(text.format("restore.done.kept", kept.toString()));
        assertThat(kept).isEmptyFile();
        robot.clickOn(robot.lookup("#restore-report .button").<Button>query());

        assertThat(started.get(30, TimeUnit.SECONDS)).isTrue();
        try (Database db = Database.open(location())) {
            assertThat(db.repository().loadEdition(FixtureEdition.content().edition().id()))
                    .contains(FixtureEdition.content());
        }
    }

    @Test
    void quitLeavesTheDamagedFileWhereItIs(FxRobot robot) throws Exception {
        DatabaseDamagedException damage = damagedDatabase();
        BackupFile backup = DatabaseRestore.newestUsable(location()).orElseThrow();

        CompletableFuture<Boolean> started = offer(damage, backup);
        TestWindow.waitUntilShowing(robot, "#restore-offer");
        robot.clickOn(button(robot, "restore-offer", text.get("restore.quit")));

        assertThat(started.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(dataDir.resolve("copydesk.mv.db")).isEmptyFile();
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("copydesk-damaged-"));
        }
    }
}
