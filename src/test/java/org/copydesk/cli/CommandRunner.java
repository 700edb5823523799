package org.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.PageComposer;
import picocli.CommandLine;

/** Runs a copydesk command line against a given repository and captures what it prints. */
public final class CommandRunner {
    public record Result(int exitCode, String out, String err) {
    }

    private CommandRunner() {
    }

    /** For commands that set no type. */
    public static Result run(EditionRepository repository, String... args) {
        return run(repository, null, args);
    }

    public static Result run(EditionRepository repository, PageComposer composer, String... args) {
        CliServices services = new CliServices() {
            @Override
            public OpenedRepository openRepository(Optional<String> dbOption) {
                return CliServices.borrowed(repository, "test database");
            }

            @Override
            public PageComposer composer() {
                if (composer == null) {
                    throw new IllegalStateException("this test gave the command no composer");
                }
                return composer;
            }
        };
        // As a real run builds it: only the named command registered.
        CommandLine cli = CopydeskCommand.commandLineFor(services, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
