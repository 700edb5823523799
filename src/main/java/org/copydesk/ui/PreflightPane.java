package org.copydesk.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;

/**
 * The preflight panel under the preview: one row per finding (severity, 第N版, check, message).
 * Clicking a row or pressing Enter on it asks the window to show the finding's place.
 */
final class PreflightPane {
    private final UiText text;
    private final PreflightModel model;
    private final TableView<Finding> table = new TableView<>();
    private final Label summary = new Label();
    private final VBox root;
    private Consumer<Finding> onJump = f -> { };

    PreflightPane(UiText text, PreflightModel model) {
        this.text = Objects.requireNonNull(text);
        this.model = Objects.requireNonNull(model);
        table.setId("preflight-table");
        table.getStyleClass().add("preflight-table");
        table.setItems(model.findings());
        table.setPlaceholder(new Label(text.get("preflight.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("preflight.column.severity", 70, f -> text.get("preflight.severity." + f.severity())));
        table.getColumns().add(column("preflight.column.page", 70, this::page));
        table.getColumns().add(column("preflight.column.check", 110, f -> text.get("check." + f.check())));
        table.getColumns().add(column("preflight.column.message", 420, Finding::message));
        table.setRowFactory(view -> {
            var row = new TableRow<Finding>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    onJump.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Finding selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                onJump.accept(selected);
            }
        });

        summary.setId("preflight-summary");
        summary.getStyleClass().add("preflight-title");
        var again = new Button(text.get("preflight.run"));
        again.setId("preflight-run");
        again.setOnAction(e -> model.checkNow());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(10, summary, spacer, again);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(header, table);
        root.getStyleClass().add("preflight-pane");
        model.statusProperty().addListener((obs, old, now) -> showSummary(now));
        showSummary(model.statusProperty().get());
    }

    Node node() {
        return root;
    }

    TableView<Finding> table() {
        return table;
    }

    /** Tells the listener which finding the user wants to see. */
    void onJump(Consumer<Finding> listener) {
        onJump = Objects.requireNonNull(listener);
    }

    private void showSummary(PreflightModel.Status status) {
        // The summary names preflight itself; before the first check the header still says what this is.
        summary.setText(status instanceof PreflightModel.Status.NotChecked ? text.get("preflight.title") : describe(text, status));
    }

    /** The status as one short line, for the panel and the status bar. */
    static String describe(UiText text, PreflightModel.Status status) {
        if (status instanceof PreflightModel.Status.Checking) {
            return text.get("preflight.running");
        } else if (status instanceof PreflightModel.Status.Checked c) {
            return c.errors() + c.warnings() == 0 ? text.get("preflight.clean")
                    : text.format("preflight.summary", c.errors(), c.warnings());
        } else if (status instanceof PreflightModel.Status.Failed f) {
            return text.format("preflight.failed", f.message());
        }
        return "";
    }

    private String page(Finding finding) {
        return finding.pageNumber() > 0 ? text.format("nav.page", finding.pageNumber()) : text.get("preflight.edition");
    }

    private TableColumn<Finding, Finding> column(String key, double width, Function<Finding, String> shown) {
        var column = new TableColumn<Finding, Finding>(text.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()).getReadOnlyProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
                getStyleClass().removeAll("finding-error", "finding-warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.severity() == Severity.ERROR ? "finding-error" : "finding-warning");
                }
            }
        });
        return column;
    }
}
