package org.copydesk.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.copydesk.model.Photo;

/**
 * The photo desk: the edition's photos as a grid of cards, each with its thumbnail, the start of
 * its caption and badges for what it lacks. Arrow keys move the pick, Enter (or a double-click)
 * opens the picked photo's caption for editing; the caption pane's Ctrl+Enter comes back for the
 * next one. Above the grid, how many photos lack a caption or credit and an Import button.
 */
final class PhotoDeskPane {
    static final double CELL_WIDTH = 136;
    static final double CELL_HEIGHT = 150;
    private static final double GAP = 8;

    private final UiText text;
    private final PhotoDeskModel model;
    private final PhotoThumbnails thumbnails;
    private final GridView<PhotoDeskModel.Card> grid = new GridView<>();
    private final Label summary = new Label();
    private final Button importButton;
    private final BorderPane root;
    private Consumer<Photo> onEdit = photo -> { };

    PhotoDeskPane(UiText text, PhotoDeskModel model, PhotoThumbnails thumbnails) {
        this.text = Objects.requireNonNull(text);
        this.model = Objects.requireNonNull(model);
        this.thumbnails = Objects.requireNonNull(thumbnails);
        grid.setId("photo-desk");
        grid.setItems(model.cards());
        grid.setCellWidth(CELL_WIDTH);
        grid.setCellHeight(CELL_HEIGHT);
        grid.setHorizontalCellSpacing(GAP / 2);
        grid.setVerticalCellSpacing(GAP / 2);
        grid.setFocusTraversable(true);
        grid.setCellFactory(view -> new Card());
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        model.cards().addListener((javafx.collections.ListChangeListener<PhotoDeskModel.Card>) change -> showSummary());
        summary.setId("photo-desk-summary");
        summary.setWrapText(true);
        importButton = new Button(text.get("photoDesk.import"));
        importButton.setId("photo-desk-import");
        importButton.setDisable(true);
        var spacer = new StackPane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(8, summary, spacer, importButton);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        var hint = new Label(text.get("photoDesk.keys"));
        hint.getStyleClass().add("caption-hint");
        hint.setPadding(new Insets(4, 8, 6, 8));
        hint.setWrapText(true);
        root = new BorderPane(grid, top, null, hint, null);
        showSummary();
    }

    Node node() {
        return root;
    }

    GridView<PhotoDeskModel.Card> grid() {
        return grid;
    }

    /** Enter or a double-click on a card: edit that photo's caption. */
    void onEdit(Consumer<Photo> action) {
        onEdit = Objects.requireNonNull(action);
    }

    /** The Import button's action; the button stays disabled without one. */
    void onImport(Runnable action) {
        importButton.setOnAction(e -> action.run());
        importButton.setDisable(false);
    }

    /** Cards per row at the grid's present width. */
    int columns() {
        double usable = grid.getWidth() - grid.getPadding().getLeft() - grid.getPadding().getRight();
        return Math.max(1, (int) Math.floor((usable + GAP) / (CELL_WIDTH + GAP)));
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> model.move(-1);
            case RIGHT -> model.move(1);
            case UP -> model.move(-columns());
            case DOWN -> model.move(columns());
            case HOME -> model.pick(0);
            case END -> model.pick(model.cards().size() - 1);
            case ENTER -> model.picked().ifPresent(card -> onEdit.accept(card.photo()));
            default -> {
                return;
            }
        }
        e.consume();
        // Only keys scroll: a click picks a card already in view, and scrolling then would rebuild the
        // cells under the mouse and lose a double-click.
        keepInView(model.pickedProperty().get());
    }

    /** Scrolls the picked card's row into view (the grid's skin is a virtual flow of rows). */
    private void keepInView(int picked) {
        if (picked >= 0 && grid.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(picked / columns());
        }
    }

    private void showSummary() {
        int photos = model.cards().size();
        summary.setText(photos == 0 ? text.get("photoDesk.none") : text.format("photoDesk.summary", photos,
                model.count(PhotoDeskModel.Badge.NO_CAPTION), model.count(PhotoDeskModel.Badge.NO_CREDIT),
                model.count(PhotoDeskModel.Badge.UNPLACED)));
    }

    /** One photo's card: thumbnail, badges over its foot, caption start below. */
    private final class Card extends GridCell<PhotoDeskModel.Card> {
        private final ImageView picture = new ImageView();
        private final FlowPane badges = new FlowPane(3, 3);
        private final Label caption = new Label();
        private final VBox box;

        Card() {
            picture.setPreserveRatio(true);
            picture.setFitWidth(CELL_WIDTH - 8);
            picture.setFitHeight(CELL_HEIGHT - 44);
            badges.setAlignment(Pos.BOTTOM_LEFT);
            badges.setMouseTransparent(true);
            var frame = new StackPane(picture, badges);
            frame.setPrefSize(CELL_WIDTH - 8, CELL_HEIGHT - 44);
            frame.setMinSize(CELL_WIDTH - 8, CELL_HEIGHT - 44);
            StackPane.setAlignment(badges, Pos.BOTTOM_LEFT);
            caption.setWrapText(true);
            caption.setMaxHeight(32);
            caption.getStyleClass().add("photo-card-caption");
            box = new VBox(3, frame, caption);
            box.setPadding(new Insets(3));
            getStyleClass().add("photo-card");
            // GridView has no selection of its own: each card marks itself when the pick moves.
            model.pickedProperty().addListener((obs, old, now) -> markPicked());
            setOnMouseClicked(e -> {
                if (getItem() == null || e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                model.pick(getItem().photo().id());
                grid.requestFocus();
                if (e.getClickCount() == 2) {
                    onEdit.accept(getItem().photo());
                }
            });
        }

        @Override
        protected void updateItem(PhotoDeskModel.Card card, boolean empty) {
            super.updateItem(card, empty);
            picture.imageProperty().unbind();
            if (empty || card == null) {
                picture.setImage(null);
                setGraphic(null);
                setText(null);
                getStyleClass().remove("photo-card-picked");
                return;
            }
            picture.imageProperty().bind(thumbnails.of(card.photo()));
            String start = card.photo().caption().text().strip();
            caption.setText(start.isEmpty() ? card.photo().fileName() : start);
            badges.getChildren().setAll(card.badges().stream().sorted().map(this::badge).toList());
            markPicked();
            setId("photo-card-" + card.photo().id());
            setGraphic(box);
            setText(null);
        }

        private void markPicked() {
            PhotoDeskModel.Card card = getItem();
            boolean picked = card != null && !isEmpty()
                    && model.picked().filter(p -> p.photo().id().equals(card.photo().id())).isPresent();
            getStyleClass().remove("photo-card-picked");
            if (picked) {
                getStyleClass().add("photo-card-picked");
            }
        }

        private Label badge(PhotoDeskModel.Badge badge) {
            var label = new Label(text.get("photoDesk.badge." + badge.name()));
            label.getStyleClass().addAll("photo-badge", "photo-badge-" + badge.name().toLowerCase(java.util.Locale.ROOT));
            return label;
        }
    }
}
