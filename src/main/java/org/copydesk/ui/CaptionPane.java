package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;
import org.copydesk.preflight.CaptionRules;
import org.copydesk.typeset.TextLength;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The photo caption editor: the picture, caption text, photographer (name alone), credit and kind,
 * with the line as it will print beneath the photo.
 */
final class CaptionPane {
    private static final double PICTURE_WIDTH = 300;

    private final UiText text;
    private final Function<Photo, Image> images;
    private final ImageView picture = new ImageView();
    private final TextArea caption;
    private final TextField photographer;
    private final TextField credit;
    private final ComboBox<CaptionKind> kind = new ComboBox<>();
    private final Label printed = new Label();
    private final Label fileInfo = new Label();
    private final Label count = new Label();
    private final CaptionCropControls crop;
    private final ValidationSupport checks = new ValidationSupport();
    private final VBox root;
    /** Scrolls the pane on small screens: the picture, crop controls and fields stack tall. */
    private final ScrollPane scroller;
    private CaptionEditorModel model;
    private boolean loading;
    private Runnable acceptAndNext = () -> { };
    private Runnable back = () -> { };

    CaptionPane(UiText text, Function<Photo, Image> images, PasteCleaning paste) {
        this.text = Objects.requireNonNull(text);
        this.images = Objects.requireNonNull(images);
        caption = paste.textArea();
        photographer = paste.textField();
        credit = paste.textField();
        picture.setPreserveRatio(true);
        picture.setFitWidth(PICTURE_WIDTH);
        picture.setFitHeight(PICTURE_WIDTH * 0.6);
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
        count.setId("caption-count");
        crop = new CaptionCropControls(text, picture);

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        var grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        var labels = new ColumnConstraints();
        // Labels keep their width; the fields take what is left.
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, grow);
        grid.addRow(0, label("caption.text", caption), new VBox(2, caption, count));
        grid.addRow(1, label("caption.photographer", photographer), photographer);
        grid.addRow(2, label("caption.credit", credit), credit);
        grid.addRow(3, label("caption.kind", kind), kind);
        grid.addRow(4, new Label(text.get("caption.printed")), printed);

        var hint = new Label(text.get("caption.keys"));
        hint.getStyleClass().add("caption-hint");
        hint.setWrapText(true);
        root = new VBox(8, crop.pictureNode(), fileInfo, crop.node(), grid, hint);
        root.setPadding(new Insets(8));
        scroller = new ScrollPane(root);
        scroller.setFitToWidth(true);
        root.setDisable(true);

        ChangeListener<Object> edited = (obs, old, now) -> push();
        caption.textProperty().addListener(edited);
        photographer.textProperty().addListener(edited);
        credit.textProperty().addListener(edited);
        kind.valueProperty().addListener(edited);
        kind.valueProperty().addListener((obs, old, now) -> caption.setPromptText(
                text.get(now == CaptionKind.PORTRAIT ? "caption.promptPortrait" : "caption.promptNews")));
        installChecks();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                acceptAndNext.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                back.run();
            }
        });
    }

    /**
     * The caption rules shown as the caption is typed: a news caption is a sentence and has a credit.
     * Warnings only: the desk may know better, and preflight says the same before export.
     */
    private void installChecks() {
        checks.registerValidator(caption, false, (Control c, String value) -> {
            Set<CaptionRules.Problem> problems = CaptionRules.problems(shownCaption());
            String key = problems.contains(CaptionRules.Problem.NO_TEXT) ? "check.captionEmpty"
                    : problems.contains(CaptionRules.Problem.NO_FULL_STOP) ? "check.captionSentence" : null;
            return ValidationResult.fromWarningIf(c, key == null ? "" : text.get(key), key != null);
        });
        checks.registerValidator(photographer, false, (Control c, String value) -> ValidationResult.fromWarningIf(c,
                text.get("check.credit"), CaptionRules.problems(shownCaption()).contains(CaptionRules.Problem.NO_CREDIT)));
    }

    private Caption shownCaption() {
        return new Caption(caption.getText(), CaptionEditorModel.stripCreditMark(photographer.getText()), credit.getText(),
                kind.getValue());
    }

    /** Ctrl+Enter in the pane: keep this caption and go to the next photo. */
    void onAcceptAndNext(Runnable action) {
        acceptAndNext = Objects.requireNonNull(action);
    }

    /** Esc in the pane: back to where the photo was picked. */
    void onBack(Runnable action) {
        back = Objects.requireNonNull(action);
    }

    CaptionCropControls crop() {
        return crop;
    }

    /** The caption rules' warnings shown on the fields now (as decorations beside them). */
    int warningsShown() {
        return checks.getValidationResult().getWarnings().size();
    }

    /** Saves the caption now rather than after the autosave pause: the desk moves on from it. */
    void saveNow() {
        if (model != null) {
            model.flush();
        }
    }

    /** The photo shown, if any. */
    Optional<Photo> photo() {
        return Optional.ofNullable(model).map(CaptionEditorModel::photo);
    }

    /** Puts the cursor in the caption text, at its end. */
    void editCaption() {
        caption.requestFocus();
        caption.end();
    }

    Node node() {
        return scroller;
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
        count.setText("");
        crop.show(null, Optional.empty());
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
        showCount();
        checks.revalidate();
        root.setDisable(false);
    }

    private void push() {
        if (loading || model == null) {
            return;
        }
        model.edit(caption.getText(), photographer.getText(), credit.getText(),
                kind.getValue() == null ? CaptionKind.NEWS : kind.getValue());
        printed.setText(model.printedPreview());
        showCount();
        checks.revalidate();
    }

    private void showCount() {
        count.setText(text.format("caption.count", TextLength.of(caption.getText()).zi()));
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
