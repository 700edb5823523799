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
 * The Page menu's make-up: framing the selected story or photo on the page on screen, and putting
 * a page back for Edit &gt; Undo and Redo. Each change is saved in the background and only then
 * shown and remembered, so undo never puts back a page the database never had.
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
    private final EditHistory history;
    private final FrameEditorModel makeup = new FrameEditorModel();
    private volatile java.util.function.Consumer<Page> beforeSave = page -> { };

    MakeupController(EditionRepository repository, BackgroundWork work, UiText text, Window owner,
                     EditionWorkspace workspace, StatusBar statusBar, Runnable checkSoon, EditHistory history) {
        this.repository = Objects.requireNonNull(repository);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.statusBar = Objects.requireNonNull(statusBar);
        this.checkSoon = Objects.requireNonNull(checkSoon);
        this.history = Objects.requireNonNull(history);
    }

    /** Runs before every page is saved, on the background executor, and may refuse it (the page's check-out). */
    void beforeSave(java.util.function.Consumer<Page> guard) {
        beforeSave = Objects.requireNonNull(guard);
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
        new FrameDialog(text, owner, makeup, content.get(), page.get(), selection, workspace::capacity).ask()
                .ifPresent(changed -> change(page.get(), changed));
    }

    /** Saves a made-up page and, once it is saved, remembers the change for Edit > Undo. */
    void change(Page before, Page after) {
        change(before, after, () -> { });
    }

    /** As {@link #change(Page, Page)}; {@code failed} runs when the page could not be saved. */
    void change(Page before, Page after, Runnable failed) {
        savePage(after, () -> {
            history.record(new Change.PageChange(before, after));
            statusBar.showActivity(text.format("frame.saved", after.number()), null);
        }, failed);
    }

    /** Puts back the page before ({@code undoing}) or after a change, and saves it. */
    void restore(Change.PageChange change, boolean undoing, Runnable failed) {
        Page page = undoing ? change.before() : change.after();
        workspace.showPage(page.number());
        savePage(page, () -> { }, failed);
    }

    FrameEditorModel makeup() {
        return makeup;
    }

    private void savePage(Page page, Runnable saved, Runnable failed) {
        work.run(() -> {
            beforeSave.accept(page);
            repository.savePage(page);
            return page;
        }, done -> {
            workspace.replacePage(done);
            saved.run();
            checkSoon.run();
        }, error -> {
            LOG.warn("could not save page {}", page.number(), error);
            failed.run();
            statusBar.showActivity("", null);
            Alerts.error(owner, text, text.format("frame.saveFailed", page.number()),
                    error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }
}
