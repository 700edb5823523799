package org.copydesk.ui;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Holds one node whose layout requests stop here while its size hints stay the same. A keystroke
 * re-creates the edited paragraph's cell and changes the status bar's 字数; JavaFX then marks every
 * ancestor up to the window's root for layout, and the next pulse lays each of them out again and
 * recomputes their sizes. When this pane's minimum, preferred and maximum sizes are what they were,
 * nothing outside it can move: only the pane and what changed inside it are laid out again (as
 * {@link #setNeedsLayout} does). When they changed, or the content's height depends on its width,
 * the request goes up as before.
 */
final class LayoutBoundary extends StackPane {
    /** The size hints last passed on to the parent; null until the first request. */
    private double[] told;

    LayoutBoundary(Node content) {
        super(content);
    }

    @Override
    public void requestLayout() {
        if (getContentBias() != null || getChildren().isEmpty()) {
            told = null;
            super.requestLayout();
            return;
        }
        double[] hints = {computeMinWidth(-1), computePrefWidth(-1), computeMaxWidth(-1),
                computeMinHeight(-1), computePrefHeight(-1), computeMaxHeight(-1)};
        if (Arrays.equals(hints, told)) {
            setNeedsLayout(true);
        } else {
            told = hints;
            super.requestLayout();
        }
    }
}
