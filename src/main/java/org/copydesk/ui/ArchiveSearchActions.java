package org.copydesk.ui;

import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Window;
import org.copydesk.desk.Desk;
import org.copydesk.model.EditionContent;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchRequest;
import org.copydesk.search.SearchResults;
import org.copydesk.store.EditionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive search dialog's work: searches through the desk's {@code ArchiveSearch} off the FX
 * thread (bringing the index up to date may read many editions), and opens a result: in the edition
 * on screen by selecting it, else by opening its edition at its page and selecting it there.
 */
final class ArchiveSearchActions {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSearchActions.class);

    private final EditionRepository repository;
    private final Desk desk;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final BiConsumer<String, Integer> reopen;
    private ArchiveSearchDialog dialog;
    private ChangeListener<EditionContent> pending;

    ArchiveSearchActions(EditionRepository repository, Desk desk, BackgroundWork work, UiText text, Window owner,
                         EditionWorkspace workspace, BiConsumer<String, Integer> reopen) {
        this.repository = Objects.requireNonNull(repository);
        this.desk = Objects.requireNonNull(desk);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.reopen = Objects.requireNonNull(reopen);
    }

    /** Shows the dialog (the same one again, with its last results, when it was open before). */
    ArchiveSearchDialog show() {
        if (dialog == null) {
            dialog = new ArchiveSearchDialog(text, owner, this::search, this::open);
        }
        dialog.show();
        return dialog;
    }

    private void search(SearchRequest request) {
        if (request.isEmpty()) {
            dialog.show(SearchResults.none());
            return;
        }
        dialog.searching();
        work.run(() -> desk.archiveSearch().find(repository, request), dialog::show, error -> {
            LOG.warn("archive search failed", error);
            dialog.failed(error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }

    void open(SearchHit hit) {
        if (pending != null) {
            workspace.contentProperty().removeListener(pending);
            pending = null;
        }
        boolean onScreen = workspace.content().map(c -> c.edition().id().equals(hit.editionId())).orElse(false);
        if (onScreen) {
            select(hit);
            return;
        }
        pending = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends EditionContent> obs, EditionContent old,
                                EditionContent now) {
                if (now != null && now.edition().id().equals(hit.editionId())) {
                    obs.removeListener(this);
                    pending = null;
                    // After the opening has finished: it selects the first story on the page it shows,
                    // which would otherwise replace the result (seen with a result lower on its page).
                    Platform.runLater(() -> select(hit));
                }
            }
        };
        workspace.contentProperty().addListener(pending);
        reopen.accept(hit.editionId(), hit.page());
    }

    private void select(SearchHit hit) {
        workspace.select(hit.kind().equals("photo") ? new Selection.Picture(hit.id()) : new Selection.Story(hit.id()));
        owner.requestFocus();
    }
}
