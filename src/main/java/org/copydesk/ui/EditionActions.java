package org.copydesk.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.exchange.StoryImportException;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Preflight;
import org.copydesk.preflight.PreflightText;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfProfile;
import org.copydesk.store.ArticleLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The File menu's edition work: import story files, export the edition as a print PDF (after
 * preflight) or an archive PDF, back up the database. Each runs as a {@link Task} on the background executor with
 * its progress in the status bar; failures are shown with the message that names the file.
 */
final class EditionActions {
    private static final Logger LOG = LoggerFactory.getLogger(EditionActions.class);
    private static final int FINDINGS_SHOWN = 8;

    private final UiServices services;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar status;
    private Path exportFolder = Path.of(System.getProperty("user.home"));

    EditionActions(UiServices services, UiText text, Window owner, EditionWorkspace workspace, StatusBar status) {
        this.services = Objects.requireNonNull(services);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
    }

    boolean canBackUp() {
        return services.backup().isPresent();
    }

    /** Reads every chosen file first; only when all read cleanly are they saved, as new unplaced stories. */
    void importStories() {
        workspace.content().ifPresent(content -> {
            var chooser = new FileChooser();
            chooser.setTitle(text.get("import.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(text.get("import.filter"), "*.txt", "*.md", "*.markdown"),
                    new FileChooser.ExtensionFilter(text.get("file.filter.all"), "*"));
            var files = chooser.showOpenMultipleDialog(owner);
            if (files != null && !files.isEmpty()) {
                importFiles(content.edition().id(), files.stream().map(java.io.File::toPath).toList());
            }
        });
    }

    /**
     * Reads and checks every file, then saves all the stories in one transaction (the same
     * {@code saveArticles} the command line uses): one bad file or a store failure imports none.
     */
    void importFiles(String editionId, List<Path> files) {
        run(text.format("import.running", files.size()), () -> {
            var read = new ArrayList<Article>();
            for (Path file : files) {
                Article article = StoryFileImporter.read(file, editionId);
                ArticleLimits.problem(article).ifPresent(problem -> {
                    throw new StoryImportException(text.format("import.fileProblem", file, problem));
                });
                read.add(article);
            }
            return services.repository().saveArticles(read);
        }, saved -> {
            saved.forEach(workspace::replaceArticle);
            if (!saved.isEmpty()) {
                workspace.select(new Selection.Story(saved.get(0).id()));
            }
            status.showActivity(text.format("import.done", saved.size()), null);
        }, error -> text.format("import.nothingImported", messageOf(error)));
    }

    /** Asks for the profile and file, then exports the edition as on screen (unsaved edits included). */
    void exportPdf() {
        workspace.content().ifPresent(content -> new ExportDialog(text, owner, content.edition(), exportFolder).ask()
                .ifPresent(choice -> {
                    Path parent = choice.target().toAbsolutePath().getParent();
                    if (parent != null) {
                        exportFolder = parent;
                    }
                    exportPdf(content, choice);
                }));
    }

    /** The print PDF, as File > Export PDF… with the print profile. */
    void exportPdf(EditionContent content, Path target) {
        exportPdf(content, new ExportChoice(PdfProfile.PRINT, target));
    }

    /** For print, preflight errors ask first; the archive copy is written whatever preflight says. */
    void exportPdf(EditionContent content, ExportChoice choice) {
        if (choice.profile() != PdfProfile.PRINT) {
            writePdf(content, choice);
            return;
        }
        var findingText = PreflightText.forLocale(text.locale());
        run(text.get("export.checking"), () -> new Preflight(services.composer(), text.locale()).check(content),
                findings -> {
                    if (Preflight.hasErrors(findings) && !confirm(text.format("export.preflightErrors",
                            findingText.summary(findings), describe(findings, findingText)))) {
                        status.showActivity(text.get("export.cancelled"), null);
                        return;
                    }
                    writePdf(content, choice);
                });
    }

    /** Exports as a task with progress per page and a Cancel button that stops it between pages. */
    private void writePdf(EditionContent content, ExportChoice choice) {
        var exporter = new PdfExporter(services.composer());
        Task<PdfExportJob.Outcome> task = new Task<>() {
            private final PdfExportJob job = new PdfExportJob(exporter, content, choice, this::updateProgress);

            @Override
            protected PdfExportJob.Outcome call() {
                updateProgress(-1, 1);
                return job.run();
            }

            /** Cancel without interrupting: PDFBox and the file channel must not see an interrupt. */
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                job.cancel();
                return false;
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue() instanceof PdfExportJob.Outcome.Written written) {
                status.showActivity(text.format("export.done", written.choice().target().toString(), written.pages()), null);
            } else {
                status.showActivity(text.format("export.stopped", choice.target().toString()), null);
            }
        });
        task.setOnFailed(e -> failed(text.format("export.running", choice.target().getFileName()), task.getException()));
        status.showActivity(text.format("export.running", choice.target().getFileName()), task.progressProperty(),
                () -> task.cancel(false));
        services.background().execute(task);
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
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed(message, task.getException(), explain));
        status.showActivity(message, task.progressProperty());
        services.background().execute(task);
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
