package org.copydesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.copydesk.desk.NoteAnchors;
import org.copydesk.model.Article;
import org.copydesk.model.EditorNote;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The editors' notes (批注) beside the article body: a list with author, time and the marked text,
 * each open note's range shaded in the body. Ctrl+Alt+M notes the body's selection; Resolve and
 * Reopen change the selected note; "show resolved" brings resolved notes back into view. The shading
 * is an extra selection of the area, not a style, so it never enters the text or its undo history,
 * and it moves with the text as the editor types; where it went is saved with each autosave.
 * Notes live beside the story, never in it: the page, the PDF and the body of an export never see them.
 */
final class EditorNotesPane {
    private static final KeyCombination ADD_KEY = KeyCombination.keyCombination("Shortcut+Alt+M");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final Color SHADE = Color.rgb(255, 193, 7, 0.38);

    private final ArticleEditorPane editor;
    private final UiServices services;
    private final BackgroundWork work;
    private final UiText text;
    private final Consumer<String> tell;
    private final ObservableList<EditorNote> shown = FXCollections.observableArrayList();
    private final ListView<EditorNote> list = new ListView<>(shown);
    private final CheckBox showResolved = new CheckBox();
    private final TextField newNote = new TextField();
    private final Label newNoteLabel = new Label();
    private final VBox root;
    /** Every note of the story in the editor, by id, as last saved or moved. */
    private final Map<String, EditorNote> notes = new LinkedHashMap<>();
    private final Map<String, Selection<?, ?, ?>> shades = new LinkedHashMap<>();
    private ArticleEditorModel model;
    private long savedVersion = -1;
    private int[] pendingRange;

    /** Builds the notes list and puts it beside {@code editor}'s body. */
    static EditorNotesPane attach(ArticleEditorPane editor, UiServices services, BackgroundWork work, UiText text,
                                  StatusBar status) {
        var pane = new EditorNotesPane(editor, services, work, text, message -> status.showActivity(message, null));
        editor.addBesideBody(pane.root);
        editor.onShown(pane::show);
        return pane;
    }

    EditorNotesPane(ArticleEditorPane editor, UiServices services, BackgroundWork work, UiText text, Consumer<String> tell) {
        this.editor = Objects.requireNonNull(editor);
        this.services = Objects.requireNonNull(services);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.tell = Objects.requireNonNull(tell);
        var title = new Label(text.get("notes.title"));
        title.getStyleClass().add("revision-heading");
        list.setId("notes-list");
        list.setPlaceholder(wrapped(text.get("notes.none")));
        list.setCellFactory(view -> new NoteCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> jumpTo(now));
        showResolved.setText(text.get("notes.showResolved"));
        showResolved.setId("notes-show-resolved");
        showResolved.selectedProperty().addListener((obs, old, now) -> refresh());
        var add = new Button(text.get("notes.add"));
        add.setId("notes-add");
        add.setOnAction(e -> startNote());
        add.setTooltip(new javafx.scene.control.Tooltip("Ctrl+Alt+M"));
        var resolve = new Button(text.get("notes.resolve"));
        resolve.setId("notes-resolve");
        resolve.setOnAction(e -> setResolved(true));
        var reopen = new Button(text.get("notes.reopen"));
        reopen.setId("notes-reopen");
        reopen.setOnAction(e -> setResolved(false));
        newNote.setId("notes-new");
        newNote.setOnAction(e -> finishNote());
        newNote.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelNote();
            }
        });
        newNoteLabel.setWrapText(true);
        showNewNote(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, title, add, newNoteLabel, newNote, list, new HBox(6, resolve, reopen), showResolved);
        root.getStyleClass().add("notes-pane");
        root.setPadding(new Insets(0, 0, 0, 6));
        root.setMinWidth(180);
        editor.bodyArea().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD_KEY.match(e)) {
                e.consume();
                startNote();
            }
        });
    }

    Node node() {
        return root;
    }

    ListView<EditorNote> list() {
        return list;
    }

    /** A story is in the editor: its notes are read (anchored to its saved text) and shaded. */
    private void show(ArticleEditorModel shownModel) {
        model = shownModel;
        savedVersion = shownModel.article().version();
        notes.clear();
        refresh();
        if (!watched.contains(shownModel)) {
            watched.add(shownModel);
            shownModel.articleProperty().addListener((obs, old, now) -> saved(shownModel, now));
        }
        String id = shownModel.article().id();
        work.run(() -> services.desk().notes().load(services.repository(), id), loaded -> {
            if (model == shownModel) {
                loaded.forEach(n -> notes.put(n.id(), n));
                refresh();
            }
        }, this::failed);
    }

    private final java.util.Set<ArticleEditorModel> watched = new java.util.HashSet<>();

    /**
     * After each save, where the shaded ranges moved to (the editor's typing moved them) is saved
     * too; a note whose range was typed away is found again by its quotation, or detached.
     */
    private void saved(ArticleEditorModel which, Article now) {
        if (which != model || now == null || now.version() == savedVersion || notes.isEmpty()) {
            return;
        }
        savedVersion = now.version();
        List<EditorNote> moved = new ArrayList<>();
        for (EditorNote note : List.copyOf(notes.values())) {
            EditorNote followed = follow(note, now);
            if (!followed.equals(note)) {
                notes.put(note.id(), followed);
                moved.add(followed);
            }
        }
        if (!moved.isEmpty()) {
            work.run(() -> {
                services.desk().notes().keepAnchors(services.repository(), moved);
                return moved;
            }, done -> refresh(), this::failed);
        }
    }

    private EditorNote follow(EditorNote note, Article article) {
        Selection<?, ?, ?> shade = shades.get(note.id());
        if (shade != null && shade.getStartParagraphIndex() == shade.getEndParagraphIndex()
                && (shade.getLength() > 0 || note.quoted().isEmpty())) {
            EditorNote moved = note.movedTo(shade.getStartParagraphIndex(), shade.getStartColumnPosition(),
                    shade.getEndColumnPosition(), shade.getSelectedText());
            if (NoteAnchors.fits(moved, article.body())) {
                return moved;
            }
        }
        return NoteAnchors.anchor(note, article.body());
    }

    /** Ctrl+Alt+M: remembers the body's selection (one paragraph) and asks for the note beside the list. */
    void startNote() {
        StyleClassedTextArea body = editor.bodyArea();
        var selection = body.getSelection();
        if (model == null || selection.getLength() == 0) {
            tell.accept(text.get("notes.selectFirst"));
            return;
        }
        var start = body.offsetToPosition(selection.getStart(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        var end = body.offsetToPosition(selection.getEnd(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward);
        if (start.getMajor() != end.getMajor()) {
            tell.accept(text.get("notes.selectFirst"));
            return;
        }
        pendingRange = new int[] {start.getMajor(), start.getMinor(), end.getMinor()};
        newNoteLabel.setText(text.format("notes.ask", body.getSelectedText()));
        showNewNote(true);
        newNote.requestFocus();
    }

    private void finishNote() {
        int[] range = pendingRange;
        String note = newNote.getText();
        if (range == null || model == null || note.isBlank()) {
            return;
        }
        ArticleEditorModel on = model;
        cancelNote();
        // The range is of the text on screen: save it first, so the note lands on the stored text.
        on.flush().thenAccept(state -> javafx.application.Platform.runLater(() -> work.run(
                () -> services.desk().notes().add(services.repository(), on.article().id(), range[0], range[1], range[2], note),
                added -> {
                    if (model == on) {
                        notes.put(added.id(), added);
                        refresh();
                        list.getSelectionModel().select(added);
                    }
                    tell.accept(text.format("notes.added", added.author()));
                }, this::failed)));
    }

    private void cancelNote() {
        pendingRange = null;
        newNote.clear();
        showNewNote(false);
        editor.bodyArea().requestFocus();
    }

    private void setResolved(boolean resolved) {
        EditorNote selected = list.getSelectionModel().getSelectedItem();
        if (selected == null || model == null || selected.resolved() == resolved) {
            return;
        }
        String story = model.article().id();
        work.run(() -> services.desk().notes().setResolved(services.repository(), story, selected.id(), resolved),
                changed -> {
                    notes.put(changed.id(), changed);
                    refresh();
                }, this::failed);
    }

    /** The list and the shading show the notes in view: open ones, and resolved ones when asked. */
    private void refresh() {
        StyleClassedTextArea body = editor.bodyArea();
        shades.values().forEach(s -> {
            body.removeSelection(cast(s));
            s.dispose();
        });
        shades.clear();
        List<EditorNote> visible = notes.values().stream().filter(n -> showResolved.isSelected() || !n.resolved()).toList();
        shown.setAll(visible);
        for (EditorNote note : visible) {
            if (note.detached() || note.paragraph() >= body.getParagraphs().size()
                    || note.end() > body.getParagraph(note.paragraph()).length()) {
                continue;
            }
            var shade = new SelectionImpl<>("note-" + note.id(), body, path -> {
                path.getStyleClass().add("note-range");
                path.setHighlightFill(SHADE);
            });
            body.addSelection(shade);
            int start = body.getAbsolutePosition(note.paragraph(), note.start());
            shade.selectRange(start, start + (note.end() - note.start()));
            shades.put(note.id(), shade);
        }
    }

    @SuppressWarnings("unchecked")
    private static Selection<java.util.Collection<String>, String, java.util.Collection<String>> cast(Selection<?, ?, ?> s) {
        return (Selection<java.util.Collection<String>, String, java.util.Collection<String>>) s;
    }

    private void jumpTo(EditorNote note) {
        if (note == null || note.detached()) {
            return;
        }
        StyleClassedTextArea body = editor.bodyArea();
        if (note.paragraph() < body.getParagraphs().size()) {
            body.moveTo(note.paragraph(), Math.min(note.start(), body.getParagraph(note.paragraph()).length()));
            body.requestFollowCaret();
        }
    }

    private void showNewNote(boolean visible) {
        for (Node n : List.of(newNote, newNoteLabel)) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    private void failed(Throwable error) {
        tell.accept(text.format("notes.failed", error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    private static Label wrapped(String message) {
        var label = new Label(message);
        label.setWrapText(true);
        return label;
    }

    /** A note as listed: who and when, the marked text, what it says. */
    private final class NoteCell extends ListCell<EditorNote> {
        {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(EditorNote note, boolean empty) {
            super.updateItem(note, empty);
            setText(null);
            if (empty || note == null) {
                setGraphic(null);
                return;
            }
            var meta = new Label(text.format("notes.meta", note.author(), TIME.format(note.created().atZone(ZoneId.systemDefault()))));
            meta.getStyleClass().add("note-author");
            var quoted = new Label(note.detached() ? text.get("notes.detached") + "：「" + note.quoted() + "」"
                    : "「" + note.quoted() + "」");
            quoted.getStyleClass().add(note.detached() ? "note-detached" : "note-quoted");
            var said = wrapped(note.text());
            // Wrapped to the list's width: a note is read whole, not cut off with an ellipsis.
            said.maxWidthProperty().bind(widthProperty().subtract(24));
            said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            var box = new VBox(2, meta, quoted, said);
            if (note.resolved()) {
                box.getStyleClass().add("note-resolved");
            }
            setGraphic(box);
        }
    }
}
