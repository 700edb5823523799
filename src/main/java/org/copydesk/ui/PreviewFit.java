package org.copydesk.ui;

import java.util.OptionalDouble;
import javafx.geometry.Bounds;

/**
 * Which fit the layout preview's zoom follows. The preview keeps it, not just the scale it gave, so
 * that a resized window or another page (a tabloid after a broadsheet) is fitted again.
 */
enum PreviewFit {
    /** A zoom step chose the scale: it stays as chosen. */
    NONE,
    /** The trim width and the margins fill the viewport's width. */
    WIDTH,
    /** The whole page and the margins in the viewport, nothing to scroll (InDesign's Fit Page in Window). */
    PAGE;

    /** Below this many pixels for the page the viewport is not laid out yet: keep the scale. */
    private static final double LEAST_ROOM_PX = 50;
    /**
     * The canvas is sized up to whole pixels; aiming a hair under the viewport keeps rounding error
     * from making it one pixel too big, which would bring in a scroll bar.
     */
    private static final double ROUNDING_PX = 0.01;

    /**
     * The scale this fit wants for a page of {@code pageWidthPt} x {@code pageHeightPt} with
     * {@code marginPx} around it; empty when it wants none (no fit, or no viewport yet). Not
     * limited to the preview's zoom range: the preview clamps it.
     */
    OptionalDouble scale(Bounds viewport, double pageWidthPt, double pageHeightPt, double marginPx) {
        return switch (this) {
            case NONE -> OptionalDouble.empty();
            case WIDTH -> {
                // Whole pixels too: a canvas a pixel wider than the viewport brings in a horizontal bar,
                // which takes height from the viewport and then gives it back.
                double available = Math.floor(viewport.getWidth()) - 2 * marginPx - ROUNDING_PX;
                yield available > LEAST_ROOM_PX ? OptionalDouble.of(available / pageWidthPt) : OptionalDouble.empty();
            }
            case PAGE -> {
                // Whole pixels of viewport: the canvas is a whole number of pixels too.
                double width = Math.floor(viewport.getWidth()) - 2 * marginPx - ROUNDING_PX;
                double height = Math.floor(viewport.getHeight()) - 2 * marginPx - ROUNDING_PX;
                yield width > LEAST_ROOM_PX && height > LEAST_ROOM_PX
                        ? OptionalDouble.of(Math.min(width / pageWidthPt, height / pageHeightPt))
                        : OptionalDouble.empty();
            }
        };
    }

    /** Whether a viewport going from {@code old} to {@code now} changes what this fit wants. */
    boolean followsResize(Bounds old, Bounds now) {
        boolean wider = Math.abs(old.getWidth() - now.getWidth()) > 0.5;
        boolean taller = Math.abs(old.getHeight() - now.getHeight()) > 0.5;
        return switch (this) {
            case NONE -> false;
            case WIDTH -> wider;
            case PAGE -> wider || taller;
        };
    }
}
