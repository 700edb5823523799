package org.copydesk.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Gives every window of the application, dialogs and alerts included, the bundled Chinese face, the
 * main window's own. A dialog is a window of its own and does not inherit the main window's font, so
 * on a system without Chinese fonts (a fresh Linux install, a server with a remote display) its
 * Chinese would show as empty boxes. A window that sets its own font family keeps it.
 */
final class BundledFace {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private BundledFace() {
    }

    /** From now on every window opened gets {@code family}; once per application. FX thread. */
    static void forEveryWindow(String family) {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        String style = "-fx-font-family: \"" + family + "\";";
        Window.getWindows().forEach(window -> follow(window, style));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> follow(window, style));
            }
        });
    }

    /**
     * The window's look for a dialog shown before the main window (who is working, the server
     * login): the theme and the bundled face. FX thread.
     */
    static void beforeMainWindow() {
        Theme.apply();
        forEveryWindow(new org.copydesk.render.fx.FxFontCache().family(org.copydesk.fonts.FontFace.SANS));
    }

    private static void follow(Window window, String style) {
        apply(window.getScene(), style);
        window.sceneProperty().addListener((obs, old, now) -> apply(now, style));
    }

    private static void apply(Scene scene, String style) {
        if (scene != null && scene.getRoot() != null && !scene.getRoot().getStyle().contains("-fx-font-family")) {
            scene.getRoot().setStyle(style + scene.getRoot().getStyle());
        }
    }
}
