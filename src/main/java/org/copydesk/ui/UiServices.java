package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.copydesk.desk.Desk;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.PageComposer;

/**
 * What the desktop client is given by {@code app.Main}: the opened store, the desk's services, where the
 * data lives (for the status bar), the executor that runs store work off the FX thread, and the
 * database backup when the database can make one (embedded H2; absent hides File > Backup).
 */
public record UiServices(EditionRepository repository, Desk desk, String databaseDescription,
                         Executor background, Optional<DatabaseBackup> backup) {
    public UiServices {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(desk, "desk");
        databaseDescription = databaseDescription == null ? "" : databaseDescription;
        Objects.requireNonNull(background, "background");
        backup = backup == null ? Optional.empty() : backup;
    }

    /** Services without a backup (File > Backup is not offered), with the desk around {@code composer}. */
    public UiServices(EditionRepository repository, PageComposer composer, String databaseDescription,
                      Executor background) {
        this(repository, Desk.around(composer), databaseDescription, background, Optional.empty());
    }

    /** The one composition engine, the desk's. */
    public PageComposer composer() {
        return desk.composer();
    }
}
