package org.copydesk.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Preflight;
import org.copydesk.preflight.PreflightRules;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The File menu's edition work: import story files, export the edition as a print PDF (after
 * preflight), back up the database. Each runs as a {@link Task} on the background executor with
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

    void importFiles(String editionId, List<Path> files) {
        run(text.format("import.running", files.size()), () -> {
            var read = new ArrayList<Article>();
            for (Path file : files) {
                read.add(StoryFileImporter.read(file, editionId));
            }
            var saved = new ArrayList<Article>();
            for (Article article : read) {
                saved.add(services.repository().saveArticle(article));
            }
            return saved;
        }, saved -> {
            saved.forEach(workspace::replaceArticle);
            if (!saved.isEmpty()) {
                workspace.select(new Selection.Story(saved.get(0).id()));
            }
            status.showActivity(text.format("import.done", saved.size()), null);
        });
    }

    /** Preflights the edition as on screen (unsaved edits included) and writes the print PDF. */
    void exportPdf() {
        workspace.content().ifPresent(content -> {
            var chooser = new FileChooser();
            chooser.setTitle(text.get("export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            chooser.setInitialFileName(content.edition().name() + "-"
                    + DateTimeFormatter.BASIC_ISO_DATE.format(content.edition().publicationDate()) + ".pdf");
            var file = chooser.showSaveDialog(owner);
            if (file != null) {
                exportPdf(content, file.toPath());
            }
        });
    }

    void exportPdf(EditionContent content, Path target) {
        run(text.get("export.checking"), () -> new Preflight(services.composer(), PreflightRules.defaults()).check(content),
                findings -> {
                    if (Preflight.hasErrors(findings) && !confirm(text.format("export.preflightErrors",
                            Preflight.summary(findings), describe(findings)))) {
                        status.showActivity(text.get("export.cancelled"), null);
                        return;
                    }
                    writePdf(content, target);
                });
    }

    private void writePdf(EditionContent content, Path target) {
        var exporter = new PdfExporter(services.composer());
        run(text.format("export.running", target.getFileName()), progress -> {
            exporter.exportEdition(content, target, PdfOptions.print(), progress::accept);
            return target;
        }, written -> status.showActivity(text.format("export.done", written.toString()), null));
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

    private static String describe(List<Finding> findings) {
        var errors = findings.stream().filter(Finding::isError).toList();
        String shown = errors.stream().limit(FINDINGS_SHOWN).map(Finding::describe).collect(Collectors.joining("\n"));
        return errors.size() > FINDINGS_SHOWN ? shown + "\n…" : shown;
    }

    /** Work that reports pages done as (done, total). */
    private interface ProgressingWork<T> {
        T call(ProgressSink progress) throws Exception;
    }

    private interface ProgressSink {
        void accept(int done, int total);
    }

    private <T> void run(String message, Callable<T> work, Consumer<T> done) {
        run(message, progress -> work.call(), done);
    }

    private <T> void run(String message, ProgressingWork<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call((d, total) -> updateProgress(d, total));
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.warn("{} failed", message, error);
            status.showActivity("", null);
            var alert = new Alert(Alert.AlertType.ERROR, error.getMessage() == null ? error.toString() : error.getMessage(),
                    ButtonType.OK);
            alert.initOwner(owner);
            alert.setHeaderText(text.format("task.failed", message));
            alert.show();
        });
        status.showActivity(message, task.progressProperty());
        services.background().execute(task);
    }

    private boolean confirm(String message) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
