package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.copyin.PunctuationChange;

/**
 * Lists the proposed punctuation changes (paragraph, before → after, the text around it), each with
 * a tick the editor can take off; answers the ticked ones, or nothing when cancelled.
 */
final class PunctuationDialog {
    private PunctuationDialog() {
    }

    /** A proposed change in the body's paragraph {@code paragraph} (0-based). */
    record Proposal(int paragraph, PunctuationChange change) {
    }

    static Optional<List<Proposal>> ask(Window owner, UiText text, List<Proposal> proposals) {
        var boxes = new ArrayList<CheckBox>();
        for (Proposal p : proposals) {
            var box = new CheckBox(text.format("punctuation.row", p.paragraph() + 1,
                    visible(p.change().from()), p.change().to(), p.change().context()));
            box.setSelected(true);
            box.setUserData(p);
            boxes.add(box);
        }
        var list = new ListView<CheckBox>();
        list.setId("punctuation-list");
        list.getItems().setAll(boxes);
        list.setPrefSize(560, 320);
        var dialog = new Dialog<List<Proposal>>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("punctuation.title"));
        dialog.setHeaderText(text.format("punctuation.header", proposals.size()));
        ButtonType fix = new ButtonType(text.get("punctuation.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(fix,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new VBox(8, new Label(text.get("punctuation.hint")), list));
        dialog.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            // The window's bundled face: the dialog shows Chinese on a system without Chinese fonts too.
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        dialog.getDialogPane().setPrefSize(680, 480);
        dialog.setResultConverter(button -> button == fix
                ? boxes.stream().filter(CheckBox::isSelected).map(b -> (Proposal) b.getUserData()).toList() : null);
        return dialog.showAndWait();
    }

    /** Spaces shown as ␣, so that "，" replacing ", " says what goes. */
    private static String visible(String from) {
        return from.replace(' ', '\u2423').replace('\t', '\u2423');
    }
}
