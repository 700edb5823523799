package org.copydesk.sample;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A picture being drawn: the image, its graphics with antialiasing on, and a seeded random source
 * so a scene comes out the same on every run.
 */
final class SceneCanvas {
    final BufferedImage image;
    final Graphics2D g;
    final Random random;
    final int w;
    final int h;

    SceneCanvas(int width, int height, long seed) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        random = new Random(seed);
        w = width;
        h = height;
    }

    /** A vertical gradient over a band of the picture. */
    void verticalGradient(int top, int bottom, Color from, Color to) {
        g.setPaint(new GradientPaint(0, top, from, 0, bottom, to));
        g.fillRect(0, top, w, bottom - top);
    }

    /** Slightly varied colour: real scenes are never one flat tone. */
    Color vary(Color c, int amount) {
        return new Color(clamp(c.getRed() + random.nextInt(2 * amount + 1) - amount),
                clamp(c.getGreen() + random.nextInt(2 * amount + 1) - amount),
                clamp(c.getBlue() + random.nextInt(2 * amount + 1) - amount));
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(clamp((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t)),
                clamp((int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t)),
                clamp((int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t)));
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }
}
