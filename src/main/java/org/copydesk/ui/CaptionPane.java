package org.copydesk.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;

/**
 * The photo caption editor: the picture, caption text, photographer (name alone), credit and kind,
 * with the line as it will print beneath the photo.
 */
final class CaptionPane {
    private static final double PICTURE_WIDTH = 360;

    private final UiText text;
    private final Function<Photo, Image> images;
    private final ImageView picture = new ImageView();
    private final TextArea caption;
    private final TextField photographer;
    private final TextField credit;
    private final ComboBox<CaptionKind> kind = new ComboBox<>();
    private final Label printed = new Label();
    private final Label fileInfo = new Label();
    private final VBox root;
    private CaptionEditorModel model;
    private boolean loading;

    CaptionPane(UiText text, Function<Photo, Image> images, PasteCleaning paste) {
        this.text = Objects.requireNonNull(text);
        this.images = Objects.requireNonNull(images);
        caption = paste.textArea();
        photographer = paste.textField();
        credit = paste.textField();
        picture.setPreserveRatio(true);
        picture.setFitWidth(PICTURE_WIDTH);
        picture.setFitHeight(PICTURE_WIDTH);
        caption.setId("caption-text");
        caption.setWrapText(true);
        caption.setPrefRowCount(4);
        photographer.setId("photographer");
        credit.setId("credit");
        kind.setId("caption-kind");
        kind.getItems().setAll(CaptionKind.values());
        kind.setButtonCell(kindCell());
        kind.setCellFactory(list -> kindCell());
        printed.setId("caption-printed");
        printed.setWrapText(true);
        printed.getStyleClass().add("caption-printed");

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        var grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        var labels = new ColumnConstraints();
        // Labels keep their width; the fields take what is left.
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, grow);
        grid.addRow(0, label("caption.text", caption), caption);
        grid.addRow(1, label("caption.photographer", photographer), photographer);
        grid.addRow(2, label("caption.credit", credit), credit);
        grid.addRow(3, label("caption.kind", kind), kind);
        grid.addRow(4, new Label(text.get("caption.printed")), printed);

        root = new VBox(8, picture, fileInfo, grid);
        root.setPadding(new Insets(8));
        root.setDisable(true);

        ChangeListener<Object> edited = (obs, old, now) -> push();
        caption.textProperty().addListener(edited);
        photographer.textProperty().addListener(edited);
        credit.textProperty().addListener(edited);
        kind.valueProperty().addListener(edited);
    }

    Node node() {
        return root;
    }

    /** Shows nothing, greyed out: another edition was opened. */
    void clear() {
        model = null;
        loading = true;
        try {
            picture.setImage(null);
            fileInfo.setText("");
            caption.setText("");
            photographer.setText("");
            credit.setText("");
        } finally {
            loading = false;
        }
        printed.setText("");
        root.setDisable(true);
    }

    void show(CaptionEditorModel shown) {
        model = shown;
        Photo photo = shown.photo();
        loading = true;
        try {
            picture.setImage(images.apply(photo));
            fileInfo.setText(text.format("caption.file", photo.fileName(), photo.widthPx(), photo.heightPx()));
            caption.setText(photo.caption().text());
            photographer.setText(photo.caption().photographer());
            credit.setText(photo.caption().credit());
            kind.setValue(photo.caption().kind());
        } finally {
            loading = false;
        }
        printed.setText(shown.printedPreview());
        root.setDisable(false);
    }

    private void push() {
        if (loading || model == null) {
            return;
        }
        model.edit(caption.getText(), photographer.getText(), credit.getText(),
                kind.getValue() == null ? CaptionKind.NEWS : kind.getValue());
        printed.setText(model.printedPreview());
    }

    private Label label(String key, Node field) {
        var label = new Label(text.get(key));
        label.setLabelFor(field);
        return label;
    }

    private ListCell<CaptionKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CaptionKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get("caption.kind." + item.name()));
            }
        };
    }
}
