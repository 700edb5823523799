package org.copydesk.cli;

import java.util.concurrent.Callable;
import org.copydesk.model.EditionContent;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.EditionRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code copydesk sample}: puts the built-in sample edition (江澜周报, 8 pages) into the database,
 * replacing an earlier copy of it. Its ids never change, so it can be recreated at any time.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Create or recreate the built-in sample edition 江澜周报 No. " + SampleEdition.ISSUE
                + " and print its id.")
final class SampleCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EditionContent sample = SampleEdition.create();
        EditionRepository repository = root.repository();
        String id = sample.edition().id();
        if (repository.editions().stream().anyMatch(e -> e.id().equals(id))) {
            repository.deleteEdition(id);
        }
        repository.insertEdition(sample);
        spec.commandLine().getOut().println(id);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
