package org.copydesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.copydesk.desk.EditionPlanning.NewEdition;
import org.copydesk.model.PageSpec;
import org.copydesk.store.EditionSummary;

/**
 * File &gt; New edition…: the paper's name, the date (its weekday shown), 总第 N 期 (one after the
 * last), how many pages, their 版名 in order, the page spec, and optionally an earlier edition
 * whose page plan to copy (its 版名 and specs, not its stories).
 */
final class NewEditionDialog {

    /** What the user asked for: the desk's request and the 版名 of pages 1, 2, ... (blank: none). */
    record Answer(NewEdition request, List<String> sections) {
    }

    /** What the dialog proposes, read from the database before it opens. */
    record Proposal(String name, int issueNumber, PageSpec spec, List<EditionSummary> editions) {
    }

    private final Dialog<Answer> dialog = new Dialog<>();

    NewEditionDialog(UiText text, Window owner, Proposal proposal) {
        Objects.requireNonNull(text);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("newEdition.title"));
        dialog.setHeaderText(null);

        var name = new TextField(proposal.name());
        name.setId("new-edition-name");
        var date = new DatePicker(LocalDate.now().plusDays(1));
        // The desk writes dates as 2026-12-03 whatever the machine's own habit.
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.setId("new-edition-date");
        var weekday = new Label();
        date.valueProperty().addListener((obs, old, now) -> weekday.setText(weekdayOf(text, now)));
        weekday.setText(weekdayOf(text, date.getValue()));
        var issue = new Spinner<Integer>(1, 999_999, proposal.issueNumber());
        issue.setEditable(true);
        issue.setId("new-edition-issue");
        var pages = new Spinner<Integer>(1, 200, 4);
        pages.setEditable(true);
        pages.setId("new-edition-pages");
        var sections = new TextField();
        sections.setId("new-edition-sections");
        sections.setPromptText(text.get("newEdition.sectionsPrompt"));
        var spec = new ComboBox<PageSpec>();
        spec.setId("new-edition-spec");
        // The third entry stands for a custom size; the spinners below say which.
        spec.getItems().setAll(PageSpec.broadsheet(), PageSpec.tabloid(), PageSpec.custom(320, 470, 7));
        var width = new Spinner<Integer>(100, 1500, 320);
        var height = new Spinner<Integer>(100, 1500, 470);
        var columns = new Spinner<Integer>(1, 20, 7);
        width.setId("new-edition-width");
        height.setId("new-edition-height");
        columns.setId("new-edition-columns");
        var custom = new javafx.scene.layout.HBox(6, width, new Label("×"), height, new Label(text.get("newEdition.mm")),
                columns, new Label(text.get("newEdition.columns")));
        for (Spinner<Integer> s : List.of(width, height, columns)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        custom.visibleProperty().bind(spec.valueProperty().map(s -> s.name().equals("custom")));
        custom.managedProperty().bind(custom.visibleProperty());
        spec.setValue(spec.getItems().stream().filter(s -> s.name().equals(proposal.spec().name())).findFirst()
                .orElse(spec.getItems().get(0)));
        spec.setCellFactory(list -> specCell(text));
        spec.setButtonCell(specCell(text));
        var like = new ComboBox<Optional<EditionSummary>>();
        like.setId("new-edition-like");
        like.getItems().add(Optional.empty());
        proposal.editions().forEach(e -> like.getItems().add(Optional.of(e)));
        like.setValue(Optional.empty());
        like.setCellFactory(list -> likeCell(text));
        like.setButtonCell(likeCell(text));
        // Like an earlier edition: its page count, 版名 and spec, which the user may still change.
        like.valueProperty().addListener((obs, old, now) -> now.ifPresent(e -> pages.getValueFactory().setValue(e.pageCount())));

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(text.get("newEdition.name")), name);
        grid.addRow(1, new Label(text.get("newEdition.date")), date, weekday);
        grid.addRow(2, new Label(text.get("newEdition.issue")), issue);
        grid.addRow(3, new Label(text.get("newEdition.pages")), pages);
        grid.addRow(4, new Label(text.get("newEdition.sections")), sections);
        grid.addRow(5, new Label(text.get("newEdition.spec")), spec);
        grid.add(custom, 1, 7, 2, 1);
        grid.addRow(6, new Label(text.get("newEdition.like")), like);
        GridPane.setColumnSpan(sections, 2);
        GridPane.setColumnSpan(like, 2);
        sections.setPrefColumnCount(24);
        dialog.getDialogPane().setContent(grid);

        var ok = new ButtonType(text.get("newEdition.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("new-edition-ok");
        var impossible = javafx.beans.binding.Bindings.createBooleanBinding(() -> spec.getValue().name().equals("custom")
                && customSpec(width.getValue(), height.getValue(), columns.getValue()).isEmpty(),
                spec.valueProperty(), width.valueProperty(), height.valueProperty(), columns.valueProperty());
        okButton.disableProperty().bind(name.textProperty().isEmpty().or(date.valueProperty().isNull()).or(impossible));
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            issue.commitValue();
            pages.commitValue();
            // Copying a plan keeps that edition's specs page by page unless the user picked one here.
            boolean copying = like.getValue().isPresent();
            PageSpec picked = spec.getValue();
            if (picked.name().equals("custom")) {
                List.of(width, height, columns).forEach(Spinner::commitValue);
                picked = customSpec(width.getValue(), height.getValue(), columns.getValue()).orElse(picked);
            }
            Optional<PageSpec> chosenSpec = copying && picked.name().equals(proposal.spec().name())
                    ? Optional.empty() : Optional.of(picked);
            var request = new NewEdition(date.getValue(), OptionalInt.of(issue.getValue()), OptionalInt.of(pages.getValue()),
                    like.getValue().map(e -> e.edition().id()), Optional.of(name.getText().strip()), chosenSpec);
            return new Answer(request, sectionsOf(sections.getText()));
        });
    }

    /** Shows the dialog and waits; empty when cancelled. */
    Optional<Answer> ask() {
        return dialog.showAndWait();
    }

    /** 版名 typed in order, separated by spaces, commas or 顿号. */
    static List<String> sectionsOf(String typed) {
        return Arrays.stream(typed.strip().split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList();
    }

    /** A custom page, or empty when the numbers cannot make one (the OK button is then disabled). */
    static Optional<PageSpec> customSpec(int widthMm, int heightMm, int columns) {
        try {
            return Optional.of(PageSpec.custom(widthMm, heightMm, columns));
        } catch (IllegalArgumentException impossible) {
            return Optional.empty();
        }
    }

    private static String weekdayOf(UiText text, LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, text.locale());
    }

    private static ListCell<PageSpec> specCell(UiText text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(PageSpec item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name().equals("custom") ? text.get("spec.custom")
                        : text.format("spec." + item.name(), item.columns(), item.rows()));
            }
        };
    }

    private static ListCell<Optional<EditionSummary>> likeCell(UiText text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Optional<EditionSummary> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.map(e -> text.format("editions.item", e.edition().name(),
                        e.edition().publicationDate().toString(), e.edition().issueNumber(), e.pageCount()))
                        .orElse(text.get("newEdition.likeNone")));
            }
        };
    }
}
