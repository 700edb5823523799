package org.copydesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.copydesk.desk.Stages;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.StageMove;

/** Story &gt; Stage &gt; History…: every move of the story, oldest first, with who and when. */
final class StageHistoryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StageHistoryDialog() {
    }

    static Alert show(UiText text, Window owner, String headline, ArticleStatus now, List<StageMove> moves) {
        var list = new ListView<String>();
        list.setId("stage-history");
        list.setPrefSize(480, 240);
        if (moves.isEmpty()) {
            list.setPlaceholder(new javafx.scene.control.Label(text.get("stage.history.empty")));
        }
        list.getItems().setAll(lines(text, moves));
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(text.get("stage.history.title"));
        alert.setHeaderText(text.format("stage.history.header", headline, Stages.name(now)));
        alert.getDialogPane().setContent(list);
        alert.getButtonTypes().setAll(new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    static List<String> lines(UiText text, List<StageMove> moves) {
        return moves.stream().map(m -> text.format("stage.history.line", WHEN.format(m.at().atZone(ZoneId.systemDefault())),
                m.person(), Stages.name(m.from()), Stages.name(m.to()))).toList();
    }
}
