package org.copydesk.typeset;

import java.util.Objects;
import org.copydesk.model.PhotoCrop;

/**
 * How a photo fills the box it is drawn in: scaled to cover the box and enlarged by the crop's zoom,
 * shifted so the crop's focal point sits as near the box's middle as the picture's edges allow, with
 * what sticks out cropped, as a newspaper frame does. The composer works it out once per frame; the
 * preview, the PDF and preflight's resolution check all read it, so they cannot crop or rate a photo
 * differently.
 *
 * @param box      where the picture shows on the page, in points
 * @param widthPx  the stored picture's width in pixels
 * @param heightPx the stored picture's height in pixels
 * @param crop     zoom and focal point; {@link PhotoCrop#CENTRED} cuts evenly on both sides
 */
public record PhotoFit(Box box, int widthPx, int heightPx, PhotoCrop crop) {
    public PhotoFit {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("a photo has pixels: " + widthPx + "x" + heightPx);
        }
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(crop, "crop");
    }

    /** Covering the box from the picture's middle. */
    public PhotoFit(Box box, int widthPx, int heightPx) {
        this(box, widthPx, heightPx, PhotoCrop.CENTRED);
    }

    /** Points of the page per pixel of the picture; the tighter side decides, since the picture covers the box. */
    public double pointsPerPixel() {
        return Math.max(box.width() / widthPx, box.height() / heightPx) * crop.zoom();
    }

    /** Pixels per inch as printed. */
    public double effectivePpi() {
        return 72.0 / pointsPerPixel();
    }

    /** The whole picture, uncropped, in page points; it overhangs the box on the cropped sides. */
    public Box wholePicture() {
        double width = widthPx * pointsPerPixel();
        double height = heightPx * pointsPerPixel();
        return new Box(offset(box.x(), box.width(), width, crop.focusX()),
                offset(box.y(), box.height(), height, crop.focusY()), width, height);
    }

    /**
     * Where the picture starts along one side: its focal point on the box's middle, but never so far
     * that an edge of the picture comes inside the box and leaves it partly empty.
     */
    private static double offset(double boxStart, double boxLength, double pictureLength, double focus) {
        double start = boxStart + boxLength / 2 - focus * pictureLength;
        double lowest = boxStart + boxLength - pictureLength;
        return Math.max(lowest, Math.min(boxStart, start));
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

    /**
     * The crop that moves the picture by {@code dx, dy} points on the page under a still frame (a
     * drag inside the frame): the focal point moves the other way by that share of the picture.
     * Starts from the focal point the picture shows now, so a drag against an edge does not build up
     * movement that must be dragged back before anything happens.
     */
    public PhotoCrop movedBy(double dx, double dy) {
        Box whole = wholePicture();
        double shownX = (box.x() + box.width() / 2 - whole.x()) / whole.width();
        double shownY = (box.y() + box.height() / 2 - whole.y()) / whole.height();
        return crop.withFocus(shownX - dx / whole.width(), shownY - dy / whole.height());
    }
}
