package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.copydesk.preflight.Finding;

/**
 * Follows the selection around the window: reveals it in the navigator, opens its editor in the
 * right-hand tabs, and keeps the status bar's 字数, copyfit and save state on it. Preflight's
 * jump to a finding comes here too.
 */
final class SelectionFollower {
    private final EditionWorkspace workspace;
    private final EditionNavigator navigator;
    private final EditorModels models;
    private final ArticleEditorPane articlePane;
    private final CaptionPane captionPane;
    private final StatusBar statusBar;
    private final TabPane editors = new TabPane();
    private final Tab articleTab;
    private final Tab captionTab;

    SelectionFollower(UiText text, EditionWorkspace workspace, EditionNavigator navigator, EditorModels models,
                      ArticleEditorPane articlePane, CaptionPane captionPane, StatusBar statusBar) {
        this.workspace = Objects.requireNonNull(workspace);
        this.navigator = Objects.requireNonNull(navigator);
        this.models = Objects.requireNonNull(models);
        this.articlePane = Objects.requireNonNull(articlePane);
        this.captionPane = Objects.requireNonNull(captionPane);
        this.statusBar = Objects.requireNonNull(statusBar);
        articleTab = new Tab(text.get("tab.article"), articlePane.node());
        captionTab = new Tab(text.get("tab.caption"), captionPane.node());
        editors.getTabs().addAll(articleTab, captionTab);
        editors.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        workspace.selectionProperty().addListener((obs, old, now) -> selected(now));
        // Another edition: its editors start empty until something in it is selected.
        workspace.contentProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.edition().id().equals(now.edition().id())) {
                articlePane.clear();
                captionPane.clear();
            }
        });
    }

    /** The article and caption editors, as tabs. */
    TabPane editors() {
        return editors;
    }

    /** Opens the editor of {@code selection} again, even when it was selected already. */
    void edit(Selection selection) {
        if (selection.equals(workspace.selectionProperty().get())) {
            selected(selection);
        } else {
            workspace.select(selection);
        }
    }

    private void selected(Selection selection) {
        navigator.reveal(selection);
        if (selection instanceof Selection.Story story) {
            models.article(story.articleId()).ifPresent(model -> {
                articlePane.show(model);
                editors.getSelectionModel().select(articleTab);
            });
        } else if (selection instanceof Selection.Picture picture) {
            models.caption(picture.photoId()).ifPresent(model -> {
                captionPane.show(model);
                editors.getSelectionModel().select(captionTab);
            });
        }
        updateStatus();
    }

    /** Shows the selected story's 字数 and copyfit and the selection's save state. */
    void updateStatus() {
        Selection selection = workspace.selectionProperty().get();
        Optional<ArticleEditorModel> story = selection instanceof Selection.Story s
                ? models.openedArticle(s.articleId()) : Optional.empty();
        statusBar.showCount(story.map(ArticleEditorModel::count));
        statusBar.showCopyfit(story.flatMap(m -> workspace.copyfit(m.article().id())));
        Optional<SaveState> state = story.map(m -> m.saveStateProperty().get());
        if (selection instanceof Selection.Picture p) {
            state = models.openedCaption(p.photoId()).map(m -> m.saveStateProperty().get());
        }
        statusBar.showSaveState(state);
    }

    /**
     * Shows where a finding is: opens its page, selects its story or photo in the navigator and
     * the editor, and so highlights its frames in the preview.
     */
    void showFinding(Finding finding) {
        workspace.content().ifPresent(content -> {
            PreflightModel.Jump jump = PreflightModel.jumpFor(finding, content);
            if (!(jump.selection() instanceof Selection.Nothing)) {
                if (jump.selection().equals(workspace.selectionProperty().get())) {
                    // Already selected: the editor may be showing the other tab; bring it back.
                    selected(jump.selection());
                } else {
                    workspace.select(jump.selection());
                }
            }
            if (jump.pageNumber() > 0) {
                workspace.showPage(jump.pageNumber());
                navigator.reveal(jump.selection(), jump.pageNumber());
            }
        });
    }
}
