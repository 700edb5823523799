package org.copydesk.ui;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.copydesk.desk.Desk;
import org.copydesk.desk.People;
import org.copydesk.desk.Stages;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Person;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Role;
import org.copydesk.model.Stage;
import org.copydesk.model.StageRule;
import org.copydesk.model.StageRules;
import org.copydesk.store.EditionRepository;

/**
 * File &gt; Stage rules…: the table of who may move a story or page from which stage to which, one
 * allowed move a line. An admin removes a line or allows a new move (role, from, to); everyone else
 * sees the table read-only. Each change is saved at once through {@link Stages}, as
 * {@code copydesk rules allow|deny} does.
 */
final class StageRulesDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<StageRule> list = new ListView<>();
    private final UiText text;

    /** @param save runs a change off the FX thread and hands back the rules as stored after */
    StageRulesDialog(UiText text, Window owner, StageRules rules, Person person, Consumer<Callable<StageRules>> save,
                     Desk desk, EditionRepository repository) {
        this.text = text;
        dialog.initOwner(owner);
        dialog.setTitle(text.get("rules.title"));
        dialog.setHeaderText(text.get("rules.header"));
        list.setId("rules-list");
        list.setPrefSize(460, 320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StageRule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : describe(rule));
            }
        });
        show(rules);
        boolean admin = person.role() == Role.ADMIN;
        var role = new ComboBox<Role>();
        role.getItems().setAll(Role.REPORTER, Role.EDITOR, Role.SIGNER);
        role.setValue(Role.EDITOR);
        role.setConverter(converter(People::roleName));
        List<Stage> stages = Stream.concat(Arrays.stream(ArticleStatus.values()), Arrays.stream(ProofRound.values()))
                .map(Stage.class::cast).toList();
        var from = new ComboBox<Stage>();
        var to = new ComboBox<Stage>();
        for (ComboBox<Stage> box : List.of(from, to)) {
            box.getItems().setAll(stages);
            box.setConverter(converter(Stages::name));
        }
        from.setValue(ArticleStatus.DRAFT);
        to.setValue(ArticleStatus.SUBMITTED);
        Consumer<StageRules> shown = this::show;
        var allow = new Button(text.get("rules.allow"));
        allow.setId("rules-allow");
        allow.setOnAction(e -> {
            if (from.getValue().kind() != to.getValue().kind() || from.getValue() == to.getValue()) {
                Alerts.error(dialog.getDialogPane().getScene().getWindow(), text, text.get("rules.title"), text.get("rules.badPair"));
                return;
            }
            var rule = new StageRule(role.getValue(), from.getValue(), to.getValue());
            save.accept(() -> {
                StageRules after = desk.stages().allow(repository, rule);
                javafx.application.Platform.runLater(() -> shown.accept(after));
                return after;
            });
        });
        var remove = new Button(text.get("rules.remove"));
        remove.setId("rules-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            StageRule rule = list.getSelectionModel().getSelectedItem();
            save.accept(() -> {
                StageRules after = desk.stages().deny(repository, rule);
                javafx.application.Platform.runLater(() -> shown.accept(after));
                return after;
            });
        });
        var adding = new HBox(6, role, from, new Label("→"), to, allow);
        var note = new Label(text.format(admin ? "rules.noteAdmin" : "rules.noteReadOnly", person.name(),
                People.roleName(person.role())));
        note.setWrapText(true);
        adding.setDisable(!admin);
        remove.setVisible(admin);
        dialog.getDialogPane().setContent(new VBox(8, list, remove, adding, note));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        dialog.setResizable(true);
    }

    private void show(StageRules rules) {
        list.getItems().setAll(rules.sorted());
    }

    private String describe(StageRule rule) {
        return text.format("rules.line", People.roleName(rule.role()), Stages.name(rule.from()), Stages.name(rule.to()));
    }

    void show() {
        dialog.show();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
