package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.desk.IndexBoxes;
import org.copydesk.model.EditionContent;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.IndexReference;

/**
 * Page &gt; Add 导读… and editing a 导读 box: the stories opening on the edition's other pages at the
 * left (Enter or a double click adds one), the box's lines at the right in print order with the page
 * each names now, Alt+Up / Alt+Down to reorder, Delete to take a line out, a short text for the
 * selected line, and the title. OK stays off while {@link IndexBoxes#refusal} objects, which says why.
 * The answer is the title and lines, not yet saved.
 */
final class IndexBoxDialog {
    /** What the dialog answers. */
    record Result(String title, List<IndexEntry> entries) {
    }

    private final UiText text;
    private final EditionContent content;
    private final int boxPage;
    private final Dialog<Result> dialog = new Dialog<>();
    private final TextField title = new TextField();
    private final ListView<IndexBoxes.Candidate> candidates = new ListView<>();
    private final ObservableList<IndexEntry> entries = FXCollections.observableArrayList();
    private final ListView<IndexEntry> lines = new ListView<>(entries);
    private final TextField shortText = new TextField();
    private final Label problem = new Label();

    IndexBoxDialog(UiText text, Window owner, EditionContent content, int boxPage, String startTitle,
                   List<IndexEntry> startEntries) {
        this.text = Objects.requireNonNull(text);
        this.content = Objects.requireNonNull(content);
        this.boxPage = boxPage;
        dialog.initOwner(owner);
        dialog.setTitle(text.format("index.dialog.title", boxPage));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        title.setId("index-title");
        title.setText(startTitle);
        title.setPrefColumnCount(12);
        candidates.setId("index-candidates");
        candidates.getItems().setAll(IndexBoxes.candidates(content, boxPage));
        candidates.setCellFactory(list -> cell(c -> text.format("index.candidate", c.page(), c.headline())));
        candidates.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                addSelected();
            }
        });
        candidates.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addSelected();
                e.consume();
            }
        });
        lines.setId("index-lines");
        lines.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        lines.setCellFactory(list -> cell(this::lineText));
        entries.setAll(startEntries);
        lines.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                remove();
                e.consume();
            }
        });
        shortText.setId("index-short");
        shortText.setPromptText(text.get("index.shortPrompt"));
        lines.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            shortText.setDisable(now == null);
            shortText.setText(now == null ? "" : now.shortText());
        });
        shortText.setDisable(true);
        // The short text replaces the selected line as it is typed, so the page column stays in view.
        shortText.textProperty().addListener((obs, old, now) -> {
            int at = lines.getSelectionModel().getSelectedIndex();
            if (at >= 0 && !entries.get(at).shortText().equals(now.strip())) {
                entries.set(at, new IndexEntry(entries.get(at).articleId(), now));
                lines.getSelectionModel().select(at);
            }
        });

        var add = button("index-add", "index.add", this::addSelected);
        var up = button("index-up", "index.up", () -> move(-1));
        up.setTooltip(new javafx.scene.control.Tooltip("Alt+↑"));
        var down = button("index-down", "index.down", () -> move(1));
        down.setTooltip(new javafx.scene.control.Tooltip("Alt+↓"));
        var remove = button("index-remove", "index.remove", this::remove);
        remove.setTooltip(new javafx.scene.control.Tooltip("Delete"));
        var leads = button("index-leads", "index.leads",
                () -> entries.setAll(IndexBoxes.insideLeads(content, boxPage)));
        var left = new VBox(6, new Label(text.get("index.candidates")), candidates, new HBox(6, add, leads));
        var right = new VBox(6, new Label(text.get("index.lines")), lines, new HBox(6, up, down, remove),
                new Label(text.get("index.short")), shortText);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        VBox.setVgrow(lines, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        var top = new GridPane();
        top.setHgap(10);
        top.addRow(0, new Label(text.get("index.titleLabel")), title);
        problem.setId("index-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        var box = new VBox(10, top, new HBox(12, left, right), new Label(text.get("index.hint")), problem);
        box.setPadding(new javafx.geometry.Insets(12));
        left.setPrefWidth(380);
        right.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        // Wide enough for a headline in each list, whatever the pane's default width.
        dialog.getDialogPane().setMinWidth(900);
        dialog.getDialogPane().setPrefSize(900, 540);

        var ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("index-ok");
        Runnable check = () -> {
            Optional<String> refusal = IndexBoxes.refusal(content, title.getText(), List.copyOf(entries));
            problem.setText(refusal.orElse(entries.isEmpty() ? text.get("index.empty") : ""));
            okButton.setDisable(refusal.isPresent() || entries.isEmpty());
        };
        title.textProperty().addListener((obs, old, now) -> check.run());
        entries.addListener((javafx.collections.ListChangeListener<IndexEntry>) change -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ok
                ? new Result(title.getText().strip(), List.copyOf(entries)) : null);
    }

    Optional<Result> showAndWait() {
        return dialog.showAndWait();
    }

    Dialog<Result> dialog() {
        return dialog;
    }

    /** A line as the box will print it, with the page it names now or why it names none. */
    private String lineText(IndexEntry entry) {
        IndexReference ref = IndexReference.of(content, boxPage, entry);
        String where = switch (ref.status()) {
            case ON_PAGE -> ref.pageLabel();
            case SAME_PAGE -> text.get("index.samePage");
            case NOT_PLACED -> text.get("index.notPlaced");
            case NO_STORY -> text.get("index.noStory");
        };
        return "▶ " + ref.text() + "  " + where;
    }

    private void addSelected() {
        IndexBoxes.Candidate c = candidates.getSelectionModel().getSelectedItem();
        if (c != null && entries.stream().noneMatch(e -> e.articleId().equals(c.articleId()))) {
            entries.add(IndexEntry.of(c.articleId()));
            lines.getSelectionModel().select(entries.size() - 1);
        }
    }

    private void move(int by) {
        int at = lines.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at < 0 || to < 0 || to >= entries.size()) {
            return;
        }
        List<IndexEntry> order = new ArrayList<>(entries);
        order.add(to, order.remove(at));
        entries.setAll(order);
        lines.getSelectionModel().select(to);
    }

    private void remove() {
        int at = lines.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            entries.remove(at);
        }
    }

    private Button button(String id, String key, Runnable action) {
        var b = new Button(text.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> show) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        };
    }
}
