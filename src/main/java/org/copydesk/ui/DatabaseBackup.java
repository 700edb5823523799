package org.copydesk.ui;

import java.nio.file.Path;

/** Writes a verified copy of the open database to a zip file (the store's online backup). */
@FunctionalInterface
public interface DatabaseBackup {
    void backupTo(Path zip);
}
