package org.copydesk.sample;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;

/** Small figures that several scenes share: people and boats. */
final class SceneFigures {
    private SceneFigures() {
    }

    /** A dark boat silhouette with a cabin, {@code length} pixels long, its deck at {@code y}. */
    static void boat(Graphics2D g, int x, int y, int length) {
        g.setColor(new Color(30, 30, 36));
        g.fillPolygon(new int[] {x, x + length, x + length - 24, x + 24}, new int[] {y, y, y + 22, y + 22}, 4);
        g.fillRect(x + length / 3, y - 30, length / 3, 30);
    }

    /** A standing person seen from the front, feet at {@code feetY}, coat colour varied by the canvas's seed. */
    static void person(SceneCanvas c, int x, int feetY, int height) {
        Graphics2D g = c.g;
        Color coat = c.vary(new Color(c.between(40, 200), c.between(40, 160), c.between(40, 170)), 10);
        int head = height / 7;
        g.setColor(coat);
        g.fill(new RoundRectangle2D.Double(x, feetY - height + head, height / 3.2, height * 0.55, 20, 20));
        g.setColor(new Color(50, 50, 60));
        g.fillRect(x + 4, (int) (feetY - height * 0.32), (int) (height / 3.2) - 8, (int) (height * 0.32));
        g.setColor(new Color(210, 168, 136));
        g.fillOval(x + (int) (height / 6.4) - head / 2, feetY - height, head, head);
    }
}
