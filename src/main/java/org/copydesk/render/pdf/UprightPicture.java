package org.copydesk.render.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns a decoded picture the way its EXIF orientation says it is to be shown. The file's bytes
 * are never rotated (decision 0013): the preview and the PDF turn what they decode, so the stored
 * original stays byte for byte what the photographer sent.
 */
public final class UprightPicture {
    private UprightPicture() {
    }

    /**
     * The picture as shown for EXIF {@code orientation} 1 to 8: mirrored (2, 4), turned half (3),
     * turned a quarter clockwise (6) or anticlockwise (8), or transposed (5, 7). Orientation 1 gives
     * {@code stored} itself.
     */
    public static BufferedImage turn(BufferedImage stored, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean sideways = orientation >= 5;
        int type = stored.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage shown = new BufferedImage(sideways ? h : w, sideways ? w : h, type);
        Graphics2D g = shown.createGraphics();
        try {
            // Quarter turns and mirrors map pixels onto pixels: nearest neighbour is exact.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(stored, transform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return shown;
    }

    /** Maps stored coordinates onto shown ones; {@code w x h} is the stored size. */
    static AffineTransform transform(int orientation, int w, int h) {
        // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }
}
