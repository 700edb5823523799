package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.copydesk.store.EditionSummary;

/**
 * The list of editions above the navigator, newest first: picking one opens it. The list is read
 * off the UI thread whenever an edition is opened, made or deleted.
 */
final class EditionChooser {
    private final UiText text;
    private final ComboBox<EditionSummary> box = new ComboBox<>();
    private boolean showing;

    EditionChooser(UiText text, Consumer<String> chosen) {
        this.text = Objects.requireNonNull(text);
        box.setId("edition-chooser");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(text.get("editions.prompt"));
        box.setButtonCell(cell());
        box.setCellFactory(list -> cell());
        box.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null && (old == null || !old.edition().id().equals(now.edition().id()))) {
                chosen.accept(now.edition().id());
            }
        });
    }

    ComboBox<EditionSummary> node() {
        return box;
    }

    /** Shows {@code editions} (newest first) with {@code openId} as the one on screen, without opening it again. */
    void show(List<EditionSummary> editions, String openId) {
        showing = true;
        try {
            box.getItems().setAll(editions);
            box.setValue(editions.stream().filter(e -> e.edition().id().equals(openId)).findFirst().orElse(null));
        } finally {
            showing = false;
        }
    }

    private ListCell<EditionSummary> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(EditionSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.format("editions.item", item.edition().name(),
                        item.edition().publicationDate().toString(), item.edition().issueNumber(), item.pageCount()));
            }
        };
    }
}
