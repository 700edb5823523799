package org.copydesk.ui;

import java.util.List;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.copydesk.desk.DiffOp;

/**
 * Two pictures of one character diff: inline (deletions struck through in red, insertions
 * underlined in green, in reading order) and side by side (the old text with its deletions marked
 * on the left, the new with its insertions on the right). Colours and lines are the stylesheet's
 * {@code diff-deleted} and {@code diff-inserted}. One {@link Text} per stretch, not per character.
 */
final class DiffViews {
    private final TextFlow inline = flow("revision-inline");
    private final TextFlow oldSide = flow("revision-old");
    private final TextFlow newSide = flow("revision-new");
    private final ScrollPane inlinePane = scroll(inline);
    private final SplitPane sideBySide = new SplitPane(scroll(oldSide), scroll(newSide));

    DiffViews() {
        sideBySide.setId("revision-side-by-side");
    }

    ScrollPane inlineNode() {
        return inlinePane;
    }

    SplitPane sideBySideNode() {
        return sideBySide;
    }

    void show(List<DiffOp> ops) {
        inline.getChildren().setAll(ops.stream().map(DiffViews::text).toList());
        oldSide.getChildren().setAll(ops.stream().filter(op -> op.kind() != DiffOp.Kind.INSERT).map(DiffViews::text).toList());
        newSide.getChildren().setAll(ops.stream().filter(op -> op.kind() != DiffOp.Kind.DELETE).map(DiffViews::text).toList());
        inlinePane.setVvalue(0);
    }

    void clear() {
        inline.getChildren().clear();
        oldSide.getChildren().clear();
        newSide.getChildren().clear();
    }

    /** The inline view's text with [-…-] and {+…+} marks: what a test (or a screen reader) can read. */
    String inlineMarked() {
        var text = new StringBuilder();
        for (var node : inline.getChildren()) {
            Text t = (Text) node;
            if (t.getStyleClass().contains("diff-deleted")) {
                text.append("[-").append(t.getText()).append("-]");
            } else if (t.getStyleClass().contains("diff-inserted")) {
                text.append("{+").append(t.getText()).append("+}");
            } else {
                text.append(t.getText());
            }
        }
        return text.toString();
    }

    private static Text text(DiffOp op) {
        var text = new Text(op.text());
        text.getStyleClass().add(switch (op.kind()) {
            case EQUAL -> "diff-same";
            case DELETE -> "diff-deleted";
            case INSERT -> "diff-inserted";
        });
        return text;
    }

    private static TextFlow flow(String id) {
        var flow = new TextFlow();
        flow.setId(id);
        flow.getStyleClass().add("diff-text");
        return flow;
    }

    private static ScrollPane scroll(TextFlow flow) {
        var pane = new ScrollPane(flow);
        pane.setFitToWidth(true);
        return pane;
    }
}
