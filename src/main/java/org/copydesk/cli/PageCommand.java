package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.copydesk.desk.PageOperations;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.store.EditionRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk page add|move|name|delete --edition ID ...}: an edition's pages through the desk's
 * {@link org.copydesk.desk.PageOperations}. Pages are renumbered 1..N after each change; each command
 * prints the pages as they are afterwards.
 */
@Command(name = "page", mixinStandardHelpOptions = true,
        description = "Add, move, name or delete a page of an edition; pages are renumbered 1..N.",
        subcommands = {PageCommand.Add.class, PageCommand.Move.class, PageCommand.Name.class, PageCommand.Delete.class})
final class PageCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(PageCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.subcommandRequired"));
    }

    /** A subcommand changing an edition's pages; it prints the pages as they are afterwards. */
    abstract static class PageChange implements Callable<Integer> {
        @ParentCommand
        PageCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        EditionOption edition;

        abstract EditionContent change(PageOperations pages, EditionRepository repository);

        @Override
        public Integer call() {
            return printPages(spec, change(parent.root.desk().pages(), parent.root.repository()));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an empty page.")
    static final class Add extends PageChange {
        @Option(names = "--after", paramLabel = "N", description = "After page N; 0 puts it in front (default: after the last).")
        Integer after;

        @Option(names = "--name", paramLabel = "版名", defaultValue = "", description = "Its section name.")
        String name;

        @Option(names = "--spec", paramLabel = "broadsheet|tabloid|WxH/C", converter = PageSpecNames.class,
                description = "Its page size (default: the page it follows).")
        PageSpec pageSpec;

        @Override
        EditionContent change(PageOperations pages, EditionRepository repository) {
            int position = after != null ? after : parent.root.editionContent(edition.edition).pages().size();
            return pages.add(repository, edition.edition, position, name, Optional.ofNullable(pageSpec));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move page N to become page M.")
    static final class Move extends PageChange {
        @Option(names = "--page", required = true, paramLabel = "N", description = "The page to move.")
        int page;

        @Option(names = "--to", required = true, paramLabel = "M", description = "Its new number.")
        int to;

        @Override
        EditionContent change(PageOperations pages, EditionRepository repository) {
            return pages.move(repository, edition.edition, page, to);
        }
    }

    @Command(name = "name", mixinStandardHelpOptions = true, description = "Give page N a section name (版名).")
    static final class Name extends PageChange {
        @Option(names = "--page", required = true, paramLabel = "N", description = "The page.")
        int page;

        @Option(names = "--name", required = true, paramLabel = "版名", description = "Its section name; \"\" for none.")
        String name;

        @Override
        EditionContent change(PageOperations pages, EditionRepository repository) {
            return pages.rename(repository, edition.edition, page, name);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete page N; the stories and photos on it stay in the edition, unplaced.")
    static final class Delete extends PageChange {
        @Option(names = "--page", required = true, paramLabel = "N", description = "The page to delete.")
        int page;

        @Override
        EditionContent change(PageOperations pages, EditionRepository repository) {
            return pages.delete(repository, edition.edition, page);
        }
    }

    /** The edition's pages afterwards, one line each, as {@code copydesk list --edition} prints them. */
    private static int printPages(CommandLine.Model.CommandSpec spec, EditionContent content) {
        PrintWriter out = spec.commandLine().getOut();
        for (Page page : content.pages()) {
            out.println(WORDS.format("list.page", page.number(), TerminalText.visible(page.section()),
                    TerminalText.visible(page.spec().name())));
        }
        out.flush();
        return 0;
    }
}
