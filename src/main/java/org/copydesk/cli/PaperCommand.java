package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.desk.PaperSettingsService;
import org.copydesk.i18n.Words;
import org.copydesk.model.PaperSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk paper show|set}: the paper's settings kept in the database: its name (given to new
 * editions), page 1's masthead text and registration line, and the page spec new pages get.
 */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = "Show or change the paper's settings: name, masthead text, registration line, ears (报眼), default page spec.",
        subcommands = {PaperCommand.Show.class, PaperCommand.Set.class})
final class PaperCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(PaperCommand.class);

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

    /** The settings, one per line, in the user's language. */
    static void print(PrintWriter out, PaperSettings settings) {
        out.println(WORDS.format("paper.name", TerminalText.visible(settings.name())));
        out.println(settings.mastheadText().isBlank() ? WORDS.format("paper.mastheadEdition")
                : WORDS.format("paper.masthead", TerminalText.visible(settings.mastheadText())));
        String registration = TerminalText.visible(settings.registrationLine());
        if (settings.registrationLine().isBlank()) {
            out.println(WORDS.format("paper.registrationNone"));
        } else {
            out.println(WORDS.format("paper.registration", registration));
        }
        out.println(WORDS.format("paper.spec", settings.defaultSpecName()));
        out.println(WORDS.format("paper.leftEar", ear(settings.leftEar())));
        out.println(WORDS.format("paper.rightEar", ear(settings.rightEar())));
    }

    private static String ear(PaperSettings.Ear ear) {
        return ear.isEmpty() ? WORDS.format("paper.earNone")
                : TerminalText.visible((ear.title() + "\u3000" + ear.text()).strip());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the paper's settings.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        PaperCommand paper;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "print them as JSON")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PaperSettings settings = paper.service().load(paper.root.repository());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode node = mapper.createObjectNode();
                node.put("name", settings.name());
                node.put("mastheadText", settings.mastheadText());
                node.put("registrationLine", settings.registrationLine());
                node.put("defaultSpec", settings.defaultSpecName());
                node.putObject("leftEar").put("title", settings.leftEar().title()).put("text", settings.leftEar().text());
                node.putObject("rightEar").put("title", settings.rightEar().title()).put("text", settings.rightEar().text());
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            } else {
                print(out, settings);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change some of the paper's settings; the others stay. Nothing changes when a value is refused.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        PaperCommand paper;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", paramLabel = "NAME", description = "the paper's name, given to new editions")
        String name;

        @Option(names = "--masthead", paramLabel = "TEXT",
                description = "page 1's masthead title (at most 16 characters); empty prints each edition's name")
        String masthead;

        @Option(names = "--registration", paramLabel = "TEXT",
                description = "the registration line under the masthead (CN number, 邮发代号); empty prints none")
        String registration;

        @Option(names = "--spec", paramLabel = "broadsheet|tabloid", description = "the page spec new pages get")
        String specName;

        @Option(names = "--left-ear-title", paramLabel = "TEXT", description = "title of the 报眼 left of the masthead, e.g. 今日天气")
        String leftEarTitle;

        @Option(names = "--left-ear", paramLabel = "TEXT", description = "text of the left 报眼 (at most 80 characters); empty with an empty title prints none")
        String leftEar;

        @Option(names = "--right-ear-title", paramLabel = "TEXT", description = "title of the 报眼 right of the masthead")
        String rightEarTitle;

        @Option(names = "--right-ear", paramLabel = "TEXT", description = "text of the right 报眼")
        String rightEar;

        @Override
        public Integer call() {
            if (name == null && masthead == null && registration == null && specName == null && leftEarTitle == null
                    && leftEar == null && rightEarTitle == null && rightEar == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("paper.setNothing"));
            }
            PaperSettingsService service = paper.service();
            var repository = paper.root.repository();
            PaperSettings before = service.load(repository);
            PaperSettings after = service.settings(name == null ? before.name() : name,
                    masthead == null ? before.mastheadText() : masthead,
                    registration == null ? before.registrationLine() : registration,
                    specName == null ? before.defaultSpecName() : specName)
                    .withEars(service.ear(leftEarTitle == null ? before.leftEar().title() : leftEarTitle,
                                    leftEar == null ? before.leftEar().text() : leftEar, true),
                            service.ear(rightEarTitle == null ? before.rightEar().title() : rightEarTitle,
                                    rightEar == null ? before.rightEar().text() : rightEar, false));
            service.save(repository, after);
            PrintWriter out = spec.commandLine().getOut();
            out.println(WORDS.format("paper.saved", TerminalText.visible(paper.root.databaseDescription())));
            print(out, after);
            out.println(WORDS.format("paper.applies"));
            out.flush();
            return 0;
        }
    }
}
