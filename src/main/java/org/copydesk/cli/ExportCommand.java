package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.desk.EditionCheck;
import org.copydesk.desk.EditionExport;
import org.copydesk.desk.ExportTarget;
import org.copydesk.desk.Written;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.PreflightText;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk export --edition ID --pdf out.pdf}: the edition as one PDF, one PDF per page, PNG
 * previews and/or an edition package. Preflight runs first; the print profile is refused on errors
 * unless {@code --force}. Missing folders are created. Progress goes to stderr, one line per page,
 * when stderr is a terminal or {@code --progress} is given; stdout has only the results.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an edition: one PDF, a PDF per page, PNG previews or an .edition package.")
public final class ExportCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(ExportCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", required = true, paramLabel = "ID", description = "Edition id, or 'latest'.")
    String editionId;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the whole edition to one PDF.")
    Path pdf;

    @Option(names = "--pages", paramLabel = "DIR", description = "Write one PDF per page into this folder.")
    Path pagesDir;

    @Option(names = "--png", paramLabel = "DIR", description = "Write a PNG preview of every page into this folder.")
    Path pngDir;

    @Option(names = "--png-dpi", paramLabel = "DPI", defaultValue = "72", description = "Preview resolution (default ${DEFAULT-VALUE}).")
    int pngDpi;

    @Option(names = "--package", paramLabel = "FILE.edition", description = "Write an edition package (zip).")
    Path packageFile;

    @Option(names = "--profile", paramLabel = "print|archive", defaultValue = "print",
            description = "print: PDF/X-4 style with bleed and crop marks; archive: PDF/A-2b (default ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--bleed", paramLabel = "MM", description = "Bleed in mm (print default 3, archive 0).")
    Double bleedMm;

    @Option(names = "--crop-marks", negatable = true, description = "Draw crop marks (print default on).")
    Boolean cropMarks;

    @Option(names = "--downsample", paramLabel = "PPI", description = "Resample photos sharper than this at their placed size.")
    Integer downsamplePpi;

    @Option(names = "--press-profile", paramLabel = "ICC", description = "CMYK press profile: photos are converted to it (print).")
    Path pressProfile;

    @Option(names = "--force", description = "Export for print even when preflight finds errors.")
    boolean force;

    @Option(names = "--progress", description = "Print a line per page to stderr (the default when stderr is a terminal).")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        if (pdf == null && pagesDir == null && pngDir == null && packageFile == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), WORDS.format("export.nothingToWrite"));
        }
        if (pngDir != null && (pngDpi < PdfExporter.MIN_PREVIEW_DPI || pngDpi > PdfExporter.MAX_PREVIEW_DPI)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    WORDS.format("export.pngDpi", PdfExporter.MIN_PREVIEW_DPI, PdfExporter.MAX_PREVIEW_DPI, pngDpi));
        }
        PdfOptions options = options();
        EditionContent content = root.editionContent(editionId);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        List<ExportTarget> targets = targets();
        PreflightText text = PreflightText.forSystem();
        List<Finding> findings = root.desk().check().run(root.repository(), content,
                EditionCheck.rulesFor(options, root.repository()), text.locale());
        findings.stream().filter(Finding::isError).forEach(f -> err.println(TerminalText.visible(text.describe(f))));
        err.flush();
        EditionExport.passGate(findings, targets, options, force, text.locale());

        boolean showProgress = progress || ProgressLines.stderrIsTerminal();
        List<Integer> pageNumbers = content.pages().stream().map(p -> p.number()).toList();
        long start = System.nanoTime();
        for (ExportTarget target : targets) {
            ExportProgress pages = showProgress ? new ProgressLines(err, progressLabel(target), pageNumbers) : ExportProgress.NONE;
            List<org.copydesk.model.EditorNote> notes = target instanceof ExportTarget.EditionPackage
                    ? root.desk().notes().ofEdition(root.repository(), content.edition().id()) : List.of();
            Written written = root.desk().export().write(content, notes, target, options, pages);
            out.println(result(written));
        }
        out.println(WORDS.format("export.done", text.summary(findings), (System.nanoTime() - start) / 1e9));
        out.flush();
        return 0;
    }

    /** The targets asked for, in the order they are written. */
    private List<ExportTarget> targets() {
        List<ExportTarget> targets = new ArrayList<>();
        if (pdf != null) {
            targets.add(new ExportTarget.EditionPdf(pdf));
        }
        if (pagesDir != null) {
            targets.add(new ExportTarget.PagePdfs(pagesDir));
        }
        if (pngDir != null) {
            targets.add(new ExportTarget.PagePngs(pngDir, pngDpi));
        }
        if (packageFile != null) {
            targets.add(new ExportTarget.EditionPackage(packageFile));
        }
        return targets;
    }

    private static String progressLabel(ExportTarget target) {
        if (target instanceof ExportTarget.EditionPdf) {
            return WORDS.format("progress.pdf");
        }
        if (target instanceof ExportTarget.PagePdfs) {
            return WORDS.format("progress.pages");
        }
        if (target instanceof ExportTarget.PagePngs) {
            return WORDS.format("progress.png");
        }
        return WORDS.format("progress.package");
    }

    private static String result(Written written) throws java.io.IOException {
        ExportTarget target = written.target();
        String where = TerminalText.visible(target.path());
        if (target instanceof ExportTarget.EditionPdf) {
            return WORDS.format("export.wrotePdf", where, written.pages(), megabytes(target.path()));
        }
        if (target instanceof ExportTarget.PagePdfs) {
            return WORDS.format("export.wrotePages", written.files().size(), where);
        }
        if (target instanceof ExportTarget.PagePngs pngs) {
            return WORDS.format("export.wrotePreviews", written.files().size(), pngs.dpi(), where);
        }
        return WORDS.format("export.wrotePackage", where, megabytes(target.path()));
    }

    private PdfOptions options() {
        PdfOptions options = switch (profile.toLowerCase(Locale.ROOT)) {
            case "print" -> PdfOptions.print();
            case "archive" -> PdfOptions.archive();
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    WORDS.format("export.profile", profile));
        };
        if (bleedMm != null) {
            options = options.withBleedMm(bleedMm);
        }
        if (cropMarks != null) {
            options = options.withCropMarks(cropMarks);
        }
        if (downsamplePpi != null) {
            options = options.withDownsampleAbovePpi(downsamplePpi);
        }
        if (pressProfile != null) {
            if (!Files.isReadable(pressProfile)) {
                throw new IllegalArgumentException(WORDS.format("export.pressProfile", pressProfile));
            }
            options = options.withPressProfile(pressProfile);
        }
        return options;
    }

    private static double megabytes(Path file) throws java.io.IOException {
        return Files.size(file) / 1e6;
    }
}
