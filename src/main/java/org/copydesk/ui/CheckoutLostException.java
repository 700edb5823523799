package org.copydesk.ui;

import java.util.Optional;
import org.copydesk.model.BrokenCheckout;

/**
 * A save refused because the story's check-out was broken by a colleague (or taken over) since it
 * was taken: the text stays in the editor, and the window says who broke it and why.
 */
final class CheckoutLostException extends RuntimeException {
    private final transient Optional<BrokenCheckout> broken;

    CheckoutLostException(String message, Optional<BrokenCheckout> broken) {
        super(message);
        this.broken = broken;
    }

    Optional<BrokenCheckout> broken() {
        return broken;
    }
}
