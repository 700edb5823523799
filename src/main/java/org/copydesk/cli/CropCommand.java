package org.copydesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.copydesk.desk.FrameSubject;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.PhotoFit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk crop}: crops a placed photo to fill its frame, around a focal point and at a zoom,
 * or shows the whole picture again; prints the resolution the photo then prints at.
 */
@Command(name = "crop", mixinStandardHelpOptions = true,
        description = "Crop a placed photo to fill its frame: --focus keeps a point of the picture in view, --zoom enlarges it; "
                + "--whole shows the whole picture again. Prints the effective resolution.")
final class CropCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(CropCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    EditionOption edition;

    @Option(names = "--photo", required = true, paramLabel = "ID", description = "The photo (its id or the start of it).")
    String photo;

    @Option(names = "--page", required = true, paramLabel = "N", description = "The page its frame is on.")
    int page;

    @Option(names = "--focus", paramLabel = "X,Y",
            description = "The point to keep in view, as fractions of the picture's width and height (0.5,0.5 is its middle).")
    String focus;

    @Option(names = "--zoom", paramLabel = "Z", description = "1 fills the frame just covered; up to 8.")
    Double zoom;

    @Option(names = "--whole", description = "No crop: the whole picture at the frame's width.")
    boolean whole;

    @Override
    public Integer call() {
        EditionContent before = root.editionContent(edition.edition);
        FrameSubject subject = root.desk().makeup().photo(before, photo);
        Optional<PhotoCrop> crop = whole ? Optional.empty() : Optional.of(crop(before, subject));
        EditionContent after = root.desk().makeup().crop(root.repository(), before.edition().id(), subject, page, crop);
        String where = crop.map(c -> WORDS.format("crop.done", TerminalText.visible(subject.contentId()), page,
                c.focusX(), c.focusY(), c.zoom())).orElse(WORDS.format("crop.whole", TerminalText.visible(subject.contentId()), page));
        EditionCommand.print(spec, where);
        root.services().composer().compose(after, page).frames().stream()
                .filter(f -> f.kind() == LayoutFrame.FrameKind.PHOTO && f.contentId().equals(subject.contentId()))
                .flatMap(f -> f.image().stream()).map(PhotoFit::effectivePpi).findFirst()
                .ifPresent(ppi -> EditionCommand.print(spec, WORDS.format("crop.ppi", Math.round(ppi))));
        return 0;
    }

    /** The crop asked for, starting from the frame's crop now so --zoom alone keeps the focal point. */
    private PhotoCrop crop(EditionContent content, FrameSubject subject) {
        if (focus == null && zoom == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("crop.nothing"));
        }
        PhotoCrop crop = content.page(page).stream().flatMap(p -> p.placements().stream())
                .filter(p -> p instanceof PhotoPlacement pp && pp.photoId().equals(subject.contentId()))
                .map(p -> ((PhotoPlacement) p).crop().orElse(PhotoCrop.CENTRED))
                .findFirst().orElse(PhotoCrop.CENTRED);
        try {
            if (focus != null) {
                String[] xy = focus.split(",");
                if (xy.length != 2) {
                    throw new NumberFormatException(focus);
                }
                double x = Double.parseDouble(xy[0].strip());
                double y = Double.parseDouble(xy[1].strip());
                crop = new PhotoCrop(x, y, crop.zoom());
            }
            if (zoom != null) {
                crop = new PhotoCrop(crop.focusX(), crop.focusY(), zoom);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("crop.bad", focus, zoom));
        }
        return crop;
    }
}
