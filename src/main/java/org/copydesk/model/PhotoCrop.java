package org.copydesk.model;

/**
 * How a photo is cropped to fill its frame: scaled to cover the frame's picture area, enlarged by
 * {@code zoom}, and shifted so the point {@code (focusX, focusY)} of the picture sits as near the
 * middle of the frame as the picture's edges allow. Focus is a fraction of the picture's width and
 * height (0 left/top, 1 right/bottom), so the crop holds for any decoded size of the same photo.
 *
 * @param focusX the point to keep in view, across (0 to 1)
 * @param focusY the point to keep in view, down (0 to 1)
 * @param zoom   1 to fill the frame just covered, up to {@value #MAX_ZOOM} times more
 */
public record PhotoCrop(double focusX, double focusY, double zoom) {
    /** Beyond this the picture is a smear of its own pixels even from a camera original. */
    public static final double MAX_ZOOM = 8;

    /** The frame filled from the picture's middle, cut evenly on both sides. */
    public static final PhotoCrop CENTRED = new PhotoCrop(0.5, 0.5, 1);

    public PhotoCrop {
        if (!(focusX >= 0 && focusX <= 1 && focusY >= 0 && focusY <= 1)) {
            throw new IllegalArgumentException("a crop's focal point lies on the picture (0 to 1): " + focusX + ", " + focusY);
        }
        if (!(zoom >= 1 && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("a crop's zoom is 1 to " + MAX_ZOOM + ": " + zoom);
        }
    }

    /** The same zoom around another focal point, held on the picture. */
    public PhotoCrop withFocus(double x, double y) {
        return new PhotoCrop(clamp(x, 0, 1), clamp(y, 0, 1), zoom);
    }

    /** The same focal point at another zoom, held between 1 and {@value #MAX_ZOOM}. */
    public PhotoCrop withZoom(double newZoom) {
        return new PhotoCrop(focusX, focusY, clamp(newZoom, 1, MAX_ZOOM));
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
    }
}
