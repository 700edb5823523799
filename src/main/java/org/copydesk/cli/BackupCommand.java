package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk backup [FILE]}: a consistent copy of the embedded database while it may be in use,
 * checked by opening the copy before it takes the file's name. A PostgreSQL database is refused with
 * a pointer to pg_dump (docs/reliability.md).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a verified backup of the embedded database to FILE (a .zip).",
                "Default: copydesk-backup-DATE-TIME.zip in the current folder. Restore it with 'copydesk restore FILE'."})
public final class BackupCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(BackupCommand.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The backup zip to write.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Path zip = (file != null ? file : Path.of("copydesk-backup-" + STAMP.format(LocalDateTime.now()) + ".zip"))
                .toAbsolutePath().normalize();
        if (Files.isDirectory(zip)) {
            zip = zip.resolve("copydesk-backup-" + STAMP.format(LocalDateTime.now()) + ".zip");
        }
        root.backupTo(zip);
        PrintWriter out = spec.commandLine().getOut();
        out.println(WORDS.format("backup.written", TerminalText.visible(root.databaseDescription()),
                TerminalText.visible(zip), Files.size(zip)));
        out.println(WORDS.format("backup.restoreWith", TerminalText.visible(zip)));
        out.flush();
        return 0;
    }
}
