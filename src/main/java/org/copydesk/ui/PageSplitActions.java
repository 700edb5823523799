package org.copydesk.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.copydesk.desk.Desk;
import org.copydesk.desk.PageSplit;
import org.copydesk.desk.SplitRefusedException;
import org.copydesk.exchange.SplitProposal;
import org.copydesk.store.EditionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Split page text… and Split pasted text…: the text is read and split off the UI thread by
 * the desk's {@link PageSplit} (as {@code copydesk import --split} does), the proposal is corrected
 * in {@link PageSplitDialog}, and Save stores its stories in the open edition, all or nothing; the
 * navigator then lists them.
 */
final class PageSplitActions {
    private static final Logger LOG = LoggerFactory.getLogger(PageSplitActions.class);

    private final EditionRepository repository;
    private final Desk desk;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar status;

    PageSplitActions(EditionRepository repository, Desk desk, BackgroundWork work, UiText text, Window owner,
                     EditionWorkspace workspace, StatusBar status) {
        this.repository = Objects.requireNonNull(repository);
        this.desk = Objects.requireNonNull(desk);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
    }

    /** Asks for a text file, splits it and shows the proposal. */
    void openFile() {
        if (workspace.content().isEmpty()) {
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle(text.get("split.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("split.filter"), "*.txt", "*.text"),
                new FileChooser.ExtensionFilter(text.get("file.filter.all"), "*"));
        var file = chooser.showOpenDialog(owner);
        if (file != null) {
            splitFile(file.toPath());
        }
    }

    /** Splits the text on the clipboard (copied from a web page, a PDF or a wire screen). */
    void fromClipboard() {
        if (workspace.content().isEmpty()) {
            return;
        }
        String pasted = Clipboard.getSystemClipboard().getString();
        if (pasted == null || pasted.isBlank()) {
            status.showActivity(text.get("split.clipboardEmpty"), null);
            return;
        }
        String source = text.get("split.pasted");
        run(text.get("split.reading"), () -> desk.pageSplit().readText(pasted, source), this::review);
    }

    void splitFile(Path file) {
        run(text.get("split.reading"), () -> desk.pageSplit().readFile(file), this::review);
    }

    /** Shows {@code proposal} for correction; Save stores it. */
    void review(SplitProposal proposal) {
        status.showActivity("", null);
        new PageSplitDialog(text, owner, new PageSplitModel(proposal)).ask().ifPresent(this::save);
    }

    /** Saves the stories into the open edition in one transaction and shows them in the navigator. */
    void save(SplitProposal proposal) {
        workspace.content().ifPresent(content -> run(text.get("split.saving"),
                () -> desk.pageSplit().save(repository, content.edition().id(), proposal), saved -> {
                    saved.articles().forEach(workspace::replaceArticle);
                    if (!saved.articles().isEmpty()) {
                        workspace.select(new Selection.Story(saved.articles().get(0).id()));
                    }
                    status.showActivity(text.format("split.saved", saved.articles().size(), saved.captions().size()), null);
                }));
    }

    private <T> void run(String message, Callable<T> operation, Consumer<T> done) {
        status.showActivity(message, new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty());
        work.run(operation, done, error -> {
            LOG.warn("{} failed", message, error);
            status.showActivity("", null);
            String why = error instanceof SplitRefusedException refused
                    ? error.getMessage() + "\n" + String.join("\n", refused.problems())
                    : error.getMessage() == null ? error.toString() : error.getMessage();
            Alerts.error(owner, text, text.format("task.failed", message), why);
        });
    }
}
