package org.copydesk.cli;

import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.copydesk.desk.FrameSubject;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk unplace}: takes a story's or photo's frames off the pages; the story or photo stays
 * in the edition, unplaced.
 */
@Command(name = "unplace", mixinStandardHelpOptions = true,
        description = "Take a story's, photo's or ad slot's frames off the pages (all of them, or one part, or those on one page). "
                + "The story or photo stays in the edition.")
final class UnplaceCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(UnplaceCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    EditionOption edition;

    @CommandLine.Mixin
    FrameSubjectOptions what;

    @Option(names = "--part", paramLabel = "K", description = "Only this frame of the story (0 opens it).")
    Integer part;

    @Option(names = "--page", paramLabel = "N", description = "Only frames on this page.")
    Integer page;

    @Override
    public Integer call() {
        EditionContent before = root.editionContent(edition.edition);
        FrameSubject subject = what.subject(root, spec, before);
        root.desk().makeup().unplace(root.repository(), before.edition().id(), subject,
                part == null ? OptionalInt.empty() : OptionalInt.of(part),
                page == null ? OptionalInt.empty() : OptionalInt.of(page));
        EditionCommand.print(spec, WORDS.format("unplace.done", TerminalText.visible(subject.contentId())));
        return 0;
    }
}
