package org.copydesk.ui;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.copydesk.preflight.Finding;

/**
 * Keeps the flatplan window on the edition while it is open: every recomposed page, move of the page
 * on screen and finished preflight check redraws it; closed, it costs nothing.
 */
final class FlatplanFollower {
    private final FlatplanView view;
    private final EditionWorkspace workspace;
    private final PreflightModel preflight;

    FlatplanFollower(FlatplanView view, EditionWorkspace workspace, PreflightModel preflight) {
        this.view = Objects.requireNonNull(view);
        this.workspace = Objects.requireNonNull(workspace);
        this.preflight = Objects.requireNonNull(preflight);
        workspace.layoutProperty().addListener((obs, old, now) -> refresh());
        preflight.findings().addListener((ListChangeListener<Finding>) change -> refresh());
    }

    /** Opens (or brings forward) the flatplan window, owned by {@code owner}. */
    void show(Window owner) {
        view.showWindow(owner);
        refresh();
    }

    FlatplanView view() {
        return view;
    }

    private void refresh() {
        if (view.isShowing()) {
            workspace.content().ifPresent(c -> view.show(c, preflight.findings(), workspace.shownPageProperty().get()));
        }
    }
}
