package org.copydesk.ui;

import java.util.concurrent.Executors;

/**
 * Opens the desktop client on the fixture edition with the test composer, to look at it by hand
 * (e.g. under xvfb-run) before the store and the real composer are available. Not a test.
 */
public final class DemoDesktop {
    private DemoDesktop() {
    }

    public static void main(String[] args) {
        var background = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "copydesk-background");
            t.setDaemon(true);
            return t;
        });
        DesktopLauncher.launch(new UiServices(FixtureEdition.repository(), MainWindowTest.composer(),
                "in-memory fixture", background));
    }
}
