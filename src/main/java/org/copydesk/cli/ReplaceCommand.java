package org.copydesk.cli;

import java.util.concurrent.Callable;
import org.copydesk.desk.FindMatch;
import org.copydesk.desk.FindQuery;
import org.copydesk.desk.FindReplace;
import org.copydesk.desk.ReplacePlan;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk replace}: replaces text in every story of an edition through the same engine as
 * Edit &gt; Find in edition, saving every changed story in one transaction; {@code --dry-run} only
 * lists what would change. Captions are listed, not replaced, as in the window.
 */
@Command(name = "replace", mixinStandardHelpOptions = true,
        description = "Replace text in every story of an edition (headline stack, reporter line, body), "
                + "listing each change; all stories are saved in one transaction, or none.")
final class ReplaceCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(ReplaceCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    EditionOption edition;

    @Parameters(index = "0", paramLabel = "FIND", description = "The text to find (a regular expression with --regex).")
    String find;

    @Parameters(index = "1", paramLabel = "REPLACEMENT", description = "What it becomes; with --regex, $1 is the first group.")
    String replacement;

    @Option(names = "--regex", description = "FIND is a Java regular expression.")
    boolean regex;

    @Option(names = "--match-case", description = "Upper and lower case differ.")
    boolean matchCase;

    @Option(names = "--whole-word", description = "Only whole words: not inside a longer run of Han, or of letters and digits.")
    boolean wholeWord;

    @Option(names = "--dry-run", description = "List what would change; save nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        EditionContent content = root.editionContent(edition.edition);
        ReplacePlan plan = FindReplace.plan(content.articles(), java.util.List.of(),
                new FindQuery(find, regex, matchCase, wholeWord), replacement);
        for (FindMatch m : plan.matches()) {
            String field = "find.where." + m.where().name();
            String where = WORDS.format(field) + (m.block() >= 0 ? " " + (m.block() + 1) : "");
            EditionCommand.print(spec, TerminalText.visible(WORDS.format("replace.row", m.title(), where, m.before(),
                    m.match().matched(), m.match().replacement(), m.after())));
        }
        if (plan.isEmpty()) {
            EditionCommand.print(spec, WORDS.format("replace.none"));
            return 0;
        }
        if (!dryRun) {
            root.repository().saveArticles(plan.articlesAfter());
        }
        EditionCommand.print(spec, WORDS.format(dryRun ? "replace.wouldChange" : "replace.changed",
                plan.matches().size(), plan.articlesAfter().size()));
        return 0;
    }
}
