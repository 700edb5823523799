package org.copydesk.app;

import java.util.Map;
import java.util.Optional;
import org.copydesk.cli.CliServices;
import org.copydesk.desk.Desk;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.PageComposer;

/** The CLI's services: the database named by --db / COPYDESK_DB / the default folder, and the desk. */
final class AppCliServices implements CliServices {
    private final Map<String, String> environment;
    private Desk desk;

    AppCliServices(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public OpenedRepository openRepository(Optional<String> dbOption) {
        return CliServices.owned(Database.open(DatabaseLocation.resolve(dbOption, environment)));
    }

    @Override
    public DatabaseLocation location(Optional<String> dbOption) {
        return DatabaseLocation.resolve(dbOption, environment);
    }

    @Override
    public PageComposer composer() {
        return desk().composer();
    }

    @Override
    public Desk desk() {
        // The desk makes its composer on first use: commands that never set type do not read the fonts.
        if (desk == null) {
            desk = Wiring.desk();
        }
        return desk;
    }
}
