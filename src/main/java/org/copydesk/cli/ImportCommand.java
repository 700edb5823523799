package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.desk.CopyInOptions;
import org.copydesk.desk.ImportRefusedException;
import org.copydesk.desk.ImportReport;
import org.copydesk.i18n.Words;
import org.copydesk.typeset.TextLength;
import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code copydesk import FILE... [--edition ID|latest]}: reads story text files into an edition.
 * Every file is read and checked before anything is written, and all stories are saved in one
 * transaction, so one bad file, a database error or a killed process imports nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import story text files (UTF-8, GB18030/GBK or Big5; see docs/story-format.md) into an "
                + "edition. Nothing is imported unless every file is valid.")
final class ImportCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(ImportCommand.class);

    @CommandLine.ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Story files (.md or .txt), Word or WPS documents (.docx, .doc, .wps).")
    List<Path> files;

    @Option(names = "--edition", paramLabel = "ID|latest", defaultValue = "latest",
            description = "Edition to add the stories to (default: ${DEFAULT-VALUE}).")
    String edition;

    @Option(names = "--split", description = "Split the FILE, a text of many stories (a wire file, a page's text), "
            + "into stories and print the proposal; see docs/decisions/0017-page-text-splitter.md.")
    boolean split;

    @Option(names = "--json", description = "With --split: print the proposal as JSON.")
    boolean json;

    @Option(names = "--save", description = "With --split: store the stories (without it nothing is written).")
    boolean save;

    @Option(names = "--fix-punctuation",
            description = "Make ASCII punctuation inside Chinese text full-width (，。：？（）“” ...; GB/T 15834-2011); "
                    + "numbers, times, addresses and Latin sentences are left alone.")
    boolean fixPunctuation;

    @Override
    public Integer call() throws Exception {
        if (split || json || save) {
            return splitOne();
        }
        Edition target = root.edition(edition);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> saved;
        ImportReport report;
        try {
            report = root.desk().storyImport().importWithReport(root.repository(), target.id(), files,
                    new CopyInOptions(fixPunctuation));
            saved = report.stories();
        } catch (ImportRefusedException e) {
            e.problems().forEach(problem -> err.println(TerminalText.visible(problem)));
            throw e;
        }
        for (Article article : saved) {
            out.println(WORDS.format("import.story", article.id(), TerminalText.visible(article.headline()),
                    TextLength.of(article.body()).zi()));
        }
        out.flush();
        // What did not come in as it stood (a Word table, comments, a bad picture, punctuation fixed, a
        // story in the other script): on stderr, so stdout stays one line per story for scripts.
        report.notes().forEach(note -> err.println(WORDS.format("import.note", TerminalText.visible(note))));
        err.flush();
        return 0;
    }

    private int splitOne() throws Exception {
        if (!split || files.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format(split ? "split.oneFile" : "split.only"));
        }
        return new SplitImport(root, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(files.get(0), edition, json, save);
    }
}
