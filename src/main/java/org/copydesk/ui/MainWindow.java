package org.copydesk.ui;

import java.time.Clock;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.copydesk.preflight.Finding;
import org.copydesk.render.fx.FxFontCache;
import org.copydesk.render.fx.PageCanvasRenderer;

/**
 * The main window: edition navigator on the left, the layout preview of the page on screen in the
 * centre, the article and caption editors on the right, menus above and the status bar below.
 * Wires the panes to the {@link EditionWorkspace} and keeps one editor model per story and photo,
 * so switching back and forth never loses or re-saves anything.
 */
public final class MainWindow implements WindowCommands {
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
    private final Label emptyMessage = new Label();
    private final EditionActions actions;
    private final EditorModels models;
    private final SelectionFollower follower;
    private final PreflightModel preflight;
    private final PreflightPane preflightPane;
    private final FocusedTextEditing editing;
    private final WindowUndo undo;
    private final MakeupController makeupController;
    private final EditionChooser chooser;
    private final PlanningActions planning;
    private final FlatplanFollower flatplan;
    private final EditionOpening opening;
    private final PhotoDesk photoDesk;
    private final FindActions find;
    /** Set on the stage by {@link #show()}: on a stage already on the screen that styles and lays it out. */
    private final Scene scene;
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
        this.preview = new PagePreviewPane(workspace, new PageCanvasRenderer(fonts), this::image);
        this.statusBar = new StatusBar(text, services.databaseDescription());
        var paste = new PasteCleaning(cleaned -> statusBar.showActivity(
                text.format("paste.removed", cleaned.removed().size(), cleaned.removedList()), null));
        this.articlePane = new ArticleEditorPane(text, paste);
        this.captionPane = new CaptionPane(text, images::image, paste);
        this.work = new TaskBackgroundWork(services.background());
        this.actions = new EditionActions(services, work, text, stage, workspace, statusBar);
        this.preflight = new PreflightModel(actions.signOffs()::check,
                work, autosave.scheduler(), workspace::content);
        this.preflightPane = new PreflightPane(text, preflight);
        var history = new EditHistory();
        this.makeupController = new MakeupController(services.repository(), work, text, stage, workspace, statusBar,
                preflight::checkSoon, history);
        this.models = new EditorModels(workspace, services.repository(), autosave, this::updateStatus,
                preflight::checkSoon);
        new WindowCheckouts(services.repository(), services.desk().checkouts(), work, autosave.ui(), autosave.scheduler(),
                text, stage, articlePane).guard(models, makeupController);
        this.follower = new SelectionFollower(text, workspace, navigator, models, articlePane, captionPane, statusBar);
        this.editing = new FocusedTextEditing(() -> stage.getScene() == null ? null : stage.getScene().getFocusOwner());
        this.undo = new WindowUndo(editing, history, this::restore, text, message -> statusBar.showActivity(message, null));
        this.find = new FindActions(text, stage, articlePane, new EditionReplacing(services.repository(), work, models,
                workspace, history, text, stage, message -> statusBar.showActivity(message, null)));
        this.chooser = new EditionChooser(text, this::openEdition);
        this.planning = new PlanningActions(services, work, text, stage, workspace, statusBar, this::openEdition, articlePane);
        this.flatplan = new FlatplanFollower(new FlatplanView(text, services.composer(), fonts, this::image,
                workspace::showPage, planning::movePage), workspace, preflight);
        this.photoDesk = new PhotoDesk(text, workspace, makeupController, preview, captionPane, follower, preflight,
                services.background(), message -> statusBar.showActivity(message, null));
        this.opening = new EditionOpening(services.repository(), services.composer(), work, workspace, images, text,
                preflight::checkNow, emptyMessage::setText, chooser);
        this.scene = buildScene();
        stage.setTitle(planning.stages().title());
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
        var frameItem = new MenuItem(text.get("menu.page.frame"));
        frameItem.setOnAction(e -> frame());
        navigator.node().setContextMenu(new ContextMenu(frameItem));
        var copyIn = new CopyInActions(services.desk().copyIn().tools(), articlePane, text, stage,
                message -> statusBar.showActivity(message, null), actions::importStoriesFixingPunctuation);
        var scene = WindowScene.build(new WindowScene.Parts(new AppMenuBar(text, this, planning, photoDesk).withCopyIn(copyIn).withFind(find).withStages(planning.stages())
                .withElements(new PageElementActions(text, stage, workspace, makeupController, statusBar, preview, this::frame)).node(), chooser, navigator, preview,
                emptyMessage, preflightPane, follower.editors(), articlePane, statusBar), fonts);
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
        navigator.onDragStarted(new FrameDragging(preview, workspace, makeupController, text,
                message -> statusBar.showActivity(message, null))::dragFrom);
        // Clicking the page gives it the focus, so Edit > Undo then undoes make-up, not typing.
        preview.canvas().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> preview.node().requestFocus());
        actions.photos().acceptDrops(navigator.node(), preview.node(), photoDesk.pane().node());
        photoDesk.onImport(this::importPhotos);
        preflightPane.onJump(this::showFinding);
        actions.signOffs().showIn(navigator, flatplan.view(), preflight::checkNow);
        articlePane.onRevisions(this::revisions);
        EditorNotesPane.attach(articlePane, services, work, text, statusBar);
        preflight.statusProperty().addListener((obs, old, now) ->
                statusBar.showPreflight(PreflightPane.describe(text, now)));
        workspace.contentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                workspace.lastStoryEdit().ifPresentOrElse(story -> navigator.showTyping(now, story),
                        () -> navigator.show(now));
            }
        });
        workspace.layoutProperty().addListener((obs, old, now) -> {
            emptyMessage.setVisible(now == null);
            follower.updateStatus();
        });
    }

    /** Loads the newest edition in a background task and shows its first page. */
    public void openLatestEdition() {
        opening.openLatest();
    }

    /**
     * Opens another edition once everything typed in this one is saved; the undo history, which
     * names this edition's pages and stories, starts afresh.
     */
    void openEdition(String editionId) {
        openEdition(editionId, 0);
    }

    /** As {@link #openEdition(String)}, showing page {@code pageNumber}: after a page or edition operation. */
    void openEdition(String editionId, int pageNumber) {
        models.flushAll().whenComplete((states, error) -> Platform.runLater(() -> {
            boolean unsaved = error != null || states.stream().anyMatch(SaveState::holdsUnsavedText);
            if (unsaved && !Alerts.confirm(stage, text, text.get("editions.unsaved"))) {
                return;
            }
            models.clear();
            undo.history().clear();
            opening.open(editionId, pageNumber);
        }));
    }

    private void updateStatus() {
        follower.updateStatus();
    }

    void showFinding(Finding finding) {
        follower.showFinding(finding);
    }

    /** Opens the revisions of the story in the editor; pending edits are saved before listing. */
    @Override
    public void revisions() {
        articlePane.model().ifPresent(editor -> RevisionsDialog.open(editor, services, work, text, stage,
                message -> statusBar.showActivity(message, null), undo.history()::record));
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
        double width = scene.getWidth();
        double height = scene.getHeight();
        stage.setScene(scene);
        stage.show();
        // Openbox may shrink a new window to about 200x200 right after it is shown (see StartingWindow).
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

    /** Starts a story in the open edition, listed under the unplaced stories. */
    @Override
    public void newStory() {
        models.startStory(text.get("story.newHeadline"));
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

    @Override
    public EditionActions actions() {
        return actions;
    }

    /** Saves everything pending, then closes; asks first when something could not be saved. */
    @Override
    public void quit() {
        models.flushAll().whenComplete((states, error) -> Platform.runLater(() -> {
            boolean unsaved = error != null || states.stream().anyMatch(SaveState::holdsUnsavedText);
            if (unsaved && !Alerts.confirm(stage, text, text.get("close.unsaved"))) {
                return;
            }
            closing = true;
            stage.close();
        }));
    }

    @Override
    public void undo() {
        undo.undo();
    }

    @Override
    public void redo() {
        undo.redo();
    }

    /** Puts back one side of a window change for {@link WindowUndo}. */
    private void restore(Change change, boolean undoing, Runnable failed) {
        if (change instanceof Change.PageChange page) {
            makeupController.restore(page, undoing, failed);
        } else if (change instanceof Change.StoryTextChange stories) {
            find.restore(stories.replacing(), undoing, failed);
        }
    }

    /** Page > Place on page… / Frame…: frames the selected story or photo on the page on screen. */
    @Override
    public void frame() {
        makeupController.frame();
    }

    /** View > Flatplan: every page of the edition as a thumbnail, to check, reorder and open. */
    @Override
    public void flatplan() {
        flatplan.show(stage);
    }

    /** A photo's picture, or an ad's artwork on the page on screen, for the preview and flatplan. */
    private Image image(String id) {
        return images.imageOf(id, workspace.content(), workspace.shownPage());
    }

    FlatplanView flatplanView() {
        return flatplan.view();
    }

    PhotoDesk photoDesk() {
        return photoDesk;
    }

    PlanningActions planning() {
        return planning;
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
    public void fitPage() {
        preview.fitPage();
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
