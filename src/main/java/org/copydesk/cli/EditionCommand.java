package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.copydesk.desk.EditionPlanning;
import org.copydesk.i18n.Words;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PageSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk edition new|rename|redate|delete}: planning editions through
 * {@link EditionPlanning}, as the window's Edition menu does.
 */
@Command(name = "edition", mixinStandardHelpOptions = true,
        description = "Create, rename, redate or delete an edition.",
        subcommands = {EditionCommand.New.class, EditionCommand.Rename.class, EditionCommand.Redate.class,
                EditionCommand.Delete.class})
final class EditionCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(EditionCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.subcommandRequired"));
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Create an edition with empty pages 1..N and print its id. Without --number the issue "
                    + "number is one after the highest so far; --like copies an edition's pages (section names and "
                    + "page sizes), not its stories or photos.")
    static final class New implements Callable<Integer> {
        @ParentCommand
        EditionCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Publication date.")
        LocalDate date;

        @Option(names = "--number", paramLabel = "N", description = "Issue number (总第N期).")
        Integer number;

        @Option(names = "--pages", paramLabel = "N",
                description = "Number of pages (default: as many as --like has, else " + EditionPlanning.DEFAULT_PAGES + ").")
        Integer pages;

        @Option(names = "--like", paramLabel = "ID|latest", description = "Copy this edition's page plan.")
        String like;

        @Option(names = "--name", paramLabel = "NAME", description = "The paper's name (default: --like's, else the latest edition's).")
        String name;

        @Option(names = "--spec", paramLabel = "broadsheet|tabloid|WxH/C", converter = PageSpecNames.class,
                description = "Page size of every page (default: --like's, else broadsheet).")
        PageSpec pageSpec;

        @Option(names = "--json", description = "Print the new edition with its pages as JSON.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            CopydeskCommand root = parent.root;
            EditionContent made = root.desk().planning().create(root.repository(), new EditionPlanning.NewEdition(date,
                    number == null ? OptionalInt.empty() : OptionalInt.of(number),
                    pages == null ? OptionalInt.empty() : OptionalInt.of(pages),
                    Optional.ofNullable(like), Optional.ofNullable(name), Optional.ofNullable(pageSpec)));
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? ListCommand.toJson(ListCommand.detail(made)) : made.edition().id() + System.lineSeparator());
            out.flush();
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an edition another name.")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        EditionCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--edition", required = true, paramLabel = "ID|latest", description = "The edition.")
        String edition;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its new name.")
        String name;

        @Override
        public Integer call() {
            Edition renamed = parent.root.desk().planning().rename(parent.root.repository(), edition, name);
            print(spec, WORDS.format("edition.changed", describe(renamed)));
            return 0;
        }
    }

    @Command(name = "redate", mixinStandardHelpOptions = true,
            description = "Give an edition another publication date and, with --number, another issue number.")
    static final class Redate implements Callable<Integer> {
        @ParentCommand
        EditionCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--edition", required = true, paramLabel = "ID|latest", description = "The edition.")
        String edition;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Its new date.")
        LocalDate date;

        @Option(names = "--number", paramLabel = "N", description = "Its new issue number (总第N期).")
        Integer number;

        @Override
        public Integer call() {
            Edition redated = parent.root.desk().planning().redate(parent.root.repository(), edition, date,
                    number == null ? OptionalInt.empty() : OptionalInt.of(number));
            print(spec, WORDS.format("edition.changed", describe(redated)));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an edition with its pages, stories and photos. Refused while a story in it is "
                    + "signed off, unless --force.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        EditionCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--edition", required = true, paramLabel = "ID", description = "The edition.")
        String edition;

        @Option(names = "--force", description = "Delete even when stories in it are signed off.")
        boolean force;

        @Override
        public Integer call() {
            Edition gone = parent.root.edition(edition);
            parent.root.desk().planning().delete(parent.root.repository(), gone.id(), force);
            print(spec, WORDS.format("edition.deleted", describe(gone)));
            return 0;
        }
    }

    private static String describe(Edition e) {
        return WORDS.format("edition.describe", TerminalText.visible(e.name()), e.publicationDate().toString(),
                e.issueNumber(), TerminalText.visible(e.id()));
    }

    static void print(CommandLine.Model.CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
