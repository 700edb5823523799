package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.desk.FindMatch;
import org.copydesk.desk.FindQuery;
import org.copydesk.desk.ReplacePlan;

/**
 * Edit &gt; Find in edition…: lists every match in the edition's stories and captions; Replace all
 * first lists what it will change (before → after, with the count) and writes only on Apply.
 */
final class EditionFindDialog {
    private final UiText text;
    private final EditionReplacing replacing;
    private final Stage stage = new Stage();
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox matchCase = new CheckBox();
    private final CheckBox regex = new CheckBox();
    private final CheckBox wholeWord = new CheckBox();
    private final Label summary = new Label();
    private final ListView<FindMatch> results = new ListView<>();
    private final Button apply = new Button();
    private ReplacePlan preview;
    private boolean previewing;

    EditionFindDialog(UiText text, Window owner, EditionReplacing replacing) {
        this.text = Objects.requireNonNull(text);
        this.replacing = Objects.requireNonNull(replacing);
        query.setId("edition-find-query");
        replacement.setId("edition-find-replacement");
        summary.setId("edition-find-summary");
        results.setId("edition-find-results");
        apply.setId("edition-replace-apply");
        matchCase.setText(text.get("find.matchCase"));
        regex.setText(text.get("find.regex"));
        regex.setId("edition-find-regex");
        wholeWord.setText(text.get("find.wholeWord"));
        var fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label(text.get("find.query")), query);
        fields.addRow(1, new Label(text.get("find.replacement")), replacement);
        GridPane.setHgrow(query, Priority.ALWAYS);
        var find = new Button(text.get("find.find"));
        find.setId("edition-find");
        find.setDefaultButton(true);
        find.setOnAction(e -> find());
        var replaceAll = new Button(text.get("find.replaceAllEdition"));
        replaceAll.setId("edition-replace-all");
        replaceAll.setOnAction(e -> previewReplace());
        apply.setText(text.get("find.apply"));
        apply.setDisable(true);
        apply.setOnAction(e -> apply());
        var close = new Button(text.get("find.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        results.setCellFactory(list -> new MatchCell());
        VBox.setVgrow(results, Priority.ALWAYS);
        summary.setWrapText(true);
        var root = new VBox(8, fields, new HBox(8, matchCase, regex, wholeWord),
                new HBox(8, find, replaceAll, apply, close), summary, results);
        root.setPadding(new Insets(12));
        for (var field : List.of(query, replacement)) {
            field.textProperty().addListener((obs, old, now) -> forgetPreview());
        }
        for (var box : List.of(matchCase, regex, wholeWord)) {
            box.selectedProperty().addListener((obs, old, now) -> forgetPreview());
        }
        stage.setScene(new Scene(root, 720, 520));
        stage.setTitle(text.get("find.editionTitle"));
        stage.initOwner(owner);
        // Nothing is typed between the preview and Apply: the plan is what gets written.
        stage.initModality(Modality.WINDOW_MODAL);
    }

    void show() {
        stage.show();
        query.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    private FindQuery queryValue() {
        return new FindQuery(query.getText(), regex.isSelected(), matchCase.isSelected(), wholeWord.isSelected());
    }

    private void find() {
        forgetPreview();
        replacing.plan(queryValue(), null, plan -> {
            previewing = false;
            results.getItems().setAll(plan.matches());
            summary.setText(plan.matches().isEmpty() ? text.get("find.none")
                    : text.format("find.editionTotal", plan.matches().size()));
        }, summary::setText);
    }

    private void previewReplace() {
        forgetPreview();
        replacing.plan(queryValue(), replacement.getText(), plan -> {
            previewing = true;
            results.getItems().setAll(plan.matches());
            if (plan.isEmpty()) {
                summary.setText(text.get("find.none"));
                return;
            }
            preview = plan;
            apply.setDisable(false);
            summary.setText(text.format("find.willReplace", plan.matches().size(), plan.articlesAfter().size()));
        }, summary::setText);
    }

    private void apply() {
        ReplacePlan plan = preview;
        if (plan == null) {
            return;
        }
        apply.setDisable(true);
        replacing.apply(plan, () -> {
            preview = null;
            summary.setText(text.format("find.replacedEdition", plan.matches().size(), plan.articlesAfter().size()));
        });
    }

    private void forgetPreview() {
        preview = null;
        apply.setDisable(true);
    }

    /** Where a match is: 主题, 正文 3, 图片说明… */
    String where(FindMatch m) {
        String field = text.get("find.where." + m.where().name());
        return m.block() >= 0 ? field + " " + (m.block() + 1) : field;
    }

    private final class MatchCell extends ListCell<FindMatch> {
        @Override
        protected void updateItem(FindMatch m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                return;
            }
            var head = new Text(m.title() + " · " + where(m) + "：");
            head.getStyleClass().add("find-where");
            var found = new Text(previewing ? m.match().matched() + " → " + m.match().replacement() : m.match().matched());
            found.setStyle("-fx-font-weight: bold;");
            setGraphic(new TextFlow(head, new Text("…" + m.before()), found, new Text(m.after() + "…")));
            setText(null);
        }
    }
}
