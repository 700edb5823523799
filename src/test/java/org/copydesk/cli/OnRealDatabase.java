package org.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.PageComposer;
import picocli.CommandLine;

/**
 * Runs a command line as {@code copydesk} does, on the real embedded database {@code --db} names:
 * for the commands that work on the database file itself (backup, restore, compact) and the
 * {@code list} that checks what they left. No composer: those commands set no type.
 */
final class OnRealDatabase {
    private OnRealDatabase() {
    }

    static CommandRunner.Result run(String... args) {
        CliServices services = new CliServices() {
            @Override
            public OpenedRepository openRepository(Optional<String> dbOption) {
                return CliServices.owned(Database.open(location(dbOption)));
            }

            @Override
            public DatabaseLocation location(Optional<String> dbOption) {
                return DatabaseLocation.resolve(dbOption, Map.of());
            }

            @Override
            public PageComposer composer() {
                throw new IllegalStateException("the database commands set no type");
            }
        };
        CommandLine cli = CopydeskCommand.commandLineFor(services, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try {
            return new CommandRunner.Result(cli.execute(args), out.toString(), err.toString());
        } finally {
            ((CopydeskCommand) cli.getCommand()).closeRepository();
        }
    }
}
