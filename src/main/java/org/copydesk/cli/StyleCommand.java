package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.copydesk.desk.PaperSettingsService;
import org.copydesk.i18n.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk style show|set FILE|reset}: the paper's house style (each kind of text's face,
 * pitch, indent and alignment, and the dateline's face) as JSON, stored with the paper's settings.
 */
@Command(name = "style", mixinStandardHelpOptions = true,
        description = "Show, change or reset the paper's house style (JSON: each line role's face, pitch, indent, alignment).",
        subcommands = {StyleCommand.Show.class, StyleCommand.Set.class, StyleCommand.Reset.class})
final class StyleCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(StyleCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.required"));
    }

    PaperSettingsService service() {
        return root.desk().paperSettings();
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the house style the paper sets type in, as JSON (the built-in one when none is stored).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        StyleCommand style;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PaperSettingsService service = style.service();
            PrintWriter out = spec.commandLine().getOut();
            out.println(service.houseStyleJson(service.houseStyle(style.root.repository())));
            out.flush();
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Check a house style JSON file and store it; what it leaves out keeps the built-in value. "
                    + "Nothing changes when it is refused.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        StyleCommand style;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 JSON, as 'copydesk style show' prints it")
        Path file;

        @Override
        public Integer call() throws IOException {
            style.service().saveHouseStyle(style.root.repository(), file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(WORDS.format("style.saved", TerminalText.visible(file),
                    TerminalText.visible(style.root.databaseDescription())));
            out.println(WORDS.format("style.applies"));
            out.flush();
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Forget the stored house style: the paper sets type in the built-in one again.")
    static final class Reset implements Callable<Integer> {
        @ParentCommand
        StyleCommand style;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            style.service().resetHouseStyle(style.root.repository());
            PrintWriter out = spec.commandLine().getOut();
            out.println(WORDS.format("style.reset", TerminalText.visible(style.root.databaseDescription())));
            out.println(WORDS.format("style.applies"));
            out.flush();
            return 0;
        }
    }
}
