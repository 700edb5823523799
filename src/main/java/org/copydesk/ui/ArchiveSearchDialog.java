package org.copydesk.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.model.ArticleStatus;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchRequest;
import org.copydesk.search.SearchResults;

/**
 * Edit > Search archive…: the words, the filters (edition dates, page, reporter, status) and the
 * results, each with its edition, page and headline over the text around the match, the matched
 * words in bold. Enter in the words searches; Enter or a double click on a result opens it. The
 * window stays open beside the main window so that one search can open several stories.
 */
final class ArchiveSearchDialog {
    /** Bold through CSS, so that the text keeps the window's (bundled Chinese) face. */
    static final String BOLD = "-fx-font-weight: bold;";

    private final UiText text;
    private final Stage stage = new Stage();
    final TextField query = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField page = new TextField();
    final TextField author = new TextField();
    final ComboBox<Optional<ArticleStatus>> status = new ComboBox<>();
    final ListView<SearchHit> results = new ListView<>();
    final Label summary = new Label();

    ArchiveSearchDialog(UiText text, Window owner, Consumer<SearchRequest> search, Consumer<SearchHit> open) {
        this.text = Objects.requireNonNull(text);
        stage.initOwner(owner);
        stage.setTitle(text.get("search.title"));
        query.setId("searchQuery");
        query.setPromptText(text.get("search.prompt"));
        results.setId("searchResults");
        page.setPrefColumnCount(3);
        author.setPrefColumnCount(8);
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        status.getItems().add(Optional.empty());
        for (ArticleStatus s : ArticleStatus.values()) {
            status.getItems().add(Optional.of(s));
        }
        status.setValue(Optional.empty());
        status.setCellFactory(list -> new StatusCell());
        status.setButtonCell(new StatusCell());
        Button go = new Button(text.get("search.go"));
        go.setDefaultButton(false);
        go.setOnAction(e -> search.accept(request()));
        query.setOnAction(e -> search.accept(request()));
        HBox words = new HBox(6, query, go);
        HBox.setHgrow(query, Priority.ALWAYS);
        FlowPane filters = new FlowPane(8, 6, new Label(text.get("search.from")), from, new Label(text.get("search.to")),
                to, new Label(text.get("search.page")), page, new Label(text.get("search.author")), author,
                new Label(text.get("search.status")), status);
        results.setCellFactory(list -> new HitCell());
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                open.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        VBox top = new VBox(6, words, filters, summary);
        BorderPane root = new BorderPane(results, top, null, null, null);
        BorderPane.setMargin(results, new Insets(6, 0, 0, 0));
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 720, 560));
    }

    void show() {
        stage.show();
        stage.toFront();
        query.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    /** What the fields ask for; a page that is not a number is left out (and said so). */
    SearchRequest request() {
        OptionalInt pageNumber = OptionalInt.empty();
        String p = page.getText() == null ? "" : page.getText().strip();
        if (!p.isEmpty()) {
            try {
                pageNumber = OptionalInt.of(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                summary.setText(text.format("search.badPage", p));
            }
        }
        return new SearchRequest(query.getText(), Optional.ofNullable(from.getValue()),
                Optional.ofNullable(to.getValue()), pageNumber, Optional.ofNullable(author.getText()),
                status.getValue() == null ? Optional.empty() : status.getValue(), SearchRequest.DEFAULT_LIMIT);
    }

    void searching() {
        summary.setText(text.get("search.searching"));
    }

    void show(SearchResults found) {
        List<SearchHit> hits = found.hits();
        results.getItems().setAll(hits);
        summary.setText(summary(found));
        if (!hits.isEmpty()) {
            results.getSelectionModel().select(0);
        }
    }

    /** "3 found", or "1000+ found, the best 50 shown" when the list holds only the best. */
    private String summary(SearchResults found) {
        if (found.hits().isEmpty()) {
            return text.get("search.none");
        }
        if (found.moreFound()) {
            return text.format("search.foundMore", found.found(), found.hits().size());
        }
        return found.found() > found.hits().size() ? text.format("search.foundSome", found.found(), found.hits().size())
                : text.format("search.found", found.found());
    }

    void failed(String message) {
        summary.setText(text.format("search.failed", message));
    }

    private String statusName(Optional<ArticleStatus> s) {
        return s.map(v -> text.get("search.status." + v.name())).orElse(text.get("search.status.any"));
    }

    private final class StatusCell extends ListCell<Optional<ArticleStatus>> {
        @Override
        protected void updateItem(Optional<ArticleStatus> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : statusName(item));
        }
    }

    /** Edition, page and headline in bold over the snippet, its matched words bold. */
    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            String where = hit.page() > 0 ? text.format("search.onPage", hit.page()) : text.get("search.noPage");
            Text place = new Text(text.format("search.where", hit.editionDate().toString(), hit.editionName(),
                    hit.issueNumber(), where) + "  ");
            Text headline = new Text(hit.kind().equals("photo") ? text.format("search.photo", hit.headline())
                    : hit.headline());
            headline.setStyle(BOLD);
            TextFlow head = new TextFlow(place, headline);
            TextFlow snippet = new TextFlow();
            for (SearchHit.Span span : hit.snippet()) {
                Text t = new Text(span.text());
                if (span.matched()) {
                    t.setStyle(BOLD);
                    t.getStyleClass().add("search-match");
                }
                snippet.getChildren().add(t);
            }
            // The text flows wrap at a width a little under the cell's (padding, scroll bar), the same
            // for the height the list asks and the layout, so rows do not run into each other.
            double width = Math.max(200, results.getWidth() - 48);
            for (TextFlow flow : List.of(head, snippet)) {
                flow.setPrefWidth(width);
                flow.setMaxWidth(width);
            }
            VBox box = new VBox(2, head, snippet);
            box.setPrefWidth(width);
            box.setMaxWidth(width);
            setPrefWidth(0);
            setGraphic(box);
        }
    }
}
