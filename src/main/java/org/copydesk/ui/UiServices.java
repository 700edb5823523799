package org.copydesk.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.PageComposer;

/**
 * What the desktop client is given by {@code app.Main}: the opened store, the composer, where the
 * data lives (for the status bar), and the executor that runs store work off the FX thread.
 */
public record UiServices(EditionRepository repository, PageComposer composer, String databaseDescription,
                         Executor background) {
    public UiServices {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(composer, "composer");
        databaseDescription = databaseDescription == null ? "" : databaseDescription;
        Objects.requireNonNull(background, "background");
    }
}
