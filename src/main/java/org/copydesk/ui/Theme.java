package org.copydesk.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look every window has: AtlantaFX's Primer Light, set once for the whole application. */
final class Theme {
    private static boolean applied;

    private Theme() {
    }

    /** Sets the theme unless it is set; the first window, sketch or dialog, calls it. FX thread only. */
    static void apply() {
        if (!applied) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            applied = true;
        }
    }
}
