package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.desk.WordStyleService;
import org.copydesk.i18n.Words;
import org.copydesk.model.WordStyleRole;
import org.copydesk.model.WordStyles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk word-styles show|set NAME ROLE|remove NAME|reset}: the paper's table from Word
 * style names to story roles, which {@code import} reads Word and WPS documents with.
 */
@Command(name = "word-styles", mixinStandardHelpOptions = true,
        description = "Show or change the table from Word style names to story roles (kicker, headline, subtitle, "
                + "subhead, body, byline, caption, ignore) used when importing Word and WPS documents.",
        subcommands = {WordStylesCommand.Show.class, WordStylesCommand.Set.class, WordStylesCommand.Remove.class,
                WordStylesCommand.Reset.class})
final class WordStylesCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(WordStylesCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.required"));
    }

    WordStyleService service() {
        return root.desk().wordStyles();
    }

    /** One style a line: the name, then its role's code and the role in the user's language. */
    static void print(PrintWriter out, WordStyles styles) {
        styles.entries().forEach((name, role) -> out.println(WORDS.format("wordStyles.line",
                TerminalText.visible(name), role.code(), roleName(role))));
        out.flush();
    }

    private static String roleName(WordStyleRole role) {
        return switch (role) {
            case KICKER -> WORDS.format("wordStyles.role.kicker");
            case HEADLINE -> WORDS.format("wordStyles.role.headline");
            case SUBTITLE -> WORDS.format("wordStyles.role.subtitle");
            case SUBHEAD -> WORDS.format("wordStyles.role.subhead");
            case BODY -> WORDS.format("wordStyles.role.body");
            case BYLINE -> WORDS.format("wordStyles.role.byline");
            case CAPTION -> WORDS.format("wordStyles.role.caption");
            case IGNORE -> WORDS.format("wordStyles.role.ignore");
        };
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the table.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        WordStylesCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), parent.service().load(parent.root.repository()));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Map a Word style name to a role.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        WordStylesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the style's name as Word or WPS shows it, e.g. 标题 1")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE",
                description = "kicker, headline, subtitle, subhead, body, byline, caption or ignore")
        String role;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), parent.service().set(parent.root.repository(), name, role));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Take a style name out of the table; its paragraphs are then read as body text.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        WordStylesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), parent.service().remove(parent.root.repository(), name));
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Put the built-in table back.")
    static final class Reset implements Callable<Integer> {
        @ParentCommand
        WordStylesCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), parent.service().reset(parent.root.repository()));
            return 0;
        }
    }
}
