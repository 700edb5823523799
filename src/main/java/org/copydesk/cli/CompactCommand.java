package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.store.DatabaseCompaction;
import org.copydesk.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk compact}: gives back the space the embedded database file no longer uses, offline
 * (decision 0039): a backup first, a compacted copy beside the file, compared with the database
 * table by table, then renamed into place. Like {@code restore} it works on the closed file, so it
 * never opens the database through the root command.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Give back the space the embedded database file no longer uses (close every Copydesk first).",
                "Takes a backup, writes a compacted copy beside the file, compares it with the database table by table,"
                        + " and only then renames it into place. A PostgreSQL server reclaims its space itself."})
public final class CompactCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(CompactCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--progress", description = "Print a line per step to stderr (the default when stderr is a terminal).")
    boolean progress;

    @Override
    public Integer call() {
        DatabaseLocation location = root.services().location(Optional.ofNullable(root.db));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatabaseCompaction.Progress steps = progress || ProgressLines.stderrIsTerminal()
                ? new Steps(err, location.describe()) : DatabaseCompaction.Progress.NONE;
        DatabaseCompaction.Report report = DatabaseCompaction.compact(location, steps);
        out.println(WORDS.format("compact.done", TerminalText.visible(report.file()), megabytes(report.sizeBefore()),
                megabytes(report.sizeAfter()), report.took().toMillis() / 1000.0));
        out.println(WORDS.format("compact.checked", report.tables(), report.rows()));
        out.println(WORDS.format("compact.backup", TerminalText.visible(report.backup().file())));
        out.flush();
        return 0;
    }

    private static double megabytes(long bytes) {
        return bytes / 1_048_576.0;
    }

    /** A line on stderr as each step starts, and a count of the tables compared. */
    private static final class Steps implements DatabaseCompaction.Progress {
        private final PrintWriter err;
        private final String file;
        private final ProgressLines tables;

        Steps(PrintWriter err, String file) {
            this.err = err;
            this.file = TerminalText.visible(file);
            this.tables = new ProgressLines(err, WORDS.format("compact.progress.tables"), List.of());
        }

        @Override
        public void step(DatabaseCompaction.Step step) {
            err.println(switch (step) {
                case BACK_UP -> WORDS.format("compact.step.backUp", file);
                case COPY -> WORDS.format("compact.step.copy", file);
                case COMPARE -> WORDS.format("compact.step.compare");
                case INSTALL -> WORDS.format("compact.step.install", file);
            });
            err.flush();
        }

        @Override
        public void tableCompared(int done, int total) {
            tables.pageDone(done, total);
        }
    }
}
