package org.copydesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.copydesk.desk.PhotoImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Import photos… and photo files or folders dropped on the navigator or the page: each runs
 * the desk's {@link PhotoImport} in the background, as {@code copydesk import-photo} does, with a
 * progress bar and Cancel (which stops after the file being read). Every photo saved is added to
 * the open edition at once; a summary names the duplicates and the refused files with the reason.
 */
final class PhotoImportActions {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoImportActions.class);
    /** Lines of duplicates and refusals the summary lists; the rest are counted. */
    private static final int LISTED = 12;

    private final UiServices services;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar status;

    PhotoImportActions(UiServices services, BackgroundWork work, UiText text, Window owner, EditionWorkspace workspace,
                       StatusBar status) {
        this.services = Objects.requireNonNull(services);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
    }

    /** Asks for photo files (several at once) and imports them. */
    void choose() {
        if (workspace.content().isEmpty()) {
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle(text.get("photoImport.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("photoImport.filter"),
                        "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.JPG", "*.JPEG", "*.PNG", "*.TIF", "*.TIFF"),
                new FileChooser.ExtensionFilter(text.get("file.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    /** Lets files and folders dropped on {@code targets} be imported as photos of the open edition. */
    void acceptDrops(Node... targets) {
        for (Node target : targets) {
            target.addEventHandler(DragEvent.DRAG_OVER, e -> {
                if (e.getDragboard().hasFiles() && workspace.content().isPresent()) {
                    e.acceptTransferModes(TransferMode.COPY);
                    e.consume();
                }
            });
            target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
                if (e.getDragboard().hasFiles() && workspace.content().isPresent()) {
                    List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                    e.setDropCompleted(true);
                    e.consume();
                    importPaths(dropped);
                }
            });
        }
    }

    /** Imports files and folders into the open edition in the background; the returned flag cancels. */
    AtomicBoolean importPaths(List<Path> filesOrFolders) {
        AtomicBoolean cancel = new AtomicBoolean();
        workspace.content().ifPresent(content -> {
            String editionId = content.edition().id();
            String running = text.format("photoImport.running", filesOrFolders.size());
            var progress = work.runWithProgress(p -> services.desk().photoImport().importFiles(services.repository(),
                    editionId, filesOrFolders, new PhotoImport.Progress() {
                        @Override
                        public void fileDone(PhotoImport.Outcome outcome, int done, int total) {
                            p.report(done, total);
                        }

                        @Override
                        public boolean cancelRequested() {
                            return cancel.get();
                        }
                    }), report -> done(editionId, report), error -> {
                        LOG.warn("{} failed", running, error);
                        status.showActivity("", null);
                        Alerts.error(owner, text, text.format("task.failed", running),
                                error.getMessage() == null ? error.toString() : error.getMessage());
                    });
            status.showActivity(running, progress, () -> cancel.set(true));
        });
        return cancel;
    }

    private void done(String editionId, PhotoImport.Report report) {
        boolean sameEdition = workspace.content().map(c -> c.edition().id().equals(editionId)).orElse(false);
        if (sameEdition) {
            report.imported().forEach(workspace::replacePhoto);
            if (!report.imported().isEmpty()) {
                workspace.select(new Selection.Picture(report.imported().get(0).id()));
            }
        }
        String summary = summary(report);
        status.showActivity(summary, null);
        if (!report.duplicates().isEmpty() || !report.refused().isEmpty()) {
            Alerts.info(owner, text, summary, details(report));
        }
    }

    /** {@code 5 photos imported, 1 duplicate, 2 refused} (and how many were not reached when cancelled). */
    String summary(PhotoImport.Report report) {
        String counts = text.format("photoImport.summary", report.imported().size(), report.duplicates().size(),
                report.refused().size());
        return report.cancelled() ? counts + text.format("photoImport.cancelled", report.notReached()) : counts;
    }

    private String details(PhotoImport.Report report) {
        List<String> lines = new java.util.ArrayList<>();
        report.duplicates().forEach(d -> lines.add(text.format("photoImport.duplicate", d.file().getFileName(),
                d.existingFileName())));
        report.refused().forEach(r -> lines.add(r.message()));
        String listed = lines.stream().limit(LISTED).collect(Collectors.joining("\n"));
        return lines.size() > LISTED ? listed + "\n" + text.format("photoImport.more", lines.size() - LISTED) : listed;
    }
}
