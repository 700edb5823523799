package org.copydesk.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.copyin.Script;
import org.copydesk.copyin.ScriptDecision;
import org.copydesk.copyin.StoryCopyIn.PlacedDecision;
import org.copydesk.copyin.StoryPlace;

/**
 * Before a story is converted to the other script: every character that has more than one
 * counterpart, what it will become, what else it could be and why (a house word or ICU4J), so the
 * editor can review the choices and fix any by hand afterwards. True when the editor goes ahead.
 */
final class ConversionDialog {
    private ConversionDialog() {
    }

    static boolean ask(Window owner, UiText text, Script to, int changedCharacters, List<PlacedDecision> decisions) {
        var list = new ListView<String>();
        list.setId("conversion-list");
        list.getItems().setAll(decisions.stream().map(d -> row(text, d)).toList());
        list.setPrefSize(560, 320);
        var dialog = new Dialog<Boolean>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get(to == Script.SIMPLIFIED ? "convert.toSimplified" : "convert.toTraditional"));
        dialog.setHeaderText(text.format("convert.header", changedCharacters, decisions.size()));
        ButtonType convert = new ButtonType(text.get("convert.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(convert,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(decisions.isEmpty() ? new Label(text.get("convert.noAmbiguous"))
                : new VBox(8, new Label(text.get("convert.hint")), list));
        dialog.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            // The window's bundled face: the dialog shows Chinese on a system without Chinese fonts too.
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        dialog.getDialogPane().setPrefSize(680, 480);
        dialog.setResultConverter(button -> button == convert);
        return dialog.showAndWait().orElse(false);
    }

    private static String row(UiText text, PlacedDecision placed) {
        ScriptDecision d = placed.decision();
        String why = d.word().map(w -> text.format("convert.byWord", w)).orElse(text.get("convert.byIcu"));
        return text.format("convert.row", place(text, placed.place()), d.original(), d.chosen(),
                String.join(" ", d.others()), why, d.context());
    }

    static String place(UiText text, StoryPlace place) {
        return switch (place.field()) {
            case KICKER -> text.get("convert.place.KICKER");
            case HEADLINE -> text.get("convert.place.HEADLINE");
            case SUBTITLE -> text.get("convert.place.SUBTITLE");
            case BYLINE -> text.get("convert.place.BYLINE");
            case DATELINE, BODY -> text.format("convert.place.BODY", place.paragraph());
        };
    }
}
