package org.copydesk.app;

import org.copydesk.desk.Desk;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;

/** The concrete services the GUI and the CLI share. */
final class Wiring {
    private Wiring() {
    }

    static PageComposer composer() {
        return NewspaperComposer.withBundledFonts();
    }

    /** The desk's services, their composer made on first use: built once per run, for the window or the CLI. */
    static Desk desk() {
        return Desk.lazily(Wiring::composer);
    }
}
