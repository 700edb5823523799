package org.copydesk.app;

import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.store.BackupFile;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseDamagedException;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.DatabaseRestore;
import org.copydesk.store.StoreException;
import org.copydesk.ui.RestoreDialog;
import org.copydesk.ui.StartupErrorDialog;

/**
 * The window's start when the database is damaged: offer the newest backup that opens (Restore /
 * Quit), restore it, and open the restored database; without a backup, say so and stop.
 */
final class DamagedDatabaseStart {
    private static final Words WORDS = Words.ofPackage(DamagedDatabaseStart.class);

    private DamagedDatabaseStart() {
    }

    /** The restored, opened database; empty when the user quit or nothing could be restored. */
    static Optional<Database> offerRestore(DatabaseLocation location, DatabaseDamagedException damage) {
        System.err.println("copydesk: " + damage.getMessage());
        System.err.println("copydesk: " + WORDS.format("start.restoreHint",
                location.directory().map(Object::toString).orElse(location.describe())));
        Optional<BackupFile> backup = DatabaseRestore.newestUsable(location);
        if (backup.isEmpty()) {
            StartupErrorDialog.show(WORDS.format("start.noBackup", damage.getMessage()));
            return Optional.empty();
        }
        boolean restored = RestoreDialog.offerAtStartup(damage.getMessage(), backup.get().time(),
                () -> DatabaseRestore.restore(location, backup.get().file()));
        if (!restored) {
            return Optional.empty();
        }
        try {
            return Optional.of(Database.open(location));
        } catch (StoreException e) {
            System.err.println("copydesk: " + e.getMessage());
            return Optional.empty();
        }
    }
}
