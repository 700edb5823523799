package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.desk.CopyInOptions;
import org.copydesk.desk.ImportRefusedException;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Story files (.md or .txt).")
    List<Path> files;

    @Option(names = "--edition", paramLabel = "ID|latest", defaultValue = "latest",
            description = "Edition to add the stories to (default: ${DEFAULT-VALUE}).")
    String edition;

    @Option(names = "--fix-punctuation",
            description = "Make ASCII punctuation inside Chinese text full-width (，。：？（）“” ...; GB/T 15834-2011); "
                    + "numbers, times, addresses and Latin sentences are left alone.")
    boolean fixPunctuation;

    @Override
    public Integer call() {
        Edition target = root.edition(edition);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> saved;
        try {
            var report = root.desk().storyImport().importFiles(root.repository(), target.id(), files,
                    new CopyInOptions(fixPunctuation));
            saved = report.articles();
            report.notes().forEach(note -> err.println(TerminalText.visible(note)));
            err.flush();
        } catch (ImportRefusedException e) {
            e.problems().forEach(problem -> err.println(TerminalText.visible(problem)));
            throw e;
        }
        for (Article article : saved) {
            out.println(WORDS.format("import.story", article.id(), TerminalText.visible(article.headline()),
                    TextLength.of(article.body()).zi()));
        }
        out.flush();
        return 0;
    }
}
