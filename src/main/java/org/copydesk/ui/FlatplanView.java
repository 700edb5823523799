package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;
import org.copydesk.render.fx.FxFontCache;
import org.copydesk.render.fx.PageCanvasRenderer;
import org.copydesk.render.fx.PreviewOptions;
import org.copydesk.typeset.PageComposer;

/**
 * The flatplan (版面计划): one thumbnail per page in page order, drawn by the preview's renderer,
 * each with its 版次, 版名, fill, overset and preflight counts; the page on screen is outlined.
 * Double-click (or Enter) opens a page; dragging a thumbnail onto another moves the page to that
 * place, as does Alt+Left/Right (or Shortcut+[ / ]) on the focused one. The view changes nothing
 * itself: it calls back, and whoever saved the change calls {@link #show} again.
 */
public final class FlatplanView {
    /** Canvas pixels per point: a broadsheet page is then about 200 x 280 pixels. */
    static final double THUMBNAIL_SCALE = 0.18;
    private static final double THUMBNAIL_MARGIN_PX = 3;
    private static final PseudoClass ON_SCREEN = PseudoClass.getPseudoClass("on-screen");
    private static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");

    private final UiText text;
    private final FlatplanModel model;
    private final PageCanvasRenderer renderer;
    private final Function<String, Image> photos;
    private final IntConsumer openPage;
    private final BiConsumer<Integer, Integer> movePage;
    private final FlowPane tiles = new FlowPane(14, 14);
    private final Label empty = new Label();
    private static final javafx.css.PseudoClass WITHDRAWN = javafx.css.PseudoClass.getPseudoClass("withdrawn");
    private final Map<String, Label> badges = new java.util.HashMap<>();
    private final Map<String, VBox> badgeTiles = new java.util.HashMap<>();
    private Map<String, org.copydesk.desk.PageSignOffState> signOffs = Map.of();
    private final BorderPane root = new BorderPane();
    private List<FlatplanModel.PageFigures> pages = List.of();
    private final List<VBox> tileNodes = new ArrayList<>();
    /** The page being dragged, or 0. */
    private int dragged;
    /** The page to focus once the tiles are rebuilt after a move: where the moved page went; 0 for none. */
    private int focusAfterShow;
    private Stage window;

    /**
     * @param fonts    the window's font cache: thumbnails and labels use the bundled faces
     * @param photos   the picture of a photo by its id, as the page preview gets it (null: empty frame)
     * @param openPage called with the page number to show in the main window
     * @param movePage called with (page number, page number of the place it moves to)
     */
    public FlatplanView(UiText text, PageComposer composer, FxFontCache fonts, Function<String, Image> photos,
                        IntConsumer openPage, BiConsumer<Integer, Integer> movePage) {
        this.text = Objects.requireNonNull(text);
        this.model = new FlatplanModel(composer);
        this.renderer = new PageCanvasRenderer(fonts);
        this.photos = Objects.requireNonNull(photos);
        this.openPage = Objects.requireNonNull(openPage);
        this.movePage = Objects.requireNonNull(movePage);
        tiles.getStyleClass().add("flatplan-pages");
        tiles.setPadding(new Insets(14));
        var scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("flatplan");
        var hint = new Label(text.get("flatplan.hint"));
        hint.getStyleClass().add("flatplan-hint");
        hint.setWrapText(true);
        root.setTop(hint);
        root.setCenter(scroll);
        empty.setText(text.get("flatplan.empty"));
        empty.getStyleClass().add("flatplan-empty");
        // Carries its own looks and faces, so it reads the same in whatever window holds it.
        root.setStyle("-fx-font-family: \"" + fonts.family(FontFace.SANS) + "\";");
        root.getStylesheets().add(Objects.requireNonNull(
                FlatplanView.class.getResource("copydesk.css"), "copydesk.css missing").toExternalForm());
    }

    public Parent node() {
        return root;
    }

    /**
     * Shows the flatplan in its own window, owned by {@code owner} and not modal, made on the
     * first call and brought to the front on later ones.
     */
    public void showWindow(Window owner) {
        if (window == null) {
            window = new Stage();
            window.initOwner(owner);
            window.initModality(Modality.NONE);
            window.setTitle(text.get("flatplan.title"));
            var screen = Screen.getPrimary().getVisualBounds();
            window.setScene(new Scene(root, Math.min(1180, screen.getWidth()), Math.min(780, screen.getHeight())));
        }
        window.show();
        window.toFront();
    }

    /** Whether its own window is on screen: while it is not, {@link #show} can wait. */
    public boolean isShowing() {
        return window != null && window.isShowing();
    }

    /**
     * Draws the edition again: composes every page (see {@link FlatplanModel#pages}) and counts the
     * findings per page. Call it when the edition, its findings or the page on screen change.
     * Runs on the FX thread: composing takes about 1 ms a page and drawing a thumbnail 4-14 ms
     * (the 8-page sample: 35-110 ms once its photos are decoded), so up to 48 pages stay well under
     * a second; a larger edition would want the composing moved to the background.
     *
     * @param pageOnScreen the page number the main window shows (outlined), or 0
     */
    public void show(EditionContent content, List<Finding> findings, int pageOnScreen) {
        int focused = focusAfterShow != 0 ? focusAfterShow : focusedPage();
        focusAfterShow = 0;
        dragged = 0;
        pages = model.pages(content, findings);
        tileNodes.clear();
        badges.clear();
        badgeTiles.clear();
        for (FlatplanModel.PageFigures page : pages) {
            tileNodes.add(tile(page, page.number() == pageOnScreen));
        }
        if (tileNodes.isEmpty()) {
            tiles.getChildren().setAll(empty);
        } else {
            tiles.getChildren().setAll(tileNodes);
        }
        if (focused != 0) {
            tileOf(focused).ifPresent(VBox::requestFocus);
        }
    }

    /** Shows each page's sign-off (签发) standing under its thumbnail. */
    void showSignOffs(Map<String, org.copydesk.desk.PageSignOffState> states) {
        signOffs = Map.copyOf(states);
        badges.forEach((pageId, badge) -> showBadge(pageId, badge, signOffs.get(pageId)));
    }

    /** A page never signed shows no badge at all; the tile gains or loses it as the standing changes. */
    private void showBadge(String pageId, Label badge, org.copydesk.desk.PageSignOffState state) {
        badge.setText(PageSignOffActions.badge(text, state));
        VBox tile = badgeTiles.get(pageId);
        if (badge.getText().isEmpty()) {
            tile.getChildren().remove(badge);
        } else if (!tile.getChildren().contains(badge)) {
            tile.getChildren().add(badge);
        }
        badge.pseudoClassStateChanged(WITHDRAWN, state != null
                && state.standing() == org.copydesk.desk.PageSignOffState.Standing.WITHDRAWN);
    }

    /** The sign-off badge under a page's thumbnail, for tests. */
    Optional<Label> signOffBadge(String pageId) {
        return Optional.ofNullable(badges.get(pageId));
    }

    /** The page numbers shown, in order. */
    List<Integer> pageNumbers() {
        return pages.stream().map(FlatplanModel.PageFigures::number).toList();
    }

    /** The thumbnail of a page, for tests and the focus. */
    Optional<VBox> tileOf(int pageNumber) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() == pageNumber) {
                return Optional.of(tileNodes.get(i));
            }
        }
        return Optional.empty();
    }

    private VBox tile(FlatplanModel.PageFigures page, boolean onScreen) {
        var options = new PreviewOptions(THUMBNAIL_SCALE, THUMBNAIL_MARGIN_PX, true, Optional.empty());
        var canvas = new Canvas(Math.ceil(PageCanvasRenderer.canvasWidth(page.layout(), options)),
                Math.ceil(PageCanvasRenderer.canvasHeight(page.layout(), options)));
        renderer.draw(canvas.getGraphicsContext2D(), page.layout(), options, photos);
        var tile = new VBox(3, canvas);
        List<String> lines = FlatplanModel.describe(text, page);
        for (int i = 0; i < lines.size(); i++) {
            var label = new Label(lines.get(i));
            label.setMaxWidth(canvas.getWidth());
            label.setWrapText(true);
            label.getStyleClass().add(switch (i) {
                case 0 -> "flatplan-title";
                case 1 -> page.oversetStories() > 0 ? "flatplan-overset" : "flatplan-figures";
                default -> page.errors() > 0 ? "flatplan-errors" : page.warnings() > 0 ? "flatplan-warnings" : "flatplan-figures";
            });
            tile.getChildren().add(label);
        }
        var badge = new Label(PageSignOffActions.badge(text, signOffs.get(page.layout().pageId())));
        badge.getStyleClass().add("flatplan-signoff");
        badge.setMaxWidth(canvas.getWidth());
        badges.put(page.layout().pageId(), badge);
        badgeTiles.put(page.layout().pageId(), tile);
        showBadge(page.layout().pageId(), badge, signOffs.get(page.layout().pageId()));
        tile.getStyleClass().add("flatplan-page");
        tile.setUserData(page.number());
        tile.setFocusTraversable(true);
        tile.setAccessibleText(String.join(", ", lines));
        tile.pseudoClassStateChanged(ON_SCREEN, onScreen);
        wireMouse(tile, page.number());
        tile.addEventHandler(KeyEvent.KEY_PRESSED, e -> keyPressed(e, page.number()));
        return tile;
    }

    private void wireMouse(VBox tile, int number) {
        // Consumed, or the scroll pane would take the focus the thumbnail just got.
        tile.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            tile.requestFocus();
            e.consume();
        });
        tile.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openPage.accept(number);
            }
        });
        // A scene-graph drag, not the system's drag and drop: nothing leaves the window, and it
        // works the same under the headless test robot.
        tile.setOnDragDetected(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragged = number;
                tile.pseudoClassStateChanged(DRAGGED, true);
                tile.startFullDrag();
            }
        });
        tile.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> markDrop(tile, number));
        tile.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> clearDrop(tile));
        tile.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            int from = dragged;
            clearDrop(tile);
            if (from != 0 && from != number) {
                dragged = 0;
                focusAfterShow = number;
                movePage.accept(from, number);
            }
        });
        // The press that started the drag ends wherever the mouse is let go.
        tile.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragged = 0;
            tileNodes.forEach(t -> {
                t.pseudoClassStateChanged(DRAGGED, false);
                clearDrop(t);
            });
        });
    }

    /**
     * The dragged page takes the target's place: a marker on the target's left edge when the page
     * moves towards page 1 (it lands before the target), on its right edge when it moves on.
     */
    private void markDrop(VBox tile, int number) {
        if (dragged == 0 || dragged == number) {
            return;
        }
        boolean before = pageNumbers().indexOf(number) < pageNumbers().indexOf(dragged);
        tile.pseudoClassStateChanged(DROP_BEFORE, before);
        tile.pseudoClassStateChanged(DROP_AFTER, !before);
    }

    private static void clearDrop(VBox tile) {
        tile.pseudoClassStateChanged(DROP_BEFORE, false);
        tile.pseudoClassStateChanged(DROP_AFTER, false);
    }

    private void keyPressed(KeyEvent e, int number) {
        KeyCode code = e.getCode();
        boolean move = e.isAltDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)
                || e.isShortcutDown() && (code == KeyCode.OPEN_BRACKET || code == KeyCode.CLOSE_BRACKET);
        if (move) {
            int step = code == KeyCode.LEFT || code == KeyCode.OPEN_BRACKET ? -1 : 1;
            FlatplanModel.neighbour(pages, number, step).ifPresent(to -> {
                // Once moved, the page has the number of the place it took.
                focusAfterShow = to;
                movePage.accept(number, to);
            });
            e.consume();
            return;
        }
        OptionalInt target = switch (code) {
            case LEFT -> FlatplanModel.neighbour(pages, number, -1);
            case RIGHT -> FlatplanModel.neighbour(pages, number, 1);
            case UP -> FlatplanModel.neighbour(pages, number, -tilesPerRow());
            case DOWN -> FlatplanModel.neighbour(pages, number, tilesPerRow());
            default -> OptionalInt.empty();
        };
        if (code == KeyCode.ENTER) {
            openPage.accept(number);
            e.consume();
        } else if (code.isArrowKey()) {
            target.ifPresent(n -> tileOf(n).ifPresent(VBox::requestFocus));
            e.consume();
        }
    }

    /** How many thumbnails the flow put on its first row: up and down step by that many. */
    private int tilesPerRow() {
        if (tileNodes.isEmpty()) {
            return 1;
        }
        double firstRowY = tileNodes.get(0).getLayoutY();
        return (int) Math.max(1, tileNodes.stream().filter(t -> Math.abs(t.getLayoutY() - firstRowY) < 1).count());
    }

    private int focusedPage() {
        return tileNodes.stream().filter(VBox::isFocused).map(t -> (Integer) t.getUserData()).findFirst().orElse(0);
    }
}
