package org.copydesk.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.model.Page;
import org.copydesk.model.ProofRound;
import org.copydesk.store.EditionRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk proof --edition ID --page N [ROUND]}: moves a page to another proof round (校次)
 * under the stage rules, or without a round shows the page's round and its history.
 */
@Command(name = "proof", mixinStandardHelpOptions = true,
        description = "Show a page's proof round (校次) and its history, or move it to ROUND under the stage rules "
                + "(first, second, third, clean; or 初校, 二校, 三校, 清样).")
final class ProofCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(ProofCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", required = true, paramLabel = "ID|latest", description = "The edition.")
    String edition;

    @Option(names = "--page", required = true, paramLabel = "N", description = "The page number (版次).")
    int page;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROUND", converter = StageWords.RoundWord.class,
            description = "Move the page to this proof round.")
    ProofRound to;

    @Override
    public Integer call() {
        EditionRepository repository = root.repository();
        var stages = root.desk().stages();
        PrintWriter out = spec.commandLine().getOut();
        if (to != null) {
            var content = root.editionContent(edition);
            ProofRound before = content.pages().stream().filter(p -> p.number() == page).map(Page::proofRound)
                    .findFirst().orElse(null);
            Page moved = stages.moveProof(repository, content.edition().id(), page, to);
            out.println(WORDS.format("proof.moved", page, StageWords.shown(before), StageWords.shown(moved.proofRound()),
                    repository.person().name()));
        } else {
            var content = root.editionContent(edition);
            Page shown = content.pages().stream().filter(p -> p.number() == page).findFirst().orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), WORDS.format("proof.noPage", page,
                            content.pages().size())));
            out.println(WORDS.format("proof.now", page, StageWords.shown(shown.proofRound())));
            // Proof moves and make-up changes, one history in time order: who did what to the page, and when.
            java.util.List<java.util.Map.Entry<java.time.Instant, String>> history = new java.util.ArrayList<>();
            stages.pageHistory(repository, shown).forEach(m -> history.add(java.util.Map.entry(m.at(), WORDS.format("status.move",
                    StatusCommand.WHEN.format(m.at().atZone(ZoneId.systemDefault())), TerminalText.visible(m.person()),
                    StageWords.shown(m.from()), StageWords.shown(m.to())))));
            root.desk().pages().changes(repository, content.edition().id(), shown.id()).forEach(c -> history.add(
                    java.util.Map.entry(c.at(), WORDS.format("proof.pageChange",
                            StatusCommand.WHEN.format(c.at().atZone(ZoneId.systemDefault())), TerminalText.visible(c.person()),
                            changed(c.kind()), c.pageNumber()))));
            history.stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> out.println(e.getValue()));
        }
        out.flush();
        return 0;
    }

    /** What a page change did, in the user's words. */
    private static String changed(org.copydesk.model.PageChange.Kind kind) {
        return switch (kind) {
            case MAKEUP -> WORDS.format("proof.change.makeup");
            case ADDED -> WORDS.format("proof.change.added");
            case DELETED -> WORDS.format("proof.change.deleted");
            case MOVED -> WORDS.format("proof.change.moved");
        };
    }
}
