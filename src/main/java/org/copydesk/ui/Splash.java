package org.copydesk.ui;

import java.awt.SplashScreen;
import org.slf4j.LoggerFactory;

/**
 * The start-up picture ({@code packaging/splash.png}) the Java launcher shows before any of our code
 * runs, when {@code packaging/launch.sh} or the installed launcher start the window with
 * {@code -splash:}: something on the screen within a few hundred milliseconds while the toolkit, the
 * database and the first page take seconds (decision 0020). The launcher closes it only for an AWT
 * window, so we close it once ours is up. The CLI never gets one.
 */
final class Splash {
    /** Set by the launchers next to {@code -splash:}, so a start without a splash never loads AWT. */
    static final String PROPERTY = "copydesk.splash";

    private Splash() {
    }

    /** Closes the start-up picture, if this JVM was started with one, off the FX thread. */
    static void closeIfShown() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Thread closer = new Thread(() -> {
            try {
                SplashScreen splash = SplashScreen.getSplashScreen();
                if (splash != null && splash.isVisible()) {
                    splash.close();
                }
            } catch (RuntimeException | LinkageError e) {
                // A picture that cannot be closed goes when the JVM does; not worth stopping for.
                LoggerFactory.getLogger(Splash.class).debug("closing the start-up picture failed", e);
            }
        }, "copydesk-splash-close");
        closer.setDaemon(true);
        closer.start();
    }
}
