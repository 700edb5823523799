package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.typeset.TextLength;
import org.copydesk.ui.FrameEditorModel.Check;
import org.copydesk.ui.FrameEditorModel.Frame;

/**
 * Page > Place on page… / Frame…: spinners for 栏, 栏数, 行, 行数 and, for a story, 分栏, with the
 * frame's capacity against the story's 字数 updated as the numbers change, and a message when the
 * frame is off the grid or on another frame. OK is only possible for a frame that fits; Take off
 * page removes a frame already there. A story frame's look (boxed, 竖题, 竖排) and a banner's slogan,
 * tint and rules are set here too ({@link FrameLook}). The answer is the new page value, not yet saved.
 */
final class FrameDialog {
    private final UiText text;
    private final FrameEditorModel model;
    private final EditionContent content;
    private final Page page;
    private final Selection subject;
    private final Dialog<Page> dialog = new Dialog<>();
    private final Spinner<Integer> column;
    private final Spinner<Integer> span;
    private final Spinner<Integer> row;
    private final Spinner<Integer> rows;
    private final Spinner<Integer> textColumns;
    private final Label capacity = new Label();
    private final FrameWords.Capacity capacityOf;
    private final Label problem = new Label();
    private final int part;
    private final FrameLook look;

    FrameDialog(UiText text, Window owner, FrameEditorModel model, EditionContent content, Page page, Selection subject,
                FrameWords.Capacity capacityOf) {
        this.capacityOf = java.util.Objects.requireNonNull(capacityOf);
        this.text = Objects.requireNonNull(text);
        this.model = Objects.requireNonNull(model);
        this.content = Objects.requireNonNull(content);
        this.page = Objects.requireNonNull(page);
        this.subject = Objects.requireNonNull(subject);
        boolean story = subject instanceof Selection.Story;
        boolean placed = FrameEditorModel.placementOn(page, subject).isPresent();
        Frame start = FrameEditorModel.startingFrame(content, page, subject);
        part = start.part();

        dialog.initOwner(owner);
        dialog.setTitle(text.format(placed ? "frame.title.frame" : "frame.title.place",
                FrameWords.name(content, subject.contentId().orElse("")), page.number()));
        dialog.setHeaderText(null);
        int columns = page.spec().columns();
        int lines = page.spec().rows();
        column = spinner("frame-column", columns, start.column());
        span = spinner("frame-span", columns, start.span());
        row = spinner("frame-row", lines, start.row());
        rows = spinner("frame-rows", lines, start.rows());
        textColumns = spinner("frame-textColumns", columns, start.textColumns());
        look = new FrameLook(text, FrameEditorModel.placementOn(page, subject));

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("frame.column"), column, label("frame.span"), span);
        grid.addRow(1, label("frame.row"), row, label("frame.rows"), rows);
        if (story) {
            grid.addRow(2, label("frame.textColumns"), textColumns);
            // Set in basic columns unless the editor chose 破栏: follow the span while they were equal.
            span.valueProperty().addListener((obs, old, now) -> {
                if (Objects.equals(old, textColumns.getValue())) {
                    textColumns.getValueFactory().setValue(now);
                }
            });
        }
        look.addRows(grid, 3, subject);
        look.onChange(() -> update());
        capacity.setId("frame-capacity");
        problem.setId("frame-problem");
        problem.getStyleClass().add("frame-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        var box = new VBox(10, grid, capacity, problem);
        if (story) {
            var length = new Label(text.format("frame.length", storyLength()));
            length.setId("frame-length");
            box.getChildren().add(2, length);
        }
        box.setPrefWidth(600);
        dialog.getDialogPane().setContent(box);

        var ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        var remove = new ButtonType(text.get("frame.remove"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().add(ok);
        if (placed) {
            dialog.getDialogPane().getButtonTypes().add(remove);
            dialog.getDialogPane().lookupButton(remove).setId("frame-remove");
        }
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("frame-ok");
        for (Spinner<Integer> s : List.of(column, span, row, rows, textColumns)) {
            s.valueProperty().addListener((obs, old, now) -> okButton.setDisable(!update()));
            followTyping(s);
        }
        okButton.setDisable(!update());
        // A number typed but not yet committed (no Enter, no focus change) counts; a frame that
        // does not fit keeps the dialog open.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            List.of(column, span, row, rows, textColumns).forEach(Spinner::commitValue);
            if (!(check() instanceof Check.Fits)) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button == ok && check() instanceof Check.Fits) {
                return look.applyTo(model, model.place(page, subject, frame()), subject, part);
            }
            if (button == remove) {
                return model.remove(page, subject, part);
            }
            return null;
        });
    }

    /** A field label that never shrinks to an ellipsis. */
    private Label label(String key) {
        var label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Takes a whole number typed in the field as the value at once, so the capacity follows the typing. */
    private static void followTyping(Spinner<Integer> spinner) {
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        spinner.getEditor().textProperty().addListener((obs, old, now) -> {
            try {
                int typed = Integer.parseInt(now.strip());
                if (typed >= factory.getMin() && typed <= factory.getMax() && typed != factory.getValue()) {
                    factory.setValue(typed);
                }
            } catch (NumberFormatException notYetANumber) {
                // Half-typed or empty: the last whole value stands until the field holds a number.
            }
        });
    }

    private static Spinner<Integer> spinner(String id, int max, int value) {
        var spinner = new Spinner<Integer>(1, max, Math.max(1, Math.min(max, value)));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    Frame frame() {
        return new Frame(column.getValue(), span.getValue(), row.getValue(), rows.getValue(),
                subject instanceof Selection.Story ? textColumns.getValue() : span.getValue(), part);
    }

    private Check check() {
        return FrameEditorModel.check(page, subject, frame());
    }

    /** Refreshes the capacity and the message; true when the frame can be made up. */
    private boolean update() {
        Check check = check();
        capacity.setText(check instanceof Check.Fits fits
                ? FrameWords.fits(text, capacityOf, page, subject, frame(), fits, Optional.of(look.storyStyle())) : "");
        problem.setText(FrameWords.problem(text, content, page, check));
        return check instanceof Check.Fits;
    }

    private int storyLength() {
        return subject.contentId().flatMap(content::article).map(a -> TextLength.of(a.body()).zi()).orElse(0);
    }

    /** Shows the dialog and waits; the new page when OK or Take off page was chosen. */
    Optional<Page> ask() {
        return dialog.showAndWait();
    }
}
