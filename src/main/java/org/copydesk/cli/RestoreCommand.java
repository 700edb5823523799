package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.store.BackupFile;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.DatabaseRestore;
import org.copydesk.store.RestoreReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk restore --latest | FILE}: puts a backup in place of the embedded database, keeping
 * the damaged file aside and reading back the work saved after the backup where it can. Works on a
 * database that does not open, so it never opens it through the root command.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup in place of the database (e.g. after it was damaged).",
                "The current file is kept beside it as copydesk-damaged-TIME.mv.db; stories saved after the backup"
                        + " are read back from it where possible. Without arguments, lists the backups."})
public final class RestoreCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(RestoreCommand.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--latest", description = "Restore the newest backup that opens.")
    boolean latest;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A backup zip to restore.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseLocation location = root.services().location(Optional.ofNullable(root.db));
        if (latest == (file != null)) {
            if (latest) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("restore.both"));
            }
            listBackups(out, location);
            return 2;
        }
        RestoreReport report = latest ? DatabaseRestore.restoreLatest(location) : DatabaseRestore.restore(location, file);
        out.println(WORDS.format("restore.restored", TerminalText.visible(location.describe()),
                TerminalText.visible(report.backup().file())));
        out.println(WORDS.format("restore.dataFrom", local(report.backup()), ZoneId.systemDefault().getId()));
        report.damagedKeptAs().ifPresent(p -> out.println(WORDS.format("restore.kept", TerminalText.visible(p))));
        out.println(WORDS.format("restore.recovered", report.revisionsRecovered(), report.articlesRecovered(),
                report.editionsRecovered(), TerminalText.visible(report.recovery())));
        out.flush();
        return 0;
    }

    private static String local(BackupFile backup) {
        return TIME.format(backup.time().atZone(ZoneId.systemDefault()));
    }

    private static void listBackups(PrintWriter out, DatabaseLocation location) {
        List<BackupFile> backups = DatabaseRestore.backups(location);
        if (backups.isEmpty()) {
            out.println(WORDS.format("restore.none", TerminalText.visible(location.describe())));
        } else {
            out.println(WORDS.format("restore.list", TerminalText.visible(location.describe()), ZoneId.systemDefault().getId()));
            backups.forEach(b -> out.printf("  %s  %s%n", local(b), TerminalText.visible(b.file())));
        }
        out.println(WORDS.format("restore.how"));
        out.flush();
    }
}
