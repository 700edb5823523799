package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.copydesk.desk.DiffHunk;
import org.copydesk.desk.DiffOp;
import org.copydesk.desk.StoryRevisions;
import org.copydesk.desk.StoryText;
import org.copydesk.i18n.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk diff STORY_ID [REV_A REV_B] [--json] [--color WHEN]}: what changed between two
 * revisions of a story, character by character, hunk by hunk, deletions as {@code [-…-]} and
 * insertions as {@code {+…+}} (red and green as well on a terminal). Without revisions, the one
 * before the current text against the current text.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two revisions of a story, character by character "
                + "([-deleted-]{+inserted+}); default: the revision before the current one against the current one.")
final class DiffCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(DiffCommand.class);
    private static final String RED = "\u001B[31;9m";
    private static final String GREEN = "\u001B[32;4m";
    private static final String CYAN = "\u001B[36m";
    private static final String RESET = "\u001B[0m";

    /** When to colour the marks. */
    enum When { auto, always, never }

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY_ID", description = "The story's id.")
    String story;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "REV", description = "Two revisions to compare, the older first.")
    List<Long> revisions = List.of();

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the changes: auto (on a terminal), always or never.")
    When color = When.auto;

    record OpJson(String kind, String text) {
        static List<OpJson> of(List<DiffOp> ops) {
            return ops.stream().map(op -> new OpJson(op.kind().name().toLowerCase(java.util.Locale.ROOT), op.text())).toList();
        }
    }

    record HunkJson(String where, int oldLine, int newLine, String inline, List<OpJson> ops) {
    }

    record DiffJson(String story, long from, long to, String fromAuthor, String toAuthor, boolean same,
                    List<HunkJson> hunks, List<OpJson> ops) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (revisions.size() != 0 && revisions.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("diff.twoRevisions"));
        }
        OptionalLong from = revisions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(revisions.get(0));
        OptionalLong to = revisions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(revisions.get(1));
        StoryRevisions.Comparison c = root.desk().revisions().diff(root.repository(), story, from, to);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<HunkJson> hunks = c.hunks().stream().map(h -> new HunkJson(StoryText.part(h.newLine()), h.oldLine(),
                    h.newLine(), inline(h.ops(), false), OpJson.of(h.ops()))).toList();
            out.print(ListCommand.toJson(new DiffJson(c.to().article().id(), c.from().version(), c.to().version(),
                    c.from().author().orElse(null), c.to().author().orElse(null), c.same(), hunks, OpJson.of(c.ops()))));
        } else {
            boolean colour = color == When.always || color == When.auto && ProgressLines.isTerminal(1);
            out.println(WORDS.format("diff.heading", c.from().version(), author(c.from()), c.to().version(), author(c.to())));
            if (c.same()) {
                out.println(WORDS.format("diff.same"));
            }
            for (DiffHunk h : c.hunks()) {
                String where = "@@ " + StoryText.part(h.newLine()) + " @@";
                out.println(colour ? CYAN + where + RESET : where);
                out.println(inline(h.ops(), colour));
            }
        }
        out.flush();
        return 0;
    }

    private static String author(StoryRevisions.Entry e) {
        return e.author().map(TerminalText::visible).orElse(WORDS.format("diff.unknownAuthor"));
    }

    /**
     * The hunk on one line: unchanged text as it is, deletions in {@code [-…-]}, insertions in
     * {@code {+…+}}; a line end inside a change shows as ⏎ so a hunk stays one line.
     */
    static String inline(List<DiffOp> ops, boolean colour) {
        var text = new StringBuilder();
        for (DiffOp op : ops) {
            String shown = TerminalText.visible(op.text().replace("\n", "⏎"));
            switch (op.kind()) {
                case EQUAL -> text.append(shown);
                case DELETE -> text.append(colour ? RED : "").append("[-").append(shown).append("-]").append(colour ? RESET : "");
                case INSERT -> text.append(colour ? GREEN : "").append("{+").append(shown).append("+}").append(colour ? RESET : "");
            }
        }
        return text.toString();
    }
}
