package org.copydesk.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.ui.ArticleEditorModel.StyledParagraph;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The article editor: 引题, 主题, 副题 and 记者 fields over the body area, where each paragraph is
 * one block and its paragraph style says which kind. Pushes every edit into the
 * {@link ArticleEditorModel}; undo and redo are the area's own.
 */
final class ArticleEditorPane {
    private final UiText text;
    private final TextField kicker;
    private final TextField headline;
    private final TextField subtitle;
    /** 转版标题: over the story's continuation on another page; empty prints the headline shortened. */
    private final TextField jumpHeadline;
    private final TextField byline;
    private final StyleClassedTextArea body;
    private final ComboBox<ParagraphKind> paragraphKind = new ComboBox<>();
    private final ComboBox<ArticleStatus> status = new ComboBox<>();
    private final Label staleMessage = new Label();
    private final Button revisions = new Button();
    private Runnable onRevisions = () -> { };
    private Consumer<ArticleEditorModel> onShown = m -> { };
    private Runnable onCleared = () -> { };
    private Consumer<ArticleEditorModel> onConflict = m -> { };
    private Consumer<Change.StatusChange> onStatusPicked = change -> { };
    /** The stages the person at work may move a story in a stage to (the stage rules). */
    private java.util.function.Function<ArticleStatus, List<ArticleStatus>> stageChoices = s -> List.of();
    /** Keeps the status list right when the status changes from elsewhere (a move, a reload). */
    private final ChangeListener<Article> statusWatcher = (obs, old, now) -> {
        if (now != null && status.getValue() != now.status()) {
            showStatus(now.status());
        }
    };
    private final HBox staleBar;
    private final VBox root;
    private final ChangeListener<SaveState> staleWatcher = (obs, old, now) -> {
        showStale(now);
        if (now instanceof SaveState.Stale && !(old instanceof SaveState.Stale) && this.model != null) {
            this.onConflict.accept(this.model);
        }
    };
    private final Set<ArticleEditorModel> watched = new HashSet<>();
    private ArticleEditorModel model;
    private boolean loading;
    private Node bodyScroll;

    ArticleEditorPane(UiText text, PasteCleaning paste) {
        this.text = text;
        kicker = paste.textField();
        headline = paste.textField();
        subtitle = paste.textField();
        byline = paste.textField();
        jumpHeadline = paste.textField();
        jumpHeadline.setId("jump-headline");
        body = paste.styledArea();
        revisions.setText(text.get("menu.story.revisions"));
        kicker.setId("kicker");
        headline.setId("headline");
        subtitle.setId("subtitle");
        byline.setId("byline");
        body.setId("article-body");
        body.getStyleClass().add("article-body");
        body.setWrapText(true);
        body.setParagraphGraphicFactory(null);

        var fields = new GridPane();
        fields.getStyleClass().add("article-fields");
        fields.setHgap(8);
        fields.setVgap(6);
        var labels = new ColumnConstraints();
        // Labels keep their width; the fields take what is left.
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fields.getColumnConstraints().addAll(labels, grow());
        addRow(fields, 0, "editor.kicker", kicker);
        addRow(fields, 1, "editor.headline", headline);
        addRow(fields, 2, "editor.subtitle", subtitle);
        addRow(fields, 3, "editor.byline", byline);
        // Beside the reporter rather than in the toolbar, which overflows in a narrow editor.
        fields.add(revisions, 2, 3);
        addRow(fields, 4, "editor.jumpHeadline", jumpHeadline);

        paragraphKind.getItems().setAll(ParagraphKind.values());
        paragraphKind.setId("paragraph-kind");
        paragraphKind.setButtonCell(kindCell());
        paragraphKind.setCellFactory(list -> kindCell());
        paragraphKind.setOnAction(e -> {
            if (!loading && paragraphKind.getValue() != null) {
                applyKind(paragraphKind.getValue());
            }
        });
        // The list shows the story's stage and offers the moves the stage rules give the person at work;
        // a pick asks the desk to move it (Story > Stage does the same), so the list itself changes nothing.
        status.setId("article-status");
        status.setButtonCell(statusCell());
        status.setCellFactory(list -> statusCell());
        status.setOnAction(e -> {
            if (!loading && model != null && status.getValue() != null && status.getValue() != model.article().status()) {
                ArticleStatus before = model.article().status();
                ArticleStatus wanted = status.getValue();
                showStatus(before);
                onStatusPicked.accept(new Change.StatusChange(model.article().id(), before, wanted));
            }
        });
        revisions.setId("revisions-button");
        revisions.setOnAction(e -> onRevisions.run());
        var toolbar = new ToolBar(new Label(text.get("editor.paragraphStyle")), paragraphKind,
                new Separator(Orientation.VERTICAL),
                new Label(text.get("editor.status")), status);

        var reload = new Button(text.get("stale.reload"));
        reload.setOnAction(e -> model.reloadFromStore());
        var keep = new Button(text.get("stale.keepMine"));
        keep.setOnAction(e -> model.keepMine());
        staleMessage.setWrapText(true);
        HBox.setHgrow(staleMessage, Priority.ALWAYS);
        var compare = new Button(text.get("stale.compare"));
        compare.setId("stale-compare");
        compare.setOnAction(e -> onConflict.accept(model));
        for (Button b : List.of(compare, reload, keep)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        staleBar = new HBox(8, staleMessage, compare, reload, keep);
        staleBar.getStyleClass().add("stale-bar");
        staleBar.setPadding(new Insets(6));
        staleBar.setVisible(false);
        staleBar.setManaged(false);

        var scroll = new VirtualizedScrollPane<>(body);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        bodyScroll = scroll;
        root = new VBox(6, staleBar, fields, toolbar, scroll);
        root.setPadding(new Insets(8));
        root.setDisable(true);

        ChangeListener<String> headlines = (obs, old, now) -> {
            if (!loading && model != null) {
                model.editHeadlines(kicker.getText(), headline.getText(), subtitle.getText());
            }
        };
        kicker.textProperty().addListener(headlines);
        headline.textProperty().addListener(headlines);
        subtitle.textProperty().addListener(headlines);
        jumpHeadline.textProperty().addListener((obs, old, now) -> {
            if (!loading && model != null) {
                model.editJumpHeadline(now);
            }
        });
        headline.textProperty().addListener((obs, old, now) -> showDerivedJumpHeadline());
        byline.textProperty().addListener((obs, old, now) -> {
            if (!loading && model != null) {
                model.editByline(now);
            }
        });
        body.richChanges().subscribe(change -> pushBody());
        body.currentParagraphProperty().addListener((obs, old, now) -> showCaretKind());
    }

    Node node() {
        return root;
    }

    /** What the toolbar's Revisions… button does. */
    void onRevisions(Runnable action) {
        onRevisions = java.util.Objects.requireNonNull(action);
    }

    /** The moves the stage rules allow from a stage, offered in the status list. */
    void stageChoices(java.util.function.Function<ArticleStatus, List<ArticleStatus>> choices) {
        stageChoices = java.util.Objects.requireNonNull(choices);
        if (model != null) {
            showStatus(model.article().status());
        }
    }

    /** Shows {@code shown} in the status list, offering the moves from it. */
    private void showStatus(ArticleStatus shown) {
        boolean wasLoading = loading;
        loading = true;
        try {
            List<ArticleStatus> offered = stageChoices.apply(shown);
            status.getItems().setAll(java.util.Arrays.stream(ArticleStatus.values())
                    .filter(s -> s == shown || offered.contains(s)).toList());
            status.setValue(shown);
        } finally {
            loading = wasLoading;
        }
    }

    /** Told when the user picks another stage for the story: the window moves it through the desk. */
    void onStatusPicked(Consumer<Change.StatusChange> action) {
        onStatusPicked = java.util.Objects.requireNonNull(action);
    }

    /** Puts {@code side} (the notes list) to the right of the body, the two sharing its height. */
    void addBesideBody(Node side) {
        int at = root.getChildren().indexOf(bodyScroll);
        var split = new javafx.scene.control.SplitPane(bodyScroll, side);
        split.setDividerPositions(0.74);
        javafx.scene.control.SplitPane.setResizableWithParent(side, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().set(at, split);
    }

    /**
     * Told each time a story is shown, after its text is in the fields (the notes list, the window's
     * check-outs); each call adds a listener.
     */
    void onShown(Consumer<ArticleEditorModel> listener) {
        onShown = onShown.andThen(java.util.Objects.requireNonNull(listener));
    }

    /** Told when a save of the shown story met a newer version, and by the stale bar's Compare…. */
    void onConflict(Consumer<ArticleEditorModel> action) {
        onConflict = java.util.Objects.requireNonNull(action);
    }

    /** Told after the editor was cleared (another edition). */
    void onCleared(Runnable action) {
        onCleared = java.util.Objects.requireNonNull(action);
    }

    /** Puts {@code bar} (the check-out banner) above everything else in the editor. */
    void addOnTop(Node bar) {
        root.getChildren().add(0, bar);
    }

    /**
     * Read-only while a colleague has the story checked out, or broke this window's check-out: the
     * text can be read, selected and copied, not changed.
     */
    void setReadOnly(boolean readOnly) {
        for (TextField field : List.of(kicker, headline, subtitle, byline)) {
            field.setEditable(!readOnly);
        }
        body.setEditable(!readOnly);
        paragraphKind.setDisable(readOnly);
        status.setDisable(readOnly);
    }

    boolean isReadOnly() {
        return !body.isEditable();
    }

    /** Puts {@code bar} (the find bar) between the toolbar and the body. */
    void addAboveBody(Node bar) {
        root.getChildren().add(root.getChildren().size() - 1, bar);
    }

    StyleClassedTextArea bodyArea() {
        return body;
    }

    /** 引题, 主题, 副题 and 记者, in that order (the copy-in commands convert them with the body). */
    List<TextField> fields() {
        return List.of(kicker, headline, subtitle, byline);
    }

    Optional<ArticleEditorModel> model() {
        return Optional.ofNullable(model);
    }

    /** Shows nothing, greyed out: another edition was opened. */
    void clear() {
        if (model != null) {
            model.saveStateProperty().removeListener(staleWatcher);
            model.articleProperty().removeListener(statusWatcher);
        }
        model = null;
        loading = true;
        try {
            for (TextField field : List.of(kicker, headline, subtitle, byline, jumpHeadline)) {
                field.setText("");
            }
            status.setValue(null);
            body.replaceText("");
            body.getUndoManager().forgetHistory();
        } finally {
            loading = false;
        }
        root.setDisable(true);
        onCleared.run();
    }

    /** Shows a story; its text replaces the area's and the undo history starts afresh. */
    void show(ArticleEditorModel shown) {
        if (model != null) {
            model.saveStateProperty().removeListener(staleWatcher);
            model.articleProperty().removeListener(statusWatcher);
        }
        model = shown;
        model.saveStateProperty().addListener(staleWatcher);
        model.articleProperty().addListener(statusWatcher);
        if (watched.add(shown)) {
            shown.onReplaced(a -> {
                if (model == shown) {
                    load(a);
                    // A restored or reloaded text: the notes are read again, anchored to it.
                    onShown.accept(shown);
                }
            });
        }
        load(shown.article());
        showStale(shown.saveStateProperty().get());
        root.setDisable(false);
        onShown.accept(shown);
    }

    private void load(Article article) {
        loading = true;
        try {
            kicker.setText(article.kicker());
            headline.setText(article.headline());
            subtitle.setText(article.subtitle());
            byline.setText(article.byline());
            jumpHeadline.setText(article.jumpHeadline());
            showDerivedJumpHeadline();
            showStatus(article.status());
            List<StyledParagraph> paragraphs = ArticleEditorModel.paragraphsOf(article.body());
            body.replaceText(ArticleEditorModel.textOf(paragraphs));
            for (int i = 0; i < paragraphs.size(); i++) {
                body.setParagraphStyle(i, paragraphs.get(i).kind().styleClasses());
            }
            body.getUndoManager().forgetHistory();
            body.moveTo(0);
            showCaretKind();
        } finally {
            loading = false;
        }
    }

    /** An empty 转版标题 field shows what prints instead: the headline shortened. */
    private void showDerivedJumpHeadline() {
        jumpHeadline.setPromptText(text.format("editor.jumpHeadlinePrompt",
                org.copydesk.typeset.JumpHeadline.derived(headline.getText())));
    }

    /** Sets the style of the paragraph the caret is in (Ctrl+1/2/3 and the toolbar). */
    void applyKind(ParagraphKind kind) {
        if (model == null) {
            return;
        }
        body.setParagraphStyle(body.getCurrentParagraph(), kind.styleClasses());
        pushBody();
        body.requestFocus();
    }

    private void pushBody() {
        if (loading || model == null) {
            return;
        }
        var paragraphs = new ArrayList<StyledParagraph>();
        var misplacedLeads = new ArrayList<Integer>();
        for (int i = 0; i < body.getParagraphs().size(); i++) {
            var paragraph = body.getParagraph(i);
            ParagraphKind kind = ParagraphKind.ofStyleClasses(paragraph.getParagraphStyle());
            if (kind == ParagraphKind.LEAD && i > 0) {
                misplacedLeads.add(i);
            }
            paragraphs.add(new StyledParagraph(paragraph.getText(), kind));
        }
        model.editBody(paragraphs);
        if (!misplacedLeads.isEmpty()) {
            // Enter at the end of the lead copies its style; only the first paragraph leads. The
            // area must not be changed while it reports a change, hence later.
            Platform.runLater(() -> misplacedLeads.stream()
                    .filter(i -> i < body.getParagraphs().size())
                    .forEach(i -> body.setParagraphStyle(i, ParagraphKind.BODY.styleClasses())));
        }
        showCaretKind();
    }

    private void showCaretKind() {
        int index = body.getCurrentParagraph();
        if (index < body.getParagraphs().size()) {
            boolean wasLoading = loading;
            loading = true;
            paragraphKind.setValue(ParagraphKind.ofStyleClasses(body.getParagraph(index).getParagraphStyle()));
            loading = wasLoading;
        }
    }

    private void showStale(SaveState state) {
        boolean stale = state instanceof SaveState.Stale;
        staleBar.setVisible(stale);
        staleBar.setManaged(stale);
        staleMessage.setText(stale ? text.get("stale.message") : "");
    }

    private ListCell<ParagraphKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ParagraphKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get(item.messageKey()));
            }
        };
    }

    private ListCell<ArticleStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ArticleStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get("status." + item.name()));
            }
        };
    }

    private void addRow(GridPane grid, int row, String labelKey, TextField field) {
        var label = new Label(text.get(labelKey));
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }

    private static ColumnConstraints grow() {
        var c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
