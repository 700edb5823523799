package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.i18n.Words;
import org.copydesk.model.LineBreakRules;
import org.copydesk.typeset.Galley;
import org.copydesk.typeset.GalleyProof;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LayoutProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk galley FILE}: a galley proof of a UTF-8 text file, one paragraph per line. */
@Command(name = "galley", mixinStandardHelpOptions = true,
        description = "Set a text file (UTF-8, one paragraph per line) into one column and print the lines as set.")
final class GalleyCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(GalleyCommand.class);

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, paragraphs separated by newlines")
    Path file;

    @Option(names = "--chars", paramLabel = "N", defaultValue = "13", description = "column width in characters (default 13)")
    int chars;

    @Option(names = "--size", paramLabel = "PT", defaultValue = "9", description = "type size in points (default 9, 小五)")
    double size;

    @Option(names = "--rules", paramLabel = "basic|strict|loose", defaultValue = "basic",
            description = "line-breaking strictness (default basic)")
    String rules;

    @Option(names = "--json", description = "print JSON: each line's text, width and whether it is justified, plus the copyfit")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LineBreakRules breakRules = parseRules(rules);
        List<String> paragraphs = readParagraphs(file);
        GalleyProof proof = new Galley(FontCatalogue.bundled()).set(paragraphs, chars, size, breakRules);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(proof));
        } else {
            int number = 1;
            for (LayoutLine line : proof.lines()) {
                out.printf(Locale.ROOT, "%4d %s %s%n", number++, line.justified() ? "|" : " ", TerminalText.visible(line.text()));
            }
            var fit = proof.copyfit();
            out.println(WORDS.format("galley.copyfit", fit.linesUsed(), fit.charactersSet(), fit.codePointsSet(), chars, size));
        }
        out.flush();
        for (LayoutProblem problem : proof.problems()) {
            spec.commandLine().getErr().println("copydesk galley: "
                    + WORDS.format("file.problem", TerminalText.visible(file), TerminalText.visible(problem.detail())));
        }
        return proof.problems().isEmpty() ? 0 : 1;
    }

    private LineBreakRules parseRules(String value) {
        try {
            return LineBreakRules.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    WORDS.format("galley.rules", value));
        }
    }

    /** A file that cannot be read fails with the JDK's own exception, which the root command puts in words. */
    static List<String> readParagraphs(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Not an IOException: the root command would take it for the system refusing the file.
            throw new IllegalArgumentException(WORDS.format("galley.notUtf8", file), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String toJson(GalleyProof proof) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("measurePt", proof.measurePt());
        ArrayNode lines = root.putArray("lines");
        for (LayoutLine line : proof.lines()) {
            ObjectNode l = lines.addObject();
            l.put("text", line.text());
            l.put("width", Math.round((line.inkRight() - line.x()) * 1000) / 1000.0);
            l.put("justified", line.justified());
        }
        var fit = proof.copyfit();
        ObjectNode copyfit = root.putObject("copyfit");
        copyfit.put("characters", fit.charactersSet());
        copyfit.put("codePoints", fit.codePointsSet());
        copyfit.put("lines", fit.linesUsed());
        ArrayNode problems = root.putArray("problems");
        proof.problems().forEach(p -> problems.add(p.detail()));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
