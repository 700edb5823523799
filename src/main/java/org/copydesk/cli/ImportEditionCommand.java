package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk import-edition FILE.edition}: validates the whole package first, then inserts the
 * edition in one transaction; a refused package changes nothing.
 */
@Command(name = "import-edition", mixinStandardHelpOptions = true,
        description = "Import an .edition package into the database (validated fully first; nothing is written on any problem).")
public final class ImportEditionCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(ImportEditionCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.edition", description = "The edition package.")
    Path packageFile;

    @Override
    public Integer call() {
        EditionPackageReader.Contents read = new EditionPackageReader().readWithNotes(packageFile);
        EditionContent content = read.content();
        // The notes on its stories come in with the edition, in the same transaction.
        root.repository().insertEdition(content, read.notes());
        PrintWriter out = spec.commandLine().getOut();
        out.println(WORDS.format("importEdition.done",
                TerminalText.visible(content.edition().name()), content.edition().publicationDate().toString(),
                TerminalText.visible(content.edition().id()), content.pages().size(),
                content.articles().size(), content.photos().size(), TerminalText.visible(root.databaseDescription())));
        out.flush();
        return 0;
    }
}
