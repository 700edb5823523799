package org.copydesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.copydesk.model.Edition;
import org.copydesk.store.EditionSummary;

/**
 * The list of editions above the navigator, newest first: picking one opens it. The list is read
 * off the UI thread whenever an edition is opened, made or deleted. On a long archive it holds the
 * newest editions only, with an "older editions…" entry at the end that asks for more (decision
 * 0021): ten years are 3,650 editions, and nobody scrolls to 2017 in a drop-down.
 */
final class EditionChooser {
    /** The last entry when there are older editions than the list shows; never an edition. */
    private static final EditionSummary MORE = new EditionSummary(new Edition("", "", LocalDate.MIN, 0), 0, 0, 0);

    private final UiText text;
    private final ComboBox<EditionSummary> box = new ComboBox<>();
    private boolean showing;
    private Runnable more = () -> { };

    EditionChooser(UiText text, Consumer<String> chosen) {
        this.text = Objects.requireNonNull(text);
        box.setId("edition-chooser");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(text.get("editions.prompt"));
        box.setButtonCell(cell());
        box.setCellFactory(list -> cell());
        box.valueProperty().addListener((obs, old, now) -> {
            if (showing) {
                return;
            }
            if (now == MORE) {
                // Picking "older editions…" asks for them and leaves the open edition shown.
                setQuietly(old);
                more.run();
            } else if (now != null && (old == null || !old.edition().id().equals(now.edition().id()))) {
                chosen.accept(now.edition().id());
            }
        });
    }

    ComboBox<EditionSummary> node() {
        return box;
    }

    /** What to do when "older editions…" is picked (the opener lists more). */
    void onMore(Runnable action) {
        this.more = Objects.requireNonNull(action);
    }

    /** Shows {@code editions} (newest first) with {@code openId} as the one on screen, without opening it again. */
    void show(List<EditionSummary> editions, String openId) {
        show(editions, openId, false);
    }

    /**
     * As {@link #show(List, String)}; with {@code older} true the list ends with "older editions…".
     */
    void show(List<EditionSummary> editions, String openId, boolean older) {
        List<EditionSummary> items = new ArrayList<>(editions);
        if (older) {
            items.add(MORE);
        }
        showing = true;
        try {
            box.getItems().setAll(items);
            box.setValue(editions.stream().filter(e -> e.edition().id().equals(openId)).findFirst().orElse(null));
        } finally {
            showing = false;
        }
    }

    private void setQuietly(EditionSummary value) {
        showing = true;
        try {
            box.setValue(value);
        } finally {
            showing = false;
        }
    }

    private ListCell<EditionSummary> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(EditionSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else if (item == MORE) {
                    setText(text.get("editions.more"));
                } else {
                    setText(text.format("editions.item", item.edition().name(),
                            item.edition().publicationDate().toString(), item.edition().issueNumber(), item.pageCount()));
                }
            }
        };
    }
}
