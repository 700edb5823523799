package org.copydesk.cli;

import java.util.Optional;
import org.copydesk.desk.Desk;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.PageComposer;

/**
 * What commands need from the application, given to the root command by {@code app.Main} (tests
 * give their own). Keeps commands free of wiring and of any global state.
 */
public interface CliServices {
    /** For the messages of the defaults below. */
    org.copydesk.i18n.Words WORDS = org.copydesk.i18n.Words.ofPackage(CliServices.class);

    /**
     * Opens the database named by {@code --db} (a folder, file or JDBC URL), else by the
     * {@code COPYDESK_DB} environment variable, else the user's default data folder. The
     * repository is closed when the command ends.
     */
    OpenedRepository openRepository(Optional<String> dbOption);

    /**
     * As {@link #openRepository}, for a command that only reads: an application may open the
     * database read-only, which is quicker, and then refuses any write.
     */
    default OpenedRepository openRepositoryToRead(Optional<String> dbOption) {
        return openRepository(dbOption);
    }

    PageComposer composer();

    /**
     * The desk's services around {@link #composer()}, which they ask for only when an operation sets
     * type; an application builds them once and returns the same each time.
     */
    default Desk desk() {
        return Desk.lazily(this::composer);
    }

    /**
     * Where {@code --db}, else {@code COPYDESK_DB}, else the default folder points, without opening
     * it (for {@code restore}, which works on a database that does not open).
     */
    default DatabaseLocation location(Optional<String> dbOption) {
        return DatabaseLocation.resolve(dbOption, System.getenv());
    }

    /** The environment the run sees ({@code COPYDESK_USER}, {@code COPYDESK_DB} …). */
    default java.util.Map<String, String> environment() {
        return System.getenv();
    }

    /** A repository and what to close when done with it. */
    interface OpenedRepository extends AutoCloseable {
        EditionRepository repository();

        /** For messages: where the data lives. */
        String description();

        /**
         * Writes a verified copy of the open database to {@code zip} (embedded H2 only); refused for
         * a repository this command did not open itself.
         */
        default void backupTo(java.nio.file.Path zip) {
            throw new org.copydesk.store.StoreException(WORDS.format("backup.notHere", description()));
        }

        @Override
        void close();
    }

    /** A database this command opened: closed when the command ends. */
    static OpenedRepository owned(Database database) {
        return new OpenedRepository() {
            @Override
            public EditionRepository repository() {
                return database.repository();
            }

            @Override
            public String description() {
                return database.description();
            }

            @Override
            public void backupTo(java.nio.file.Path zip) {
                database.backupTo(zip);
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }

    /** A repository someone else opened and will close (tests, an embedding application). */
    static OpenedRepository borrowed(EditionRepository repository, String description) {
        return new OpenedRepository() {
            @Override
            public EditionRepository repository() {
                return repository;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void close() {
                // the owner closes it
            }
        };
    }
}
