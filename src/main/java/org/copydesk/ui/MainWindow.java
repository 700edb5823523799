package org.copydesk.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.preflight.Finding;
import org.copydesk.render.fx.FxFontCache;
import org.copydesk.render.fx.PageCanvasRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: edition navigator on the left, the layout preview of the page on screen in the
 * centre, the article and caption editors on the right, menus above and the status bar below.
 * Wires the panes to the {@link EditionWorkspace} and keeps one editor model per story and photo,
 * so switching back and forth never loses or re-saves anything.
 */
public final class MainWindow implements WindowCommands {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final UiServices services;
    private final UiText text;
    private final Stage stage;
    private final AutosaveContext autosave;
    private final EditionWorkspace workspace;
    private final FxFontCache fonts = new FxFontCache();
    private final PhotoImages images = new PhotoImages();
    private final EditionNavigator navigator;
    private final PagePreviewPane preview;
    private final ArticleEditorPane articlePane;
    private final CaptionPane captionPane;
    private final StatusBar statusBar;
    private final TabPane editors = new TabPane();
    private final Tab articleTab;
    private final Tab captionTab;
    private final Label emptyMessage = new Label();
    private final EditionActions actions;
    private final EditorModels models;
    private final PreflightModel preflight;
    private final PreflightPane preflightPane;
    private final FocusedTextEditing editing;
    private final MakeupController makeupController;
    /** Every piece of the window's work off the FX thread, but the cancellable export, runs through this. */
    private final BackgroundWork work;
    private boolean closing;

    public MainWindow(UiServices services, UiText text, Stage stage) {
        this(services, text, stage, new AutosaveContext(services.background(), Platform::runLater,
                new FxDelayScheduler(), Clock.systemDefaultZone(), AutosaveContext.DEFAULT_DELAY));
    }

    MainWindow(UiServices services, UiText text, Stage stage, AutosaveContext autosave) {
        this.services = Objects.requireNonNull(services);
        this.text = Objects.requireNonNull(text);
        this.stage = Objects.requireNonNull(stage);
        this.autosave = Objects.requireNonNull(autosave);
        this.workspace = new EditionWorkspace(services.composer(), Platform::runLater);
        this.navigator = new EditionNavigator(text);
        this.preview = new PagePreviewPane(workspace, new PageCanvasRenderer(fonts),
                id -> workspace.content().flatMap(c -> c.photo(id)).map(images::image).orElse(null));
        this.statusBar = new StatusBar(text, services.databaseDescription());
        var paste = new PasteCleaning(cleaned -> statusBar.showActivity(
                text.format("paste.removed", cleaned.removed().size(), cleaned.removedList()), null));
        this.articlePane = new ArticleEditorPane(text, paste);
        this.captionPane = new CaptionPane(text, images::image, paste);
        this.work = new TaskBackgroundWork(services.background());
        this.actions = new EditionActions(services, work, text, stage, workspace, statusBar);
        this.preflight = new PreflightModel(content -> services.desk().check().run(content, text.locale()),
                work, autosave.scheduler(), workspace::content);
        this.preflightPane = new PreflightPane(text, preflight);
        this.makeupController = new MakeupController(services.repository(), work, text, stage, workspace, statusBar,
                preflight::checkSoon);
        this.models = new EditorModels(workspace, services.repository(), autosave, this::updateStatus,
                preflight::checkSoon);
        this.editing = new FocusedTextEditing(() -> stage.getScene() == null ? null : stage.getScene().getFocusOwner());
        articleTab = new Tab(text.get("tab.article"), articlePane.node());
        captionTab = new Tab(text.get("tab.caption"), captionPane.node());
        editors.getTabs().addAll(articleTab, captionTab);
        editors.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stage.setScene(buildScene());
        stage.setTitle(text.get("app.title"));
        stage.setOnCloseRequest(e -> {
            if (!closing) {
                e.consume();
                quit();
            }
        });
        wire();
    }

    private Scene buildScene() {
        emptyMessage.setText(text.get("preview.loading"));
        emptyMessage.getStyleClass().add("preview-empty");
        var page = new StackPane(preview.node(), emptyMessage);
        var centre = new SplitPane(page, preflightPane.node());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(preflightPane.node(), false);
        var split = new SplitPane(navigator.node(), centre, editors);
        split.setDividerPositions(0.22, 0.62);
        SplitPane.setResizableWithParent(navigator.node(), false);
        var root = new BorderPane(split);
        root.setTop(new AppMenuBar(text, this).node());
        var frameItem = new MenuItem(text.get("menu.page.frame"));
        frameItem.setOnAction(e -> frame());
        navigator.node().setContextMenu(new ContextMenu(frameItem));
        root.setBottom(statusBar.node());
        // The bundled faces carry every Chinese character the UI shows, installed fonts or not.
        root.setStyle("-fx-font-family: \"" + fonts.family(FontFace.SANS) + "\";");
        articlePane.bodyArea().setStyle("-fx-font-family: \"" + fonts.family(FontFace.SERIF) + "\"; -fx-font-size: 15px;");
        // Never larger than the screen: small laptops, and the headless test screen, are 1280x800.
        var screen = Screen.getPrimary().getVisualBounds();
        var scene = new Scene(root, Math.min(1480, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("copydesk.css"), "copydesk.css missing").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), this::redo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+P"), this::preflight);
        return scene;
    }

    private void wire() {
        navigator.onPicked(item -> {
            if (item instanceof NavItem.PageItem page) {
                workspace.showPage(page.page().number());
            } else if (!(item.selection() instanceof Selection.Nothing)) {
                workspace.select(item.selection());
            }
        });
        preview.onPicked(workspace::select);
        // Clicking the page gives it the focus, so Edit > Undo then undoes make-up, not typing.
        preview.canvas().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> preview.node().requestFocus());
        preflightPane.onJump(this::showFinding);
        articlePane.onRevisions(this::revisions);
        preflight.statusProperty().addListener((obs, old, now) ->
                statusBar.showPreflight(PreflightPane.describe(text, now)));
        workspace.contentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                navigator.show(now);
            }
        });
        workspace.layoutProperty().addListener((obs, old, now) -> {
            emptyMessage.setVisible(now == null);
            updateStatus();
        });
        workspace.selectionProperty().addListener((obs, old, now) -> selected(now));
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

    private void updateStatus() {
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

    /** Loads the newest edition in a background task and shows its first page. */
    public void openLatestEdition() {
        var repository = services.repository();
        work.run(() -> {
            var latest = repository.latestEdition();
            if (latest.isEmpty()) {
                return Optional.<EditionContent>empty();
            }
            var content = repository.loadEdition(latest.get().id());
            content.ifPresent(c -> images.preload(c.photos()));
            return content;
        }, loaded -> loaded.ifPresentOrElse(content -> {
            workspace.open(content);
            firstStoryOnScreen().ifPresent(id -> workspace.select(new Selection.Story(id)));
            preflight.checkNow();
        }, () -> emptyMessage.setText(text.get("preview.noEdition"))), error -> {
            LOG.error("could not load the newest edition", error);
            emptyMessage.setText(text.format("preview.loadFailed", String.valueOf(error.getMessage())));
        });
    }

    /** The opening story of the page on screen, so the editor is not empty on start. */
    private Optional<String> firstStoryOnScreen() {
        int shown = workspace.shownPageProperty().get();
        return workspace.content().flatMap(c -> c.page(shown)).flatMap(page -> page.placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0)
                .map(Placement::contentId)
                .findFirst());
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

    /** Opens the revisions of the story in the editor; pending edits are saved before listing. */
    @Override
    public void revisions() {
        articlePane.model().ifPresent(editor -> {
            var revisions = new RevisionsModel(editor, services.repository(), new TaskBackgroundWork(services.background()));
            revisions.stateProperty().addListener((obs, old, now) -> revisionsChanged(now));
            new RevisionsDialog(text, stage, revisions, ZoneId.systemDefault()).show();
        });
    }

    private void revisionsChanged(RevisionsModel.State state) {
        if (state instanceof RevisionsModel.State.Restored restored) {
            statusBar.showActivity(text.format("revisions.restored", restored.fromVersion(), restored.newVersion()), null);
        } else if (state instanceof RevisionsModel.State.Stale) {
            statusBar.showActivity(text.get("revisions.stale"), null);
        } else if (state instanceof RevisionsModel.State.Failed failed) {
            statusBar.showActivity(text.format("revisions.failed", failed.message()), null);
        }
    }

    @Override
    public void preflight() {
        preflight.checkNow();
    }

    PreflightModel preflightModel() {
        return preflight;
    }

    PreflightPane preflightPane() {
        return preflightPane;
    }

    public void show() {
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        stage.show();
        // JavaFX 21 under some X11 window managers (openbox) shrinks a new window to about 200x200
        // right after it is shown; giving the size again once it is on screen holds it.
        stage.setWidth(Math.max(stage.getWidth(), width));
        stage.setHeight(Math.max(stage.getHeight(), height));
    }

    public Stage stage() {
        return stage;
    }

    EditionWorkspace workspace() {
        return workspace;
    }

    PagePreviewPane preview() {
        return preview;
    }

    ArticleEditorPane articlePane() {
        return articlePane;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    EditionNavigator navigator() {
        return navigator;
    }

    /**
     * Starts a story in the open edition: it is listed under the unplaced stories, opened in the
     * editor and written to the store at once, so it exists even if nothing is typed.
     */
    @Override
    public void newStory() {
        workspace.content().ifPresent(c -> {
            var now = Instant.now();
            var story = new Article(UUID.randomUUID().toString(), c.edition().id(), "", text.get("story.newHeadline"),
                    "", "", List.of(), ArticleStatus.DRAFT, 0, 0, now, now);
            workspace.replaceArticle(story);
            workspace.select(new Selection.Story(story.id()));
            models.article(story.id()).ifPresent(ArticleEditorModel::saveNew);
        });
    }

    @Override
    public void importStories() {
        actions.importStories();
    }

    @Override
    public void exportPdf() {
        actions.exportPdf();
    }

    @Override
    public void exportPages() {
        actions.exportPages();
    }

    @Override
    public void exportPreviews() {
        actions.exportPreviews();
    }

    @Override
    public void exportPackage() {
        actions.exportPackage();
    }

    @Override
    public boolean canBackUp() {
        return actions.canBackUp();
    }

    @Override
    public void backup() {
        actions.backup();
    }

    EditionActions actions() {
        return actions;
    }

    /** Saves everything pending, then closes; asks first when something could not be saved. */
    @Override
    public void quit() {
        models.flushAll().whenComplete((states, error) -> Platform.runLater(() -> {
            boolean unsaved = error != null || states.stream().anyMatch(SaveState::holdsUnsavedText);
            if (unsaved && !confirm(text.get("close.unsaved"))) {
                return;
            }
            closing = true;
            stage.close();
        }));
    }

    private boolean confirm(String message) {
        return Alerts.confirm(stage, text, message);
    }

    /**
     * Edit > Undo: the make-up change when the page preview has the focus, else the text control's
     * own undo.
     */
    @Override
    public void undo() {
        Node focus = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (focus != null && isInside(focus, preview.node())) {
            undoMakeup();
        } else {
            editing.undo();
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Page > Place on page… / Frame…: frames the selected story or photo on the page on screen. */
    @Override
    public void frame() {
        makeupController.frame();
    }

    /** Page > Undo make-up. */
    @Override
    public void undoMakeup() {
        makeupController.undoMakeup();
    }

    FrameEditorModel makeup() {
        return makeupController.makeup();
    }

    @Override
    public void redo() {
        editing.redo();
    }

    @Override
    public void cut() {
        editing.cut();
    }

    @Override
    public void copy() {
        editing.copy();
    }

    @Override
    public void paste() {
        editing.paste();
    }

    @Override
    public void zoomIn() {
        preview.zoomIn();
    }

    @Override
    public void zoomOut() {
        preview.zoomOut();
    }

    @Override
    public void fitWidth() {
        preview.fitWidth();
    }

    @Override
    public BooleanProperty showFramesProperty() {
        return preview.showFramesProperty();
    }

    @Override
    public void applyParagraphKind(ParagraphKind kind) {
        articlePane.applyKind(kind);
    }

    @Override
    public void about() {
        Alerts.info(stage, text, text.get("app.title"), text.get("about.text")).setTitle(text.get("menu.help.about"));
    }
}
