package org.copydesk.typeset;

/**
 * How a photo fills the box it is drawn in: scaled to cover the box, centred, with what sticks out
 * cropped, as a newspaper frame does. The composer works it out once per frame; the preview, the
 * PDF and preflight's resolution check all read it, so they cannot crop or rate a photo differently.
 *
 * @param box      where the picture shows on the page, in points
 * @param widthPx  the stored picture's width in pixels
 * @param heightPx the stored picture's height in pixels
 */
public record PhotoFit(Box box, int widthPx, int heightPx) {
    public PhotoFit {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("a photo has pixels: " + widthPx + "x" + heightPx);
        }
    }

    /** Points of the page per pixel of the picture; the tighter side decides, since the picture covers the box. */
    public double pointsPerPixel() {
        return Math.max(box.width() / widthPx, box.height() / heightPx);
    }

    /** Pixels per inch as printed. */
    public double effectivePpi() {
        return 72.0 / pointsPerPixel();
    }

    /** The whole picture, uncropped, in page points; it overhangs the box on the cropped sides. */
    public Box wholePicture() {
        double width = widthPx * pointsPerPixel();
        double height = heightPx * pointsPerPixel();
        return new Box(box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2, width, height);
    }

    /**
     * The part of the picture that shows, as fractions of its width and height (0 to 1), so a
     * renderer holding a smaller decoded copy crops it the same way.
     */
    public Box visiblePart() {
        Box whole = wholePicture();
        return new Box((box.x() - whole.x()) / whole.width(), (box.y() - whole.y()) / whole.height(),
                box.width() / whole.width(), box.height() / whole.height());
    }
}
