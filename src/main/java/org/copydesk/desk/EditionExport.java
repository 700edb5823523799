package org.copydesk.desk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Preflight;
import org.copydesk.preflight.PreflightText;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.render.pdf.PdfProfile;
import org.copydesk.typeset.PageComposer;

/**
 * Writes an edition out: one PDF, a PDF per page, PNG previews or an edition package.
 * The preflight gate lives here once: a print export of a target that goes to press is refused while
 * preflight finds errors, unless the user forces it (the CLI's {@code --force}, the window's "export
 * anyway").
 */
public final class EditionExport {
    private final PdfExporter exporter;
    private final EditionPackageWriter packageWriter;

    public EditionExport(PageComposer composer) {
        Objects.requireNonNull(composer, "composer");
        this.exporter = new PdfExporter(composer);
        this.packageWriter = new EditionPackageWriter(composer);
    }

    /** Whether {@code findings} stop a print export of {@code targets} until the user forces it. */
    public static boolean gateCloses(List<Finding> findings, List<ExportTarget> targets, PdfOptions options) {
        return Preflight.hasErrors(findings) && options.profile() == PdfProfile.PRINT
                && targets.stream().anyMatch(ExportTarget::goesToPress);
    }

    /**
     * Throws {@link PreflightRefusedException} when the gate closes and {@code force} is false; the
     * message counts errors and warnings in {@code locale}'s language.
     */
    public static void passGate(List<Finding> findings, List<ExportTarget> targets, PdfOptions options, boolean force,
                                Locale locale) {
        if (gateCloses(findings, targets, options) && !force) {
            throw new PreflightRefusedException(PreflightText.forLocale(locale).summary(findings), findings);
        }
    }

    /**
     * Writes one target; a file appears only when complete (a failure or a cancel through
     * {@code progress} leaves what was there before).
     */
    public Written write(EditionContent content, ExportTarget target, PdfOptions options, ExportProgress progress) {
        return write(content, java.util.List.of(), target, options, progress);
    }

    /**
     * As above; an edition package also carries {@code notes}, the editors' notes on its stories
     * ({@link EditorNotes#ofEdition}), as metadata. Other targets never show notes.
     */
    public Written write(EditionContent content, java.util.List<org.copydesk.model.EditorNote> notes, ExportTarget target,
                         PdfOptions options, ExportProgress progress) {
        int pages = content.pages().size();
        // Java 17 has no pattern switch; the interface is sealed, so the last branch is the package.
        if (target instanceof ExportTarget.EditionPdf pdf) {
            exporter.exportEdition(content, pdf.path(), options, progress);
            return new Written(target, List.of(pdf.path()), pages);
        }
        if (target instanceof ExportTarget.PagePdfs folder) {
            return new Written(target, exporter.exportPages(content, folder.path(), options, progress), pages);
        }
        if (target instanceof ExportTarget.PagePngs folder) {
            return new Written(target, exporter.exportPreviews(content, folder.path(), folder.dpi(), progress), pages);
        }
        ExportTarget.EditionPackage file = (ExportTarget.EditionPackage) target;
        packageWriter.write(content, notes, file.path(), progress);
        return new Written(target, List.of(file.path()), pages);
    }
}
