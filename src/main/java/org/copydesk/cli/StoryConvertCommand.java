package org.copydesk.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.copyin.Script;
import org.copydesk.copyin.ScriptDecision;
import org.copydesk.copyin.StoryCopyIn.PlacedDecision;
import org.copydesk.copyin.StoryCopyIn.StoryConversion;
import org.copydesk.i18n.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk story convert --story ID --to simplified|traditional [--dry-run] [--json]}:
 * converts a story between 简 and 繁 through the desk, saves it as a new revision and prints every
 * ambiguous character it decided (发 → 發 or 髮), for the editor to review.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a story to Simplified or Traditional characters (ICU4J plus the house table), "
                + "save it as a new revision and list every ambiguous character decided.")
final class StoryConvertCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(StoryConvertCommand.class);

    @ParentCommand
    StoryCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--story", required = true, paramLabel = "ID", description = "The story's id.")
    String story;

    @Option(names = "--to", required = true, paramLabel = "SCRIPT", converter = ScriptName.class,
            description = "simplified (简体) or traditional (繁体).")
    Script to;

    @Option(names = "--dry-run", description = "Only print what would change; save nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    /** One decision as JSON: where, what it was, what it became, what else it could have been. */
    record DecisionJson(String place, int paragraph, int offset, String original, String chosen,
                        List<String> alternatives, @JsonInclude(JsonInclude.Include.NON_NULL) String houseWord,
                        String context) {
    }

    record ConversionJson(String story, String to, boolean saved, List<DecisionJson> decisions) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        StoryConversion conversion = parent.root.desk().copyIn().convert(parent.root.repository(), story, to, !dryRun);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ListCommand.toJson(new ConversionJson(conversion.article().id(), name(to), !dryRun,
                    conversion.decisions().stream().map(StoryConvertCommand::json).toList())));
        } else {
            out.println(WORDS.format(dryRun ? "convert.wouldConvert" : "convert.converted",
                    TerminalText.visible(conversion.article().headline()), conversion.article().id(),
                    to == Script.SIMPLIFIED ? WORDS.format("convert.script.SIMPLIFIED") : WORDS.format("convert.script.TRADITIONAL"), conversion.decisions().size()));
            conversion.decisions().forEach(d -> out.println(line(d)));
        }
        out.flush();
        return 0;
    }

    private static String line(PlacedDecision placed) {
        ScriptDecision d = placed.decision();
        int n = placed.place().paragraph();
        String place = switch (placed.place().field()) {
            case KICKER -> WORDS.format("convert.place.KICKER");
            case HEADLINE -> WORDS.format("convert.place.HEADLINE");
            case SUBTITLE -> WORDS.format("convert.place.SUBTITLE");
            case BYLINE -> WORDS.format("convert.place.BYLINE");
            case DATELINE -> WORDS.format("convert.place.DATELINE", n);
            case BODY -> WORDS.format("convert.place.BODY", n);
        };
        String why = d.word().map(w -> WORDS.format("convert.byWord", w)).orElse(WORDS.format("convert.byIcu"));
        return WORDS.format("convert.decision", place, d.offset() + 1, d.original(), d.chosen(),
                String.join(" ", d.others()), why, TerminalText.visible(d.context()));
    }

    private static DecisionJson json(PlacedDecision placed) {
        ScriptDecision d = placed.decision();
        return new DecisionJson(placed.place().field().name().toLowerCase(Locale.ROOT), placed.place().paragraph(),
                d.offset(), d.original(), d.chosen(), d.alternatives(), d.word().orElse(null), d.context());
    }

    private static String name(Script script) {
        return script.name().toLowerCase(Locale.ROOT);
    }

    /** simplified, traditional, and the Chinese words 简体/繁体 (简/繁). */
    static final class ScriptName implements CommandLine.ITypeConverter<Script> {
        @Override
        public Script convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "simplified", "hans", "简", "简体" -> Script.SIMPLIFIED;
                case "traditional", "hant", "繁", "繁体", "繁體" -> Script.TRADITIONAL;
                default -> throw new CommandLine.TypeConversionException(WORDS.format("convert.badScript", value));
            };
        }
    }
}
