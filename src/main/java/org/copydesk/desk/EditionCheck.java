package org.copydesk.desk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Preflight;
import org.copydesk.preflight.PreflightRules;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.render.pdf.PdfProfile;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.PageComposer;

/** Preflight of an edition, as the window's panel, {@code copydesk check} and every export run it. */
public final class EditionCheck {
    private final PageComposer composer;

    public EditionCheck(PageComposer composer) {
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    /**
     * The rules an export with {@code options} is checked by: the CMYK warning when it converts for
     * press; under the print profile, a story on a page that was not signed off is an error.
     */
    public static PreflightRules rulesFor(PdfOptions options) {
        boolean press = options.profile() == PdfProfile.PRINT;
        PreflightRules rules = PreflightRules.defaults().withCmykPrintRun(options.convertsToCmyk()).withForPress(press);
        return press ? rules.withMinPpi(PreflightRules.PRINT_MIN_PPI) : rules;
    }

    /** The findings under {@code rules}, worded in {@code locale}'s language. */
    public List<Finding> run(EditionContent content, PreflightRules rules, Locale locale) {
        return new Preflight(composer, rules, locale).check(content);
    }

    /** The findings under the default rules. */
    public List<Finding> run(EditionContent content, Locale locale) {
        return run(content, PreflightRules.defaults(), locale);
    }

    /**
     * Whether the edition lives where one person works alone (an embedded H2 file, or no database at
     * all): there a story or page not signed off is a warning even for the press (decision 0026).
     */
    public static boolean singleUser(EditionRepository repository) {
        return repository.location().map(DatabaseLocation::isEmbeddedH2).orElse(true);
    }

    /** The rules an export with {@code options} from {@code repository}'s edition is checked by. */
    public static PreflightRules rulesFor(PdfOptions options, EditionRepository repository) {
        return rulesFor(options).withSingleUser(singleUser(repository));
    }

    /**
     * The findings under {@code rules}, with each page's sign-off (签发) from {@code repository}
     * checked against the page as it composes now.
     */
    public List<Finding> run(EditionRepository repository, EditionContent content, PreflightRules rules, Locale locale) {
        return new Preflight(composer, rules, locale).check(content, repository.pageSignOffs(content.edition().id()));
    }

    /** The screen's findings, with each page's sign-off checked, worded in {@code locale}'s language. */
    public List<Finding> run(EditionRepository repository, EditionContent content, Locale locale) {
        return run(repository, content, PreflightRules.defaults().withSingleUser(singleUser(repository)), locale);
    }
}
