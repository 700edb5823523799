package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Preflight;
import org.copydesk.preflight.PreflightRules;
import org.copydesk.preflight.PreflightText;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.render.pdf.PdfProfile;
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
    /** The preview resolutions {@link PdfExporter#exportPreviews} accepts. */
    private static final int MIN_PNG_DPI = 10;
    private static final int MAX_PNG_DPI = 600;

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
        if (pngDir != null && (pngDpi < MIN_PNG_DPI || pngDpi > MAX_PNG_DPI)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    WORDS.format("export.pngDpi", MIN_PNG_DPI, MAX_PNG_DPI, pngDpi));
        }
        PdfOptions options = options();
        EditionContent content = root.editionContent(editionId);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        var rules = PreflightRules.defaults().withCmykPrintRun(options.convertsToCmyk());
        PreflightText text = PreflightText.forSystem();
        List<Finding> findings = new Preflight(root.services().composer(), rules, text.locale()).check(content);
        findings.stream().filter(Finding::isError).forEach(f -> err.println(TerminalText.visible(text.describe(f))));
        boolean forPrint = options.profile() == PdfProfile.PRINT && (pdf != null || pagesDir != null);
        if (Preflight.hasErrors(findings) && forPrint && !force) {
            err.flush();
            throw new IllegalStateException(WORDS.format("export.refused", text.summary(findings)));
        }

        PdfExporter exporter = new PdfExporter(root.services().composer());
        boolean showProgress = progress || ProgressLines.stderrIsTerminal();
        List<Integer> pageNumbers = content.pages().stream().map(p -> p.number()).toList();
        Function<String, ExportProgress> progressOf = label -> showProgress
                ? new ProgressLines(err, label, pageNumbers) : ExportProgress.NONE;
        long start = System.nanoTime();
        if (pdf != null) {
            exporter.exportEdition(content, pdf, options, progressOf.apply(WORDS.format("progress.pdf")));
            out.println(WORDS.format("export.wrotePdf", TerminalText.visible(pdf), content.pages().size(), megabytes(pdf)));
        }
        if (pagesDir != null) {
            List<Path> files = exporter.exportPages(content, pagesDir, options, progressOf.apply(WORDS.format("progress.pages")));
            out.println(WORDS.format("export.wrotePages", files.size(), TerminalText.visible(pagesDir)));
        }
        if (pngDir != null) {
            List<Path> files = exporter.exportPreviews(content, pngDir, pngDpi, progressOf.apply(WORDS.format("progress.png")));
            out.println(WORDS.format("export.wrotePreviews", files.size(), pngDpi, TerminalText.visible(pngDir)));
        }
        if (packageFile != null) {
            new EditionPackageWriter(root.services().composer())
                    .write(content, packageFile, progressOf.apply(WORDS.format("progress.package")));
            out.println(WORDS.format("export.wrotePackage", TerminalText.visible(packageFile), megabytes(packageFile)));
        }
        out.println(WORDS.format("export.done", text.summary(findings), (System.nanoTime() - start) / 1e9));
        out.flush();
        return 0;
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
