package org.copydesk.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.desk.PhotoImport;
import org.copydesk.i18n.Words;
import org.copydesk.model.Edition;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.ExportProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code copydesk import-photo FILE_OR_FOLDER... --edition ID [--json]}: brings photo files into an
 * edition through the desk's {@link PhotoImport}, each file on its own: the new photos' ids go to
 * stdout, duplicates are named with the photo they repeat, refused files go to stderr with the
 * reason, and the exit code is 1 when any file was refused.
 */
@Command(name = "import-photo", mixinStandardHelpOptions = true,
        description = "Import photos (JPEG incl. CMYK, PNG, TIFF; folders searched) into an edition, each file on "
                + "its own; caption and credit are prefilled from IPTC/XMP. Exit 1 when a file is refused.")
final class ImportPhotoCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(ImportPhotoCommand.class);

    @CommandLine.ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Photo files, or folders of them.")
    List<Path> files;

    @Option(names = "--edition", required = true, paramLabel = "ID|latest", description = "Edition to add the photos to.")
    String edition;

    @Option(names = "--json", description = "Print what became of each file as JSON.")
    boolean json;

    @Option(names = "--progress", description = "Print a line per file to stderr (the default when stderr is a terminal).")
    boolean progress;

    /** One file's outcome in the JSON: {@code result} is imported, duplicate or refused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileJson(String file, String result, String id, String duplicateOf, String message, Integer widthPx,
                    Integer heightPx, Integer orientation, String caption, String photographer, String credit) {
    }

    record ReportJson(String editionId, int imported, int duplicates, int refused, List<FileJson> files) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Edition target = root.edition(edition);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportProgress lines = progress || ProgressLines.stderrIsTerminal()
                ? new ProgressLines(err, WORDS.format("importPhoto.progress"), List.of()) : ExportProgress.NONE;
        PhotoImport.Report report = root.desk().photoImport().importFiles(root.repository(), target.id(), files,
                (outcome, done, total) -> lines.pageDone(done, total));
        if (json) {
            out.print(ListCommand.toJson(new ReportJson(target.id(), report.imported().size(), report.duplicates().size(),
                    report.refused().size(), report.outcomes().stream().map(ImportPhotoCommand::json).toList())));
        } else {
            for (PhotoImport.Outcome outcome : report.outcomes()) {
                if (outcome instanceof PhotoImport.Imported imported) {
                    Photo p = imported.photo();
                    out.println(WORDS.format("importPhoto.imported", p.id(), TerminalText.visible(outcome.file().toString()),
                            p.widthPx(), p.heightPx(), TerminalText.visible(p.caption().printed())));
                } else if (outcome instanceof PhotoImport.Duplicate duplicate) {
                    out.println(WORDS.format("importPhoto.duplicate", TerminalText.visible(outcome.file().toString()),
                            duplicate.existingId(), TerminalText.visible(duplicate.existingFileName())));
                }
            }
            out.println(WORDS.format("importPhoto.summary", report.imported().size(), report.duplicates().size(),
                    report.refused().size()));
        }
        report.refused().forEach(r -> err.println(WORDS.format("importPhoto.refused", TerminalText.visible(r.message()))));
        out.flush();
        err.flush();
        return report.refused().isEmpty() ? 0 : 1;
    }

    private static FileJson json(PhotoImport.Outcome outcome) {
        String file = outcome.file().toString();
        if (outcome instanceof PhotoImport.Imported imported) {
            Photo p = imported.photo();
            return new FileJson(file, "imported", p.id(), null, null, p.widthPx(), p.heightPx(), p.orientation(),
                    p.caption().text(), p.caption().photographer(), p.caption().credit());
        }
        if (outcome instanceof PhotoImport.Duplicate duplicate) {
            return new FileJson(file, "duplicate", null, duplicate.existingId(), null, null, null, null, null, null, null);
        }
        return new FileJson(file, "refused", null, null, ((PhotoImport.Refused) outcome).message(),
                null, null, null, null, null, null);
    }
}
