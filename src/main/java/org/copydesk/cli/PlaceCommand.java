package org.copydesk.cli;

import java.util.concurrent.Callable;
import org.copydesk.desk.FrameRules;
import org.copydesk.desk.FrameSubject;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk place}: frames a story or photo on a page in 栏 and 行 (from 1), or moves its frame
 * there, by the rules the window's frame dialog obeys ({@link FrameRules}). A frame that runs off the
 * grid or covers another is refused with exit 1, naming the frame in the way.
 */
@Command(name = "place", mixinStandardHelpOptions = true,
        description = "Place a story, photo or ad slot on a page, or move its frame there. Columns (栏) and lines (行) "
                + "count from 1. Story frames may not overlap; a photo may sit on a story but not on another photo; "
                + "an ad may not overlap anything.")
final class PlaceCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(PlaceCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    EditionOption edition;

    @CommandLine.Mixin
    FrameSubjectOptions what;

    @Option(names = "--artwork", paramLabel = "FILE.pdf",
            description = "With --ad: the advertiser's PDF, whose first page fills the slot (without it the slot "
                    + "keeps its artwork, or prints as a grey placeholder that a print export refuses).")
    java.nio.file.Path artwork;

    @Option(names = "--page", required = true, paramLabel = "N", description = "The page (版次).")
    int page;

    @Option(names = "--column", required = true, paramLabel = "C", description = "First column (栏), from 1.")
    int column;

    @Option(names = "--line", required = true, paramLabel = "L", description = "First line (行), from 1.")
    int line;

    @Option(names = "--columns", required = true, paramLabel = "W", description = "Width in columns (栏数).")
    int columns;

    @Option(names = "--lines", required = true, paramLabel = "H", description = "Depth in lines (行数).")
    int lines;

    @Option(names = "--part", paramLabel = "K", defaultValue = "0",
            description = "Which frame of a story: 0 opens it, 1, 2 ... continue it (default ${DEFAULT-VALUE}).")
    int part;

    @Option(names = "--text-columns", paramLabel = "T",
            description = "Columns a story's text is set in across the frame (分栏; default: its width).")
    Integer textColumns;

    @Override
    public Integer call() {
        EditionContent before = root.editionContent(edition.edition);
        FrameSubject subject = what.subject(root, spec, before);
        if (artwork != null && !(subject instanceof FrameSubject.Ad)) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.artworkForAds"));
        }
        boolean story = subject instanceof FrameSubject.Story;
        var frame = new FrameRules.Frame(column, columns, line, lines,
                story && textColumns != null ? textColumns : columns, story ? part : 0);
        EditionContent after = subject instanceof FrameSubject.Ad slot
                ? root.desk().makeup().placeAd(root.repository(), before.edition().id(), slot, page, frame,
                        java.util.Optional.ofNullable(artwork))
                : root.desk().makeup().place(root.repository(), before.edition().id(), subject, page, frame);
        String what = story ? after.article(subject.contentId()).map(a -> a.headline()).orElse(subject.contentId())
                : after.photo(subject.contentId()).map(p -> p.fileName()).orElse(subject.contentId());
        EditionCommand.print(spec, WORDS.format("place.done", TerminalText.visible(what), page, column, columns, line, lines,
                frame.part(), TerminalText.visible(subject.contentId())));
        return 0;
    }
}
