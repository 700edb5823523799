package org.copydesk.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ObservableValue;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.copydesk.desk.EditionCheck;
import org.copydesk.desk.EditionExport;
import org.copydesk.desk.ExportTarget;
import org.copydesk.desk.ImportRefusedException;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.PreflightText;
import org.copydesk.render.pdf.PdfProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The File menu's edition work, each through the desk's services as the CLI does: import story
 * files; export the edition as a print PDF (after preflight) or an archive PDF, as page PDFs, PNG
 * previews or an edition package; back up the database. Each runs through the window's one
 * {@link BackgroundWork} with its progress in the status bar; failures are shown with the message
 * that names the file.
 */
final class EditionActions {
    private static final Logger LOG = LoggerFactory.getLogger(EditionActions.class);
    private static final int FINDINGS_SHOWN = 8;
    private static final ObservableValue<Number> UNKNOWN_PROGRESS = new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty();
    /** Screen previews: sharp on a 2x display at half size, small enough to mail. */
    private static final int PREVIEW_DPI = 150;

    private final UiServices services;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar status;
    private final PhotoImportActions photos;
    private final PageSignOffActions signOffs;
    private Path exportFolder = Path.of(System.getProperty("user.home"));

    EditionActions(UiServices services, BackgroundWork work, UiText text, Window owner, EditionWorkspace workspace,
                   StatusBar status) {
        this.services = Objects.requireNonNull(services);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
        this.photos = new PhotoImportActions(services, work, text, owner, workspace, status);
        this.signOffs = new PageSignOffActions(services, work, text, owner, workspace, status);
    }

    /** File > Import photos… and photos dropped on the window. */
    PhotoImportActions photos() {
        return photos;
    }

    /** Page > Sign off page (签发) and the pages' sign-off badges. */
    PageSignOffActions signOffs() {
        return signOffs;
    }

    boolean canBackUp() {
        return services.backup().isPresent();
    }

    /** What the files chosen next get: as written, or with punctuation fixed. */
    private org.copydesk.desk.CopyInOptions importOptions = org.copydesk.desk.CopyInOptions.asWritten();

    /** Reads every chosen file first; only when all read cleanly are they saved, as new unplaced stories. */
    void importStories() {
        workspace.content().ifPresent(content -> {
            var chooser = new FileChooser();
            chooser.setTitle(text.get("import.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(text.get("import.filter"), "*.txt", "*.md", "*.markdown",
                            "*.docx", "*.doc", "*.wps"),
                    new FileChooser.ExtensionFilter(text.get("file.filter.all"), "*"));
            var files = chooser.showOpenMultipleDialog(owner);
            if (files != null && !files.isEmpty()) {
                importFiles(content.edition().id(), files.stream().map(java.io.File::toPath).toList());
            }
        });
    }

    /** File > Import and fix punctuation…: as {@link #importStories()}, punctuation made Chinese (decision 0015). */
    void importStoriesFixingPunctuation() {
        importOptions = new org.copydesk.desk.CopyInOptions(true);
        try {
            importStories();
        } finally {
            importOptions = org.copydesk.desk.CopyInOptions.asWritten();
        }
    }

    void importFiles(String editionId, List<Path> files) {
        importFiles(editionId, files, importOptions);
    }

    /**
     * Reads and checks every file, then saves all the stories in one transaction, through the same
     * desk service as {@code copydesk import}: one bad file or a store failure imports none.
     */
    void importFiles(String editionId, List<Path> files, org.copydesk.desk.CopyInOptions options) {
        run(text.format("import.running", files.size()),
                () -> services.desk().storyImport().importWithReport(services.repository(), editionId, files, options),
                report -> {
                    var saved = report.stories();
                    saved.forEach(workspace::replaceArticle);
                    report.photos().forEach(workspace::replacePhoto);
                    if (!saved.isEmpty()) {
                        workspace.select(new Selection.Story(saved.get(0).id()));
                    }
                    status.showActivity(text.format("import.done", saved.size()), null);
                    if (!report.notes().isEmpty()) {
                        // What did not come in as it stood (Word tables, comments, bad pictures, punctuation fixed,
                        // a story in the other script): the user checks it.
                        Alerts.info(owner, text, text.format("import.notes", saved.size()), String.join("\n", report.notes()));
                    }
                }, error -> text.format("import.nothingImported", error instanceof ImportRefusedException refused
                        ? String.join("\n", refused.problems()) : messageOf(error)));
    }

    /** Asks for the profile and file, then exports the edition as on screen (unsaved edits included). */
    void exportPdf() {
        workspace.content().ifPresent(content -> new ExportDialog(text, owner, content.edition(), exportFolder).ask()
                .ifPresent(choice -> {
                    rememberFolder(choice.target().path().toAbsolutePath().getParent());
                    exportPdf(content, choice);
                }));
    }

    /** The print PDF, as File > Export PDF… with the print profile. */
    void exportPdf(EditionContent content, Path target) {
        exportPdf(content, new ExportChoice(PdfProfile.PRINT, target));
    }

    /** One PDF per page into a folder the user picks, for the press. */
    void exportPages() {
        workspace.content().ifPresent(content -> chooseFolder(text.get("export.pages.title"))
                .ifPresent(folder -> exportPdf(content, new ExportChoice(PdfProfile.PRINT,
                        new ExportTarget.PagePdfs(folder)))));
    }

    /** A PNG preview of every page into a folder the user picks. */
    void exportPreviews() {
        workspace.content().ifPresent(content -> chooseFolder(text.get("export.previews.title"))
                .ifPresent(folder -> exportPdf(content, new ExportChoice(PdfProfile.PRINT,
                        new ExportTarget.PagePngs(folder, PREVIEW_DPI)))));
    }

    /** An edition package another Copydesk can import. */
    void exportPackage() {
        workspace.content().ifPresent(content -> {
            var chooser = new FileChooser();
            chooser.setTitle(text.get("export.package.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("export.package.filter"), "*.edition"));
            chooser.setInitialDirectory(exportFolder.toFile().isDirectory() ? exportFolder.toFile() : null);
            chooser.setInitialFileName(ExportChoice.baseName(content.edition()) + ".edition");
            var file = chooser.showSaveDialog(owner);
            if (file != null) {
                rememberFolder(file.toPath().toAbsolutePath().getParent());
                exportPdf(content, new ExportChoice(PdfProfile.ARCHIVE, new ExportTarget.EditionPackage(file.toPath())));
            }
        });
    }

    private Optional<Path> chooseFolder(String title) {
        var chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(exportFolder.toFile().isDirectory() ? exportFolder.toFile() : null);
        var folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        rememberFolder(folder.toPath());
        return Optional.of(folder.toPath());
    }

    private void rememberFolder(Path folder) {
        if (folder != null) {
            exportFolder = folder;
        }
    }

    /**
     * Where the target goes to press under the print profile, preflight runs first and its errors
     * ask before anything is written (the desk's one gate); other exports are written at once.
     */
    void exportPdf(EditionContent content, ExportChoice choice) {
        List<ExportTarget> targets = List.of(choice.target());
        if (choice.profile() != PdfProfile.PRINT || !choice.target().goesToPress()) {
            write(content, choice);
            return;
        }
        var findingText = PreflightText.forLocale(text.locale());
        run(text.get("export.checking"), () -> services.desk().check().run(services.repository(), content,
                        EditionCheck.rulesFor(choice.options(), services.repository()), text.locale()),
                findings -> {
                    if (EditionExport.gateCloses(findings, targets, choice.options()) && !confirm(text.format(
                            "export.preflightErrors", findingText.summary(findings), describe(findings, findingText)))) {
                        status.showActivity(text.get("export.cancelled"), null);
                        return;
                    }
                    write(content, choice);
                });
    }

    /** Exports with progress per page and a Cancel button that stops it between pages. */
    private void write(EditionContent content, ExportChoice choice) {
        var job = new ExportJob(services.desk().export(), content, choice,
                () -> services.desk().notes().ofEdition(services.repository(), content.edition().id()));
        Path where = choice.target().path();
        String name = where.getFileName() == null ? where.toString() : where.getFileName().toString();
        var progress = work.runWithProgress(job::run, outcome -> {
            if (outcome instanceof ExportJob.Outcome.Written written) {
                status.showActivity(text.format("export.done", where.toString(), written.pages()), null);
            } else {
                status.showActivity(text.format("export.stopped", where.toString()), null);
            }
        }, error -> failed(text.format("export.running", name), error));
        status.showActivity(text.format("export.running", name), progress, job::cancel);
    }

    void backup() {
        if (services.backup().isEmpty()) {
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle(text.get("backup.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
        chooser.setInitialFileName("copydesk-backup-" + DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now()) + ".zip");
        var file = chooser.showSaveDialog(owner);
        if (file != null) {
            backupTo(file.toPath());
        }
    }

    void backupTo(Path zip) {
        services.backup().ifPresent(backup -> run(text.get("backup.running"), () -> {
            backup.backupTo(zip);
            return zip;
        }, written -> status.showActivity(text.format("backup.done", written.toString()), null)));
    }

    private static String describe(List<Finding> findings, PreflightText findingText) {
        var errors = findings.stream().filter(Finding::isError).toList();
        String shown = errors.stream().limit(FINDINGS_SHOWN).map(findingText::describe).collect(Collectors.joining("\n"));
        return errors.size() > FINDINGS_SHOWN ? shown + "\n…" : shown;
    }

    private <T> void run(String message, Callable<T> work, Consumer<T> done) {
        run(message, work, done, EditionActions::messageOf);
    }

    /** {@code explain} turns a failure into the text the error dialog shows. */
    private <T> void run(String message, Callable<T> work, Consumer<T> done, Function<Throwable, String> explain) {
        // A spinning bar: the work says nothing of how far it is.
        status.showActivity(message, UNKNOWN_PROGRESS);
        this.work.run(work, done, error -> failed(message, error, explain));
    }

    private void failed(String message, Throwable error) {
        failed(message, error, EditionActions::messageOf);
    }

    private void failed(String message, Throwable error, Function<Throwable, String> explain) {
        LOG.warn("{} failed", message, error);
        status.showActivity("", null);
        Alerts.error(owner, text, text.format("task.failed", message), explain.apply(error));
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    private boolean confirm(String message) {
        return Alerts.confirm(owner, text, message);
    }
}
