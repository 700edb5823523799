package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.stage.Window;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.store.EditionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Page menu's make-up: framing the selected story or photo on the page on screen and undoing
 * the last make-up change. Each change is saved in the background and only then shown; a failed
 * save is taken off the undo list, so undo never puts back a page the database never had.
 */
final class MakeupController {
    private static final Logger LOG = LoggerFactory.getLogger(MakeupController.class);

    private final EditionRepository repository;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar statusBar;
    private final Runnable checkSoon;
    private final FrameEditorModel makeup = new FrameEditorModel();

    MakeupController(EditionRepository repository, BackgroundWork work, UiText text, Window owner,
                     EditionWorkspace workspace, StatusBar statusBar, Runnable checkSoon) {
        this.repository = Objects.requireNonNull(repository);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.statusBar = Objects.requireNonNull(statusBar);
        this.checkSoon = Objects.requireNonNull(checkSoon);
    }

    /** Asks for the frame of the selection on the page on screen, then saves the changed page. */
    void frame() {
        Optional<EditionContent> content = workspace.content();
        Optional<Page> page = workspace.shownPage();
        Selection selection = workspace.selectionProperty().get();
        if (content.isEmpty() || page.isEmpty()) {
            return;
        }
        if (selection instanceof Selection.Nothing) {
            statusBar.showActivity(text.get("frame.nothing"), null);
            return;
        }
        new FrameDialog(text, owner, makeup, content.get(), page.get(), selection).ask()
                .ifPresent(changed -> savePage(changed, "frame.saved", true));
    }

    /** Puts the page as it was before the last make-up change back, and saves it. */
    void undoMakeup() {
        makeup.undo().ifPresentOrElse(before -> {
            workspace.showPage(before.number());
            savePage(before, "frame.undone", false);
        }, () -> statusBar.showActivity(text.get("frame.nothingToUndo"), null));
    }

    FrameEditorModel makeup() {
        return makeup;
    }

    private void savePage(Page page, String doneKey, boolean undoable) {
        work.run(() -> {
            repository.savePage(page);
            return page;
        }, saved -> {
            workspace.replacePage(saved);
            statusBar.showActivity(text.format(doneKey, saved.number()), null);
            checkSoon.run();
        }, error -> {
            LOG.warn("could not save page {}", page.number(), error);
            if (undoable) {
                makeup.dropLast();
            }
            statusBar.showActivity("", null);
            Alerts.error(owner, text, text.format("frame.saveFailed", page.number()),
                    error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }
}
