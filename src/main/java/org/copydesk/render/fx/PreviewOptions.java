package org.copydesk.render.fx;

import java.util.Objects;
import java.util.Optional;

/**
 * How a page is drawn on the canvas.
 *
 * @param scale       canvas pixels per point
 * @param marginPx    grey border around the page, in canvas pixels
 * @param showFrames  whether frame outlines are drawn
 * @param highlighted the story or photo whose frames are highlighted
 */
public record PreviewOptions(double scale, double marginPx, boolean showFrames, Optional<String> highlighted) {
    public PreviewOptions {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("preview scale must be positive: " + scale);
        }
        Objects.requireNonNull(highlighted, "highlighted");
    }

    /** Page point to canvas pixel, for x and y alike. */
    public double toCanvas(double points) {
        return marginPx + points * scale;
    }

    /** Canvas pixel to page point. */
    public double toPage(double canvasPx) {
        return (canvasPx - marginPx) / scale;
    }
}
