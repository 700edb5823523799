package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Preflight;
import org.copydesk.preflight.PreflightRules;
import org.copydesk.preflight.PreflightText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code copydesk check --edition ID [--json] [--max-free-lines N]}: preflight; exits 1 when there are errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Preflight an edition: overset, missing captions and glyphs, low-resolution photos, jumps. Exit 1 on errors.")
public final class CheckCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(CheckCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", required = true, paramLabel = "ID", description = "Edition id, or 'latest'.")
    String editionId;

    @Option(names = "--json", description = "Print the findings as a JSON array.")
    boolean json;

    @Option(names = "--min-ppi", paramLabel = "PPI",
            description = "Flag photos printed below this resolution (default 150, or 200 with --for-press).")
    Double minPpi;

    @Option(names = "--cmyk", description = "The print run is CMYK: flag RGB photos.")
    boolean cmyk;

    @Option(names = "--max-free-lines", paramLabel = "N", defaultValue = "" + PreflightRules.DEFAULT_MAX_FREE_LINES,
            description = "Warn when a story leaves more than N body lines empty (default ${DEFAULT-VALUE}).")
    int maxFreeLines;

    @Option(names = "--empty-area", paramLabel = "COLSxLINES",
            description = "Warn of empty areas (开天窗) at least this big, e.g. 2x10 (default: the preflight's own).")
    String emptyArea;

    @Option(names = "--for-press", description = "Check as a print export does: stories not signed off are errors.")
    boolean forPress;

    @Override
    public Integer call() throws Exception {
        if (maxFreeLines < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    WORDS.format("check.maxFreeLines", String.valueOf(maxFreeLines)));
        }
        if (minPpi == null) {
            minPpi = forPress ? PreflightRules.PRINT_MIN_PPI : PreflightRules.defaults().minPpi();
        }
        if (!(minPpi > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    WORDS.format("check.minPpi", String.valueOf(minPpi)));
        }
        EditionContent content = root.editionContent(editionId);
        PreflightRules rules = PreflightRules.defaults().withMinPpi(minPpi).withCmykPrintRun(cmyk)
                .withMaxFreeLines(maxFreeLines).withForPress(forPress);
        if (emptyArea != null) {
            var size = java.util.regex.Pattern.compile("(\\d{1,3})[x×*](\\d{1,4})").matcher(emptyArea.strip());
            if (!size.matches() || Integer.parseInt(size.group(1)) < 1 || Integer.parseInt(size.group(2)) < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        WORDS.format("check.emptyArea", emptyArea));
            }
            rules = rules.withEmptyArea(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
        }
        PreflightText text = PreflightText.forSystem();
        rules = rules.withSingleUser(org.copydesk.desk.EditionCheck.singleUser(root.repository()));
        List<Finding> findings = root.desk().check().run(root.repository(), content, rules, text.locale());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(findings));
        } else {
            findings.forEach(f -> out.println(TerminalText.visible(text.describe(f))));
            out.println(WORDS.format("check.summary", TerminalText.visible(content.edition().name()),
                    content.edition().publicationDate().toString(), text.summary(findings)));
        }
        out.flush();
        return Preflight.hasErrors(findings) ? 1 : 0;
    }

    /**
     * The findings for machines: {@code messageKey} and {@code arguments} (nested messages as
     * {@code {"key", "arguments"}}) stay the same whatever the language; {@code message} is the text
     * in the system's language. Check and severity stay lower case, as scripts already match them.
     */
    static String toJson(List<Finding> findings) throws Exception {
        List<Map<String, Object>> rows = findings.stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            row.put("check", f.check().name().toLowerCase(Locale.ROOT));
            row.put("page", f.pageNumber());
            row.put("contentId", f.contentId());
            row.put("messageKey", f.messageKey());
            row.put("arguments", f.arguments());
            row.put("message", f.message());
            return row;
        }).toList();
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
    }
}
