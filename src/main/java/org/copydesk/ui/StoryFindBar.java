package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.copydesk.desk.FindQuery;
import org.copydesk.desk.FindReplace;
import org.copydesk.desk.OperationRefusedException;
import org.copydesk.desk.TextMatch;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The find bar over a story's body (Ctrl+F; Ctrl+H adds the replace row). The current match is the
 * body's selection, so the body shows it and every replacement is an ordinary edit of the area:
 * the body's own Undo takes it back. Holds no story: it searches whatever text the area shows.
 */
final class StoryFindBar {
    private final UiText text;
    private final StyleClassedTextArea body;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox matchCase = new CheckBox();
    private final CheckBox regex = new CheckBox();
    private final CheckBox wholeWord = new CheckBox();
    private final Label count = new Label();
    private final HBox replaceRow;
    private final VBox root;
    /** What is wrong with the query as typed (an invalid expression), shown instead of the count. */
    private String problem = "";

    StoryFindBar(UiText text, StyleClassedTextArea body) {
        this.text = Objects.requireNonNull(text);
        this.body = Objects.requireNonNull(body);
        query.setId("find-query");
        replacement.setId("find-replacement");
        count.setId("find-count");
        query.setPromptText(text.get("find.query"));
        replacement.setPromptText(text.get("find.replacement"));
        matchCase.setText(text.get("find.matchCase"));
        regex.setText(text.get("find.regex"));
        wholeWord.setText(text.get("find.wholeWord"));
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox.setHgrow(replacement, Priority.ALWAYS);
        // The story pane is narrow: arrows and a cross, named in their tooltips; options below.
        var previous = button("\u25B2", "find.previous", this::previous);
        var next = button("\u25BC", "find.next", this::next);
        var close = button("\u2715", "find.close", this::close);
        count.setMinWidth(Region.USE_PREF_SIZE);
        var findRow = new HBox(6, query, count, previous, next, close);
        var optionRow = new HBox(12, matchCase, regex, wholeWord);
        var replaceOne = button(text.get("find.replace"), null, this::replace);
        replaceOne.setId("find-replace-one");
        var replaceAll = button(text.get("find.replaceAllStory"), null, this::replaceAll);
        replaceAll.setId("find-replace-all");
        replaceRow = new HBox(6, replacement, replaceOne, replaceAll);
        for (HBox row : List.of(findRow, optionRow, replaceRow)) {
            row.setAlignment(Pos.CENTER_LEFT);
        }
        root = new VBox(4, findRow, replaceRow, optionRow);
        root.getStyleClass().add("find-bar");
        root.setPadding(new Insets(4, 0, 4, 0));
        show(root, false);
        show(replaceRow, false);
        query.textProperty().addListener((obs, old, now) -> showCount());
        for (CheckBox box : List.of(matchCase, regex, wholeWord)) {
            box.selectedProperty().addListener((obs, old, now) -> showCount());
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == query) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == replacement) {
                replace();
                e.consume();
            }
        });
    }

    Node node() {
        return root;
    }

    boolean isOpen() {
        return root.isVisible();
    }

    /** Shows the bar (with the replace row when {@code replacing}) and puts the caret in the query. */
    void open(boolean replacing) {
        String selected = body.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        show(root, true);
        show(replaceRow, replacing || replaceRow.isVisible());
        query.requestFocus();
        query.selectAll();
        showCount();
    }

    void close() {
        show(root, false);
        show(replaceRow, false);
        body.requestFocus();
    }

    /** Selects the first match after the selection, going round to the top. */
    void next() {
        List<TextMatch> found = matches();
        if (!found.isEmpty()) {
            int from = body.getSelection().getLength() > 0 ? body.getSelection().getStart() + 1 : body.getCaretPosition();
            select(found, found.stream().filter(m -> m.start() >= from).findFirst().orElse(found.get(0)));
        }
    }

    /** Selects the last match before the selection, going round to the end. */
    void previous() {
        List<TextMatch> found = matches();
        if (!found.isEmpty()) {
            int before = body.getSelection().getStart();
            TextMatch pick = found.get(found.size() - 1);
            for (TextMatch m : found) {
                if (m.start() < before) {
                    pick = m;
                }
            }
            select(found, pick);
        }
    }

    /** Replaces the selected match, if the selection is one, and goes to the next. */
    void replace() {
        List<TextMatch> found = matchesReplaced();
        var selection = body.getSelection();
        for (TextMatch m : found) {
            if (m.start() == selection.getStart() && m.end() == selection.getEnd()) {
                body.replaceText(m.start(), m.end(), m.replacement());
                body.moveTo(m.start() + m.replacement().length());
                break;
            }
        }
        next();
        showCount();
    }

    /** Replaces every match in the body as one edit, which one Undo takes back. */
    void replaceAll() {
        List<TextMatch> found = matchesReplaced();
        if (found.isEmpty()) {
            return;
        }
        var change = body.createMultiChange(found.size());
        // Last first: every offset still names the text it was found in.
        for (int i = found.size() - 1; i >= 0; i--) {
            TextMatch m = found.get(i);
            change.replaceText(m.start(), m.end(), m.replacement());
        }
        change.commit();
        // Edit > Undo then undoes the replacement, not the typing in the replace field.
        body.requestFocus();
        count.setText(text.format("find.replaced", found.size()));
    }

    private void select(List<TextMatch> found, TextMatch m) {
        body.selectRange(m.start(), m.end());
        body.requestFollowCaret();
        count.setText(text.format("find.position", found.indexOf(m) + 1, found.size()));
    }

    private void showCount() {
        if (!isOpen()) {
            return;
        }
        if (query.getText().isEmpty()) {
            count.setText("");
            return;
        }
        List<TextMatch> found = matches();
        if (!problem.isEmpty()) {
            return;
        }
        count.setText(found.isEmpty() ? text.get("find.none") : text.format("find.total", found.size()));
    }

    private List<TextMatch> matches() {
        return search(null);
    }

    private List<TextMatch> matchesReplaced() {
        return search(replacement.getText());
    }

    private List<TextMatch> search(String replacing) {
        problem = "";
        if (query.getText().isEmpty()) {
            return List.of();
        }
        try {
            FindQuery q = new FindQuery(query.getText(), regex.isSelected(), matchCase.isSelected(), wholeWord.isSelected());
            return replacing == null ? FindReplace.matches(body.getText(), q) : FindReplace.matches(body.getText(), q, replacing);
        } catch (OperationRefusedException e) {
            problem = e.getMessage();
            count.setText(problem);
            return List.of();
        }
    }

    private Button button(String label, String tipKey, Runnable action) {
        var b = new Button(label);
        if (tipKey != null) {
            b.setTooltip(new Tooltip(text.get(tipKey)));
        }
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
