package org.copydesk.app;

import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;

/** The concrete services the GUI and the CLI share. */
final class Wiring {
    private Wiring() {
    }

    static PageComposer composer() {
        return NewspaperComposer.withBundledFonts();
    }
}
