package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.desk.Desk;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.store.DatabaseDamagedException;
import org.copydesk.store.EditionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The root command: {@code copydesk [--db PATH|URL] <command>}. Subcommands reach the database and
 * the composer through it, opened once per run.
 */
@Command(name = "copydesk", mixinStandardHelpOptions = true, version = "Copydesk 0.1",
        description = "Copydesk newsroom tools: make up, check and export Chinese newspaper pages.")
public final class CopydeskCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(CopydeskCommand.class);
    /** The start of a line that belongs to no one command. */
    private static final String PROGRAM = "copydesk: ";

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Database folder, file or JDBC URL (default: COPYDESK_DB, then the user's data folder).")
    String db;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Who is working (default: COPYDESK_USER, then the system's user name); stage moves are "
                    + "checked against their role and recorded with their name. On a shared server: your database user.")
    String user;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliServices services;
    private Desk desk;
    private CliServices.OpenedRepository opened;
    private boolean onlyReads;

    public CopydeskCommand(CliServices services) {
        this.services = Objects.requireNonNull(services);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.required"));
    }

    /**
     * The database for this run, opened on first use, acting as the person {@code --user} (else
     * {@code COPYDESK_USER}) names; an unknown name is refused before any command runs.
     */
    public EditionRepository repository() {
        if (opened == null) {
            opened = onlyReads ? services.openRepositoryToRead(Optional.ofNullable(db))
                    : services.openRepository(Optional.ofNullable(db));
            EditionRepository repository = opened.repository();
            new RunPerson(services.environment()).identify(desk().people(), repository, Optional.ofNullable(user))
                    .ifPresent(repository::actAs);
        }
        return opened.repository();
    }

    /**
     * Says this run only reads the database, before it is first used: it is then opened read-only
     * where the application can ({@link CliServices#openRepositoryToRead}).
     */
    public void onlyReads() {
        onlyReads = true;
    }

    /** Writes a verified copy of this run's database to {@code zip} (embedded H2 only). */
    public void backupTo(java.nio.file.Path zip) {
        repository();
        opened.backupTo(zip);
    }

    public String databaseDescription() {
        repository();
        return opened.description();
    }

    public CliServices services() {
        return services;
    }

    /** The desk's services for this run of the command, asked of the application once. */
    public Desk desk() {
        if (desk == null) {
            desk = services.desk();
        }
        return desk;
    }

    /** Resolves an edition argument: an id, or {@code latest} for the newest edition. */
    public Edition edition(String idOrLatest) {
        return desk().editions().find(repository(), idOrLatest);
    }

    /** The pages, articles and photos of the edition {@code idOrLatest} names. */
    public EditionContent editionContent(String idOrLatest) {
        return desk().editions().load(repository(), idOrLatest);
    }

    void closeRepository() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine(CliServices services) {
        CommandLine cli = new CommandLine(new CopydeskCommand(services));
        CliCommands.register(cli);
        cli.setExecutionExceptionHandler(CopydeskCommand::reportFailure);
        return cli;
    }

    /** The command line for one run: only the subcommand {@code args} name is registered (see {@link CliCommands}). */
    static CommandLine commandLineFor(CliServices services, String... args) {
        CommandLine cli = new CommandLine(new CopydeskCommand(services));
        CliCommands.register(cli, args);
        cli.setExecutionExceptionHandler(CopydeskCommand::reportFailure);
        return cli;
    }

    /**
     * Runs a command line and returns its exit code: 0 ok, 1 findings or failure, 2 usage.
     * Failures are printed to stderr as one clear line.
     */
    public static int execute(CliServices services, String... args) {
        CommandLine cli = commandLineFor(services, args);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Limits are meant to refuse work that cannot fit before it starts; if one was missed, say so in one line.
            cli.getErr().println(PROGRAM + outOfMemoryMessage());
            code = 1;
        }
        try {
            ((CopydeskCommand) cli.getCommand()).closeRepository();
        } catch (RuntimeException e) {
            // A close that fails (a full disk) is never a stack trace, and after a failed command
            // not even a second line: the cause was already reported. The log keeps it.
            org.slf4j.LoggerFactory.getLogger(CopydeskCommand.class).debug("closing the database failed", e);
            if (code == 0) {
                cli.getErr().println(PROGRAM + messageOf(e));
                code = 1;
            }
        }
        cli.getErr().flush();
        return code;
    }

    /** For a missed memory limit, in the CLI and the window alike. */
    public static String outOfMemoryMessage() {
        return WORDS.format("memory.exhausted", Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * The failure in words, as one line ({@link TerminalText#visible} escapes line ends too). Our
     * own exceptions already speak the user's language; a file error straight from the JDK does not.
     */
    private static String messageOf(Exception e) {
        String message;
        if (e instanceof IOException io) {
            message = FileErrorText.describe(io);
        } else if (e instanceof UncheckedIOException io) {
            message = FileErrorText.describe(io.getCause());
        } else if (e.getMessage() == null) {
            message = WORDS.format("failure.unexplained", e.getClass().getSimpleName());
        } else {
            message = e.getMessage();
        }
        return TerminalText.visible(message);
    }

    private static int reportFailure(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        // "copydesk import: ..." is the program's name and the command's, as Unix tools print them, in any
        // language; a subcommand's whole name ("copydesk page delete", "copydesk style set") says which spoke.
        err.println(cli.getCommandSpec().qualifiedName() + ": " + messageOf(e));
        if (e instanceof DatabaseDamagedException) {
            // The one case with a second line: the remedy, with the user's own --db.
            String db = parseResult.matchedOptionValue("--db", (String) null);
            err.println(PROGRAM + WORDS.format("damaged.remedy",
                    "copydesk " + (db == null ? "" : "--db " + TerminalText.visible(db) + " ") + "restore --latest"));
        }
        org.slf4j.LoggerFactory.getLogger(CopydeskCommand.class).debug("command failed", e);
        return 1;
    }
}
