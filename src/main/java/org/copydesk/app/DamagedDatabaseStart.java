package org.copydesk.app;

import java.util.Optional;
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
    private DamagedDatabaseStart() {
    }

    /** The restored, opened database; empty when the user quit or nothing could be restored. */
    static Optional<Database> offerRestore(DatabaseLocation location, DatabaseDamagedException damage) {
        System.err.println("copydesk: " + damage.getMessage());
        System.err.println("copydesk: to put the newest backup in its place (the damaged file is kept), run:"
                + " copydesk --db " + location.directory().map(Object::toString).orElse(location.describe())
                + " restore --latest");
        Optional<BackupFile> backup = DatabaseRestore.newestUsable(location);
        if (backup.isEmpty()) {
            StartupErrorDialog.show(damage.getMessage() + "; there is no backup of it that opens");
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
