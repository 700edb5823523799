package org.copydesk.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.copydesk.i18n.Words;
import java.util.stream.Collectors;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PaperSettings;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk sample}: puts the built-in sample edition (江澜周报, 8 pages) into the database,
 * replacing an earlier copy of it. Its ids never change, so it can be recreated at any time. A copy
 * that holds work of the user's (stories imported into it, stories edited) is only replaced with
 * {@code --force}, so recreating the sample never throws away a reporter's text unasked. The old copy
 * is replaced in one transaction: if anything fails the old copy stays.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Create or recreate the built-in sample edition 江澜周报 No. " + SampleEdition.ISSUE
                + " and print its id.")
final class SampleCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(SampleCommand.class);

    @CommandLine.ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "Replace the sample edition even when stories were added to it or edited.")
    boolean force;

    @Override
    public Integer call() {
        EditionContent sample = SampleEdition.create();
        EditionRepository repository = root.repository();
        String id = sample.edition().id();
        Optional<EditionContent> existing = repository.loadEdition(id);
        if (existing.isPresent()) {
            List<String> work = userWork(existing.get(), sample);
            if (!work.isEmpty() && !force) {
                String listed = work.stream().reduce((a, b) -> WORDS.format("sample.workJoin", a, b)).orElseThrow();
                throw new IllegalStateException(WORDS.format("sample.holdsWork", listed));
            }
        }
        try {
            // Delete and insert in one transaction: a failure (a full disk, a kill) leaves the old copy;
            // and if someone saved in it since we looked, it is not replaced.
            repository.replaceEdition(sample, existing);
        } catch (StoreException e) {
            throw new StoreException(existing.isPresent()
                    ? WORDS.format("sample.notChangedKept", e.getMessage())
                    : WORDS.format("sample.notChanged", e.getMessage()), e);
        }
        if (repository.paperSettings().equals(PaperSettings.defaults())) {
            // Only a paper that never set its own: the sample's masthead, ears and (unreal) CN line.
            repository.savePaperSettings(SampleEdition.paperSettings());
        }
        spec.commandLine().getOut().println(id);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** What a user added to or changed in a stored copy of the sample, in words. */
    static List<String> userWork(EditionContent stored, EditionContent pristine) {
        Map<String, Article> original = pristine.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        long added = stored.articles().stream().filter(a -> !original.containsKey(a.id())).count();
        long edited = stored.articles().stream()
                .filter(a -> original.containsKey(a.id()) && !sameText(a, original.get(a.id())))
                .count();
        var work = new java.util.ArrayList<String>();
        if (added > 0) {
            work.add(WORDS.format("sample.added", added));
        }
        if (edited > 0) {
            work.add(WORDS.format("sample.edited", edited));
        }
        return List.copyOf(work);
    }

    private static boolean sameText(Article a, Article b) {
        return a.kicker().equals(b.kicker()) && a.headline().equals(b.headline()) && a.subtitle().equals(b.subtitle())
                && a.byline().equals(b.byline()) && a.body().equals(b.body());
    }
}
