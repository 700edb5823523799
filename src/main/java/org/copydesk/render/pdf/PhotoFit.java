package org.copydesk.render.pdf;

import org.copydesk.typeset.Box;

/**
 * How a photo fills its box: scaled to cover it, centred, with what sticks out cropped, as a
 * newspaper frame does. The preflight uses the same arithmetic for effective resolution.
 */
public final class PhotoFit {
    private PhotoFit() {
    }

    /** Points per pixel when a {@code widthPx x heightPx} picture covers {@code box}. */
    public static double scale(int widthPx, int heightPx, Box box) {
        return Math.max(box.width() / widthPx, box.height() / heightPx);
    }

    /** Pixels per inch printed at the given points-per-pixel scale. */
    public static double effectivePpi(double pointsPerPixel) {
        return 72.0 / pointsPerPixel;
    }

    /** Effective resolution of a picture covering {@code box}. */
    public static double effectivePpi(int widthPx, int heightPx, Box box) {
        return effectivePpi(scale(widthPx, heightPx, box));
    }
}
