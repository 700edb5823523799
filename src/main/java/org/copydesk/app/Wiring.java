package org.copydesk.app;

import java.util.Optional;
import java.util.function.Supplier;
import org.copydesk.desk.Desk;
import org.copydesk.desk.PaperSettingsService;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.PaperSettings;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;

/**
 * The concrete services the GUI and the CLI share. The composer sets type in the house style and
 * with the masthead of the paper whose database the run opened, read once per run: a change made
 * with {@code copydesk paper set} or {@code style set} applies to the next command and to the window
 * when Copydesk next starts.
 */
final class Wiring {
    private Wiring() {
    }

    static PageComposer composer(PaperSettings settings, HouseStyle style) {
        return new NewspaperComposer(FontCatalogue.bundled(), style, settings);
    }

    /**
     * The window's desk: the paper's settings and style are read now, on the caller's thread (not
     * the FX thread, which must not wait on the database); the composer is made on first use.
     */
    static Desk desk(EditionRepository repository) {
        PaperSettingsService paper = new PaperSettingsService();
        PaperSettings settings = paper.load(repository);
        HouseStyle style = paper.houseStyle(repository);
        return Desk.lazily(() -> composer(settings, style));
    }

    /**
     * The CLI's desk: its composer, made when a command first sets type, reads the settings of the
     * database the command opened by then ({@code opened}); a command that opened none composes
     * with the built-in settings and style.
     */
    static Desk desk(Supplier<Optional<EditionRepository>> opened) {
        return Desk.lazily(() -> opened.get()
                .map(repository -> {
                    PaperSettingsService paper = new PaperSettingsService();
                    return composer(paper.load(repository), paper.houseStyle(repository));
                })
                .orElseGet(() -> composer(PaperSettings.defaults(), HouseStyle.newspaper())));
    }
}
