package org.copydesk.ui;

import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import org.copydesk.fonts.FontFace;
import org.copydesk.render.fx.FxFontCache;

/**
 * Lays the window out: the edition navigator on the left, the page preview over the preflight list
 * in the centre, the editors on the right; menus above and the status bar below.
 */
final class WindowScene {

    /** The window's parts, made and wired by {@link MainWindow}. */
    record Parts(Node menuBar, EditionChooser chooser, EditionNavigator navigator, PagePreviewPane preview, Label emptyMessage,
                 PreflightPane preflight, TabPane editors, ArticleEditorPane article, StatusBar status) {
    }

    private WindowScene() {
    }

    static Scene build(Parts parts, FxFontCache fonts) {
        var tree = parts.navigator().node();
        VBox.setVgrow(tree, Priority.ALWAYS);
        var navigator = new VBox(4, parts.chooser().node(), tree);
        Node preflight = parts.preflight().node();
        parts.emptyMessage().getStyleClass().add("preview-empty");
        var page = new StackPane(parts.preview().node(), parts.emptyMessage());
        var centre = new SplitPane(page, preflight);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(preflight, false);
        var split = new SplitPane(navigator, centre, parts.editors());
        split.setDividerPositions(0.22, 0.62);
        SplitPane.setResizableWithParent(navigator, false);
        var root = new BorderPane(split);
        root.setTop(parts.menuBar());
        root.setBottom(parts.status().node());
        // The bundled faces carry every Chinese character the UI shows, installed fonts or not.
        root.setStyle("-fx-font-family: \"" + fonts.family(FontFace.SANS) + "\";");
        BundledFace.forEveryWindow(fonts.family(FontFace.SANS));
        parts.article().bodyArea().setStyle("-fx-font-family: \"" + fonts.family(FontFace.SERIF) + "\"; -fx-font-size: 15px;");
        var size = StartingWindow.size();
        var scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                WindowScene.class.getResource("copydesk.css"), "copydesk.css missing").toExternalForm());
        return scene;
    }
}
