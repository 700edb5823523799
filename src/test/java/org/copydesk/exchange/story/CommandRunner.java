package org.copydesk.exchange.story;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.copydesk.cli.CliServices;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.PageComposer;
import picocli.CommandLine;

/** Runs a copydesk command line against a given repository and captures what it prints. */
public final class CommandRunner {
    public record Result(int exitCode, String out, String err) {
    }

    private CommandRunner() {
    }

    public static Result run(EditionRepository repository, String... args) {
        CliServices services = new CliServices() {
            @Override
            public OpenedRepository openRepository(Optional<String> dbOption) {
                return new OpenedRepository() {
                    @Override
                    public EditionRepository repository() {
                        return repository;
                    }

                    @Override
                    public String description() {
                        return "memory";
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public PageComposer composer() {
                throw new UnsupportedOperationException("no composer in these tests");
            }
        };
        CommandLine cli = CopydeskCommand.commandLine(services);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
