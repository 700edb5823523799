package org.copydesk.ui;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's stage, put on the screen as soon as the toolkit is up: while the database opens,
 * the window's parts are made and the newest edition loads, the user already sees the window where it
 * will be, at its size, in the shape of its panes (decision 0036). {@link MainWindow} then sets its
 * scene on this same stage; it is never a second window. The sketch has no text, so it needs no font:
 * the bundled Chinese faces are not loaded yet, and a system without CJK fonts would show boxes.
 */
public final class StartingWindow {
    /** The size every main window opens at, never larger than the screen (small laptops are 1280x800). */
    static final double WIDTH = 1480;
    static final double HEIGHT = 920;

    private Stage stage;
    private boolean taken;
    private final ChangeListener<Number> undoShrink = (obs, old, now) -> restoreIfShrunk();

    private StartingWindow() {
    }

    /**
     * Starts the toolkit in the background (as {@link FxStartup#startInBackground(Runnable)}) and shows the
     * starting window once it is up; returns at once. Without a display nothing is shown, and whoever
     * needs the toolkit next reports that.
     */
    public static StartingWindow showWhenToolkitIsUp() {
        var window = new StartingWindow();
        FxStartup.startInBackground(() -> Platform.runLater(window::showSketch));
        return window;
    }

    /** A starting window whose sketch is shown only when {@link #showSketch()} is called: for tests. */
    static StartingWindow notShownYet() {
        return new StartingWindow();
    }

    /**
     * The stage the main window is to use, on the FX thread: the one on the screen, or, when the main
     * window is ready before the sketch was shown, a new stage (and the sketch is never shown).
     */
    Stage take() {
        taken = true;
        return stage == null ? new Stage() : stage;
    }

    /** Shows the sketch, unless the main window already took the stage. FX thread only. */
    void showSketch() {
        if (taken) {
            return;
        }
        Theme.apply();
        stage = new Stage();
        stage.setTitle("Copydesk");
        // Closing is the main window's to handle (it saves first); the sketch is up for a second or two.
        stage.setOnCloseRequest(javafx.event.Event::consume);
        stage.setScene(new Scene(sketch(), size().getWidth(), size().getHeight()));
        stage.show();
        // JavaFX 21 under some X11 window managers (openbox) maps a new window at GTK's 200x200 and then
        // loses the race to give it its size back; until the main window is in it (settled), a window
        // shrunk to under half its size gets its size again.
        stage.widthProperty().addListener(undoShrink);
        stage.heightProperty().addListener(undoShrink);
        restoreIfShrunk();
        Splash.closeIfShown();
    }

    /**
     * The main window's first layout is done, and the window manager has long settled the size: from
     * now on the window's size is the user's. FX thread only.
     */
    void settled() {
        if (stage != null) {
            stage.widthProperty().removeListener(undoShrink);
            stage.heightProperty().removeListener(undoShrink);
        }
    }

    private void restoreIfShrunk() {
        if (stage.getWidth() < size().getWidth() / 2 || stage.getHeight() < size().getHeight() / 2) {
            stage.setWidth(size().getWidth());
            stage.setHeight(size().getHeight());
        }
    }

    /** The window's size: {@value #WIDTH}x{@value #HEIGHT}, or the screen's visible area when smaller. */
    static Rectangle2D size() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Rectangle2D(0, 0, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    }

    /** Menu bar, navigator, the grey desk the page lies on, the editors, the status bar: blank. */
    private static BorderPane sketch() {
        var root = new BorderPane(pane("page-preview-desk"));
        root.setTop(strip("menu-bar", 30));
        root.setBottom(strip("status-bar", 24));
        var navigator = pane("starting-side");
        navigator.prefWidthProperty().bind(root.widthProperty().multiply(0.22));
        var editors = pane("starting-side");
        editors.prefWidthProperty().bind(root.widthProperty().multiply(0.38));
        root.setLeft(navigator);
        root.setRight(editors);
        root.getStyleClass().add("starting-window");
        root.getStylesheets().add(Objects.requireNonNull(
                StartingWindow.class.getResource("copydesk.css"), "copydesk.css missing").toExternalForm());
        return root;
    }

    private static Region pane(String styleClass) {
        var region = new Region();
        region.getStyleClass().add(styleClass);
        return region;
    }

    private static Region strip(String styleClass, double height) {
        var region = pane(styleClass);
        region.setPrefHeight(height);
        return region;
    }
}
