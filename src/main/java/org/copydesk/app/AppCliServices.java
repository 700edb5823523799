package org.copydesk.app;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.copydesk.cli.CliServices;
import org.copydesk.desk.Desk;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseCredentials;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.PageComposer;

/** The CLI's services: the database named by --db / COPYDESK_DB / the default folder, and the desk. */
final class AppCliServices implements CliServices {
    private final Map<String, String> environment;
    private Desk desk;
    /** The database this run opened: the composer sets type as its paper's settings say. */
    private EditionRepository opened;

    AppCliServices(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public OpenedRepository openRepository(Optional<String> dbOption) {
        return open(dbOption, Database::open);
    }

    @Override
    public OpenedRepository openRepositoryToRead(Optional<String> dbOption) {
        return open(dbOption, Database::openToRead);
    }

    private OpenedRepository open(Optional<String> dbOption,
                                  BiFunction<DatabaseLocation, Optional<DatabaseCredentials>, Database> opening) {
        OpenedRepository repository = CliServices.owned(opening.apply(DatabaseLocation.resolve(dbOption, environment),
                DatabaseCredentials.fromEnvironment(environment)));
        opened = repository.repository();
        return repository;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
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
            desk = Wiring.desk(() -> Optional.ofNullable(opened));
        }
        return desk;
    }
}
