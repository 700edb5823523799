package org.copydesk.cli;

import java.util.concurrent.Callable;
import org.copydesk.desk.FrameSubject;
import org.copydesk.desk.PhotoCaptions;
import org.copydesk.i18n.Words;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk caption}: writes a photo's caption, photographer, credit and kind; prints the line
 * as it will print under the photo and what the caption still lacks.
 */
@Command(name = "caption", mixinStandardHelpOptions = true,
        description = "Caption a photo: its text, the photographer (name alone; 李明/摄 and 摄影：李明 are reduced to 李明), "
                + "an agency credit, news or portrait. Prints the caption as printed and what it still lacks.")
final class CaptionCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(CaptionCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    EditionOption edition;

    @Option(names = "--photo", required = true, paramLabel = "ID", description = "The photo (its id or the start of it).")
    String photo;

    @Option(names = "--text", paramLabel = "TEXT", description = "图片说明, or for a portrait the person's title and name.")
    String text;

    @Option(names = "--photographer", paramLabel = "NAME", description = "Who took it.")
    String photographer;

    @Option(names = "--credit", paramLabel = "CREDIT", description = "An agency or source line, e.g. 新华社发.")
    String credit;

    @Option(names = "--kind", paramLabel = "news|portrait", description = "A news photo (default) or a portrait.")
    String kind;

    @Override
    public Integer call() {
        if (text == null && photographer == null && credit == null && kind == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("caption.nothing"));
        }
        CaptionKind captionKind = null;
        if (kind != null) {
            captionKind = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "news" -> CaptionKind.NEWS;
                case "portrait" -> CaptionKind.PORTRAIT;
                default -> throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("caption.badKind", kind));
            };
        }
        EditionContent content = root.editionContent(edition.edition);
        FrameSubject subject = root.desk().makeup().photo(content, photo);
        PhotoCaptions.Captioned done = root.desk().captions().caption(root.repository(), content, subject.contentId(),
                text, photographer, credit, captionKind);
        EditionCommand.print(spec, TerminalText.visible(done.photo().caption().printed()));
        done.problems().stream().sorted().forEach(problem -> EditionCommand.print(spec, WORDS.format(switch (problem) {
            case NO_TEXT -> "caption.lacks.NO_TEXT";
            case NO_FULL_STOP -> "caption.lacks.NO_FULL_STOP";
            case NO_CREDIT -> "caption.lacks.NO_CREDIT";
        })));
        return 0;
    }
}
