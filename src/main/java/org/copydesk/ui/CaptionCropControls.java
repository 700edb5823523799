package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.copydesk.model.PhotoCrop;

/**
 * The caption pane's crop controls for a placed photo: a click on the picture sets the focal point
 * (marked with a ring), the slider zooms, "Crop on page" starts dragging the picture inside its
 * frame, "Whole picture" takes the crop off; beside them the page the photo is on and the
 * resolution it prints at, marked when it is too low for print.
 */
final class CaptionCropControls {
    /** What the controls ask for; the window changes the page and saves it. */
    interface Requests {
        void focus(String photoId, double x, double y);

        /** A zoom while the slider moves ({@code done} false) and when it comes to rest. */
        void zoom(String photoId, double zoom, boolean done);

        void whole(String photoId);

        void onPage(String photoId);
    }

    /**
     * Where the photo is placed and how it prints there.
     *
     * @param pageNumber    the page of the frame the controls crop
     * @param ppi           its effective resolution there
     * @param crop          its crop, empty for the whole picture
     * @param lowResolution under the press threshold
     */
    record Placed(int pageNumber, long ppi, Optional<PhotoCrop> crop, boolean lowResolution) {
    }

    private final UiText text;
    private final ImageView picture;
    private final Circle focus = new Circle(7);
    private final Pane marks = new Pane(focus);
    private final StackPane pictureHolder;
    private final Slider zoom = new Slider(1, PhotoCrop.MAX_ZOOM, 1);
    private final Button onPage;
    private final Button whole;
    private final Label where = new Label();
    private final VBox root;
    private Requests requests = new Requests() {
        public void focus(String id, double x, double y) { }
        public void zoom(String id, double z, boolean done) { }
        public void whole(String id) { }
        public void onPage(String id) { }
    };
    private String photoId;
    private boolean loading;

    CaptionCropControls(UiText text, ImageView picture) {
        this.text = Objects.requireNonNull(text);
        this.picture = Objects.requireNonNull(picture);
        focus.setFill(Color.TRANSPARENT);
        focus.setStroke(Color.web("#d4700a"));
        focus.setStrokeWidth(2);
        focus.setManaged(false);
        focus.setMouseTransparent(true);
        marks.setMouseTransparent(true);
        pictureHolder = new StackPane(picture, marks);
        pictureHolder.setAlignment(Pos.TOP_LEFT);
        picture.setId("caption-picture");
        picture.setOnMouseClicked(this::pictureClicked);
        Tooltip.install(picture, new Tooltip(text.get("crop.pictureTip")));
        zoom.setId("crop-zoom");
        zoom.setMajorTickUnit(1);
        zoom.setBlockIncrement(0.25);
        zoom.valueProperty().addListener((obs, old, now) -> zoomed(!zoom.isValueChanging()));
        zoom.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                zoomed(true);
            }
        });
        onPage = new Button(text.get("crop.onPage"));
        onPage.setId("crop-on-page");
        onPage.setOnAction(e -> ifShown(requests::onPage));
        whole = new Button(text.get("crop.whole"));
        whole.setId("crop-whole");
        whole.setOnAction(e -> ifShown(requests::whole));
        where.setId("crop-where");
        var zoomLabel = new Label(text.get("crop.zoom"));
        zoomLabel.setLabelFor(zoom);
        HBox.setHgrow(zoom, javafx.scene.layout.Priority.ALWAYS);
        root = new VBox(6, where, new HBox(8, zoomLabel, zoom), new HBox(8, onPage, whole));
        show(null, Optional.empty());
    }

    void onRequests(Requests handler) {
        requests = Objects.requireNonNull(handler);
    }

    /** The picture with its focal-point ring. */
    Node pictureNode() {
        return pictureHolder;
    }

    Node node() {
        return root;
    }

    /** Shows the placement of {@code photo} (null: no photo), and its crop. */
    void show(String photo, Optional<Placed> placed) {
        photoId = photo;
        loading = true;
        try {
            zoom.setValue(placed.flatMap(Placed::crop).map(PhotoCrop::zoom).orElse(1.0));
        } finally {
            loading = false;
        }
        boolean isPlaced = photo != null && placed.isPresent();
        zoom.setDisable(!isPlaced);
        onPage.setDisable(!isPlaced);
        whole.setDisable(!isPlaced || placed.get().crop().isEmpty());
        where.getStyleClass().remove("crop-low-resolution");
        if (!isPlaced) {
            where.setText(photo == null ? "" : text.get("crop.unplaced"));
        } else {
            Placed p = placed.get();
            where.setText(text.format(p.crop().isPresent() ? "crop.whereCropped" : "crop.whereWhole", p.pageNumber(), p.ppi()));
            if (p.lowResolution()) {
                where.getStyleClass().add("crop-low-resolution");
            }
        }
        mark(placed.flatMap(Placed::crop));
    }

    private void mark(Optional<PhotoCrop> crop) {
        var bounds = picture.getLayoutBounds();
        focus.setVisible(crop.isPresent() && bounds.getWidth() > 0);
        crop.ifPresent(c -> {
            focus.setCenterX(c.focusX() * bounds.getWidth());
            focus.setCenterY(c.focusY() * bounds.getHeight());
        });
    }

    private void pictureClicked(MouseEvent e) {
        var bounds = picture.getLayoutBounds();
        if (photoId == null || onPage.isDisabled() || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        double x = Math.max(0, Math.min(1, e.getX() / bounds.getWidth()));
        double y = Math.max(0, Math.min(1, e.getY() / bounds.getHeight()));
        requests.focus(photoId, x, y);
    }

    private void zoomed(boolean done) {
        if (!loading && photoId != null && !zoom.isDisabled()) {
            requests.zoom(photoId, zoom.getValue(), done);
        }
    }

    private void ifShown(java.util.function.Consumer<String> action) {
        if (photoId != null) {
            action.accept(photoId);
        }
    }
}
