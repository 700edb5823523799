package org.copydesk.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * City scenes for the sample's news photos, drawn from shapes: a bridge at dawn, a skyline, a
 * market, a port, an old lane and a stadium.
 */
final class CityScenes {
    private CityScenes() {
    }

    static void bridge(SceneCanvas c) {
        Graphics2D g = c.g;
        int horizon = c.h * 58 / 100;
        c.verticalGradient(0, horizon, new Color(62, 92, 148), new Color(246, 178, 120));
        g.setPaint(new RadialGradientPaint(c.w * 0.7f, horizon - 40f, 220f, new float[] {0f, 1f},
                new Color[] {new Color(255, 236, 190), new Color(255, 236, 190, 0)}));
        g.fillRect(0, 0, c.w, horizon);
        farShore(c, horizon, new Color(74, 84, 110));
        c.verticalGradient(horizon, c.h, new Color(190, 140, 120), new Color(40, 60, 96));
        for (int i = 0; i < 140; i++) {
            int y = c.between(horizon + 5, c.h - 5);
            int len = c.between(30, 160);
            g.setColor(new Color(255, 220, 170, c.between(20, 70)));
            g.fillRect(c.between(0, c.w), y, len, 2);
        }
        int deck = horizon + 30;
        g.setColor(new Color(38, 40, 52));
        g.fillRect(0, deck, c.w, 18);
        g.setStroke(new BasicStroke(2f));
        for (int tower : new int[] {c.w * 3 / 10, c.w * 7 / 10}) {
            int top = horizon - 330;
            g.setColor(new Color(44, 46, 60));
            g.fillPolygon(new int[] {tower - 26, tower - 8, tower + 8, tower + 26},
                    new int[] {c.h, top, top, c.h}, 4);
            g.setColor(new Color(60, 62, 78, 200));
            for (int k = 1; k <= 11; k++) {
                int reach = k * 24;
                g.drawLine(tower, top + 20 + k * 6, tower - reach - 20, deck);
                g.drawLine(tower, top + 20 + k * 6, tower + reach + 20, deck);
            }
        }
        for (int x = 0; x < c.w; x += 11) {
            g.setColor(new Color(255, 214, 140, c.between(120, 220)));
            g.fillOval(x, deck - 6, 4, 4);
        }
        for (int i = 0; i < 3; i++) {
            SceneFigures.boat(g, c.between(100, c.w - 300), c.between(deck + 80, c.h - 80), c.between(120, 220));
        }
    }

    static void skyline(SceneCanvas c) {
        Graphics2D g = c.g;
        int ground = c.h * 80 / 100;
        c.verticalGradient(0, ground, new Color(28, 38, 84), new Color(232, 126, 98));
        for (int i = 0; i < 90; i++) {
            g.setColor(new Color(255, 255, 255, c.between(60, 160)));
            g.fillOval(c.between(0, c.w), c.between(0, ground / 3), 3, 3);
        }
        drawTowers(c, ground, 40, 120, 380, new Color(70, 72, 110), 0.25);
        drawTowers(c, ground, 60, 200, 640, new Color(30, 32, 52), 0.45);
        c.verticalGradient(ground, c.h, new Color(40, 42, 70), new Color(16, 18, 30));
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(255, 200, 120, c.between(40, 110)));
            g.fillRect(c.between(0, c.w), c.between(ground + 10, c.h - 10), c.between(40, 200), 2);
        }
    }

    private static void drawTowers(SceneCanvas c, int ground, int minW, int maxW, int maxH, Color body, double lit) {
        Graphics2D g = c.g;
        int x = -c.between(0, 60);
        while (x < c.w) {
            int tw = c.between(minW, maxW);
            int th = c.between(maxH / 3, maxH);
            g.setColor(c.vary(body, 8));
            g.fillRect(x, ground - th, tw, th);
            if (c.random.nextInt(4) == 0) {
                g.fillPolygon(new int[] {x, x + tw / 2, x + tw}, new int[] {ground - th, ground - th - tw / 2, ground - th}, 3);
            }
            for (int wy = ground - th + 14; wy < ground - 10; wy += 18) {
                for (int wx = x + 8; wx < x + tw - 12; wx += 16) {
                    if (c.random.nextDouble() < lit) {
                        g.setColor(new Color(255, c.between(200, 236), c.between(120, 170)));
                        g.fillRect(wx, wy, 8, 10);
                    }
                }
            }
            x += tw + c.between(4, 30);
        }
    }

    static void market(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h, new Color(236, 228, 212), new Color(176, 160, 140));
        g.setColor(new Color(120, 110, 100));
        for (int x = 0; x < c.w; x += 200) {
            g.fillRect(x, 0, 14, c.h * 55 / 100);
        }
        Color[] awnings = {new Color(200, 60, 50), new Color(40, 120, 90), new Color(230, 170, 40), new Color(40, 90, 160)};
        Color[] produce = {new Color(236, 112, 40), new Color(90, 160, 60), new Color(210, 40, 40),
                new Color(250, 210, 60), new Color(140, 60, 120), new Color(60, 130, 50)};
        for (int stall = 0; stall < 5; stall++) {
            int sx = stall * c.w / 5 + 10;
            int sw = c.w / 5 - 20;
            int top = c.h * 35 / 100;
            Color awning = awnings[stall % awnings.length];
            for (int s = 0; s < 8; s++) {
                g.setColor(s % 2 == 0 ? awning : new Color(245, 240, 230));
                g.fillPolygon(new int[] {sx + s * sw / 8, sx + (s + 1) * sw / 8, sx + (s + 1) * sw / 8 + 8, sx + s * sw / 8 + 8},
                        new int[] {top, top, top + 90, top + 90}, 4);
            }
            int counter = c.h * 62 / 100;
            g.setColor(new Color(150, 110, 70));
            g.fillRect(sx, counter, sw, c.h * 18 / 100);
            for (int crate = 0; crate < 4; crate++) {
                int cx = sx + 10 + crate * (sw - 20) / 4;
                int cw = (sw - 20) / 4 - 8;
                Color fruit = produce[(stall * 3 + crate) % produce.length];
                for (int k = 0; k < 26; k++) {
                    g.setColor(c.vary(fruit, 18));
                    int r = c.between(16, 26);
                    g.fillOval(cx + c.between(0, Math.max(1, cw - r)), counter - c.between(10, 60), r, r);
                }
            }
        }
        for (int p = 0; p < 7; p++) {
            SceneFigures.person(c, c.between(40, c.w - 80), c.h - c.between(10, 60), c.between(230, 300));
        }
    }

    static void port(SceneCanvas c) {
        Graphics2D g = c.g;
        int water = c.h * 70 / 100;
        c.verticalGradient(0, water, new Color(150, 190, 220), new Color(226, 236, 240));
        c.verticalGradient(water, c.h, new Color(70, 110, 140), new Color(40, 70, 100));
        Color[] boxes = {new Color(196, 60, 46), new Color(30, 100, 160), new Color(230, 150, 40),
                new Color(60, 140, 90), new Color(120, 120, 130), new Color(170, 70, 110)};
        for (int row = 0; row < 6; row++) {
            for (int x = 0; x < c.w; x += 96) {
                if (c.random.nextInt(7) == 0) continue;
                g.setColor(c.vary(boxes[c.random.nextInt(boxes.length)], 12));
                int y = water - 40 - row * 38;
                g.fillRect(x + row * 6, y, 92, 36);
                g.setColor(new Color(0, 0, 0, 50));
                for (int r = x + row * 6 + 8; r < x + row * 6 + 90; r += 8) g.drawLine(r, y + 3, r, y + 33);
            }
        }
        g.setStroke(new BasicStroke(10f));
        for (int k = 0; k < 3; k++) {
            int cx = 260 + k * 520;
            g.setColor(k == 1 ? new Color(220, 70, 50) : new Color(40, 110, 170));
            g.drawLine(cx, water, cx, 140);
            g.drawLine(cx + 160, water, cx + 160, 140);
            g.drawLine(cx - 220, 150, cx + 420, 150);
            g.drawLine(cx, 150, cx + 80, 60);
            g.drawLine(cx + 160, 150, cx + 80, 60);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(cx - 120, 150, cx - 120, 320);
            g.setStroke(new BasicStroke(10f));
        }
        g.setColor(new Color(40, 44, 56));
        Path2D hull = new Path2D.Double();
        hull.moveTo(80, water + 10);
        hull.lineTo(1000, water + 10);
        hull.lineTo(960, water + 90);
        hull.lineTo(120, water + 90);
        hull.closePath();
        g.fill(hull);
    }

    static void oldStreet(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h, new Color(200, 218, 232), new Color(236, 232, 222));
        int vanishX = c.w / 2;
        int vanishY = c.h * 42 / 100;
        for (int side = -1; side <= 1; side += 2) {
            for (int house = 0; house < 6; house++) {
                double near = 1.0 - house / 6.0;
                double far = 1.0 - (house + 1) / 6.0;
                int xNear = vanishX + side * (int) (near * c.w * 0.62);
                int xFar = vanishX + side * (int) (far * c.w * 0.62);
                int topNear = vanishY - (int) (near * c.h * 0.42);
                int topFar = vanishY - (int) (far * c.h * 0.42);
                int bottomNear = vanishY + (int) (near * c.h * 0.58);
                int bottomFar = vanishY + (int) (far * c.h * 0.58);
                g.setColor(c.vary(new Color(226, 222, 214), 8));
                g.fillPolygon(new int[] {xNear, xFar, xFar, xNear}, new int[] {topNear, topFar, bottomFar, bottomNear}, 4);
                g.setColor(new Color(58, 60, 66));
                g.fillPolygon(new int[] {xNear, xFar, xFar, xNear},
                        new int[] {topNear - (int) (near * 40) - 6, topFar - (int) (far * 40) - 6, topFar + 4, topNear + 10}, 4);
                g.setColor(new Color(110, 70, 44));
                int doorX = (xNear * 2 + xFar) / 3;
                int doorW = Math.max(6, Math.abs(xNear - xFar) / 4);
                int doorTop = (topNear + bottomNear) / 2;
                g.fillRect(side < 0 ? doorX : doorX - doorW, doorTop, doorW, (bottomNear * 2 + bottomFar) / 3 - doorTop);
            }
        }
        g.setColor(new Color(150, 148, 140));
        g.fillPolygon(new int[] {vanishX - 8, vanishX + 8, c.w * 85 / 100, c.w * 15 / 100},
                new int[] {vanishY + 4, vanishY + 4, c.h, c.h}, 4);
        g.setColor(new Color(118, 116, 110));
        g.setStroke(new BasicStroke(2f));
        for (int row = 1; row < 18; row++) {
            double t = Math.pow(row / 18.0, 1.6);
            int y = vanishY + 4 + (int) (t * (c.h - vanishY));
            int half = 8 + (int) (t * c.w * 0.35);
            g.drawLine(vanishX - half, y, vanishX + half, y);
        }
        g.setColor(new Color(92, 70, 50));
        g.fillRect(c.w * 20 / 100, c.h * 35 / 100, 26, c.h * 50 / 100);
        for (int leaf = 0; leaf < 260; leaf++) {
            g.setColor(c.vary(new Color(70, 120, 60), 20));
            int r = c.between(30, 70);
            g.fillOval(c.w * 20 / 100 - 200 + c.between(0, 400), c.between(20, c.h * 40 / 100), r, r);
        }
        for (int dot = 0; dot < 90; dot++) {
            g.setColor(new Color(240, 190, 60));
            g.fillOval(c.w * 20 / 100 - 180 + c.between(0, 360), c.between(40, c.h * 38 / 100), 8, 8);
        }
        for (int p = 0; p < 3; p++) {
            SceneFigures.person(c, vanishX - 120 + p * 110, c.h - 120 - p * 90, 300 - p * 60);
        }
    }

    static void stadium(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h / 3, new Color(96, 150, 210), new Color(190, 220, 240));
        g.setColor(new Color(150, 152, 160));
        g.fillRect(0, c.h / 4, c.w, c.h / 2);
        for (int y = c.h / 4; y < c.h * 55 / 100; y += 8) {
            for (int x = 0; x < c.w; x += 8) {
                if (c.random.nextInt(3) > 0) {
                    g.setColor(c.vary(new Color(c.between(80, 230), c.between(60, 200), c.between(60, 210)), 20));
                    g.fillRect(x, y, 6, 6);
                }
            }
        }
        g.setColor(new Color(186, 82, 60));
        g.fill(new Ellipse2D.Double(-200, c.h * 0.5, c.w + 400, c.h * 0.9));
        g.setColor(new Color(240, 240, 240));
        g.setStroke(new BasicStroke(2f));
        for (int lane = 1; lane < 8; lane++) {
            g.draw(new Ellipse2D.Double(-200 + lane * 14, c.h * 0.5 + lane * 10, c.w + 400 - lane * 28, c.h * 0.9 - lane * 20));
        }
        g.setColor(new Color(66, 150, 70));
        g.fill(new Ellipse2D.Double(-60, c.h * 0.5 + 100, c.w + 120, c.h * 0.9 - 200));
        for (int s = 0; s < 9; s++) {
            g.setColor(new Color(56, 136, 62));
            g.fillRect(0, (int) (c.h * 0.62 + s * 48), c.w, 24);
        }
        for (int r = 0; r < 12; r++) {
            SceneFigures.person(c, 300 + r * 90 + c.between(-20, 20), (int) (c.h * 0.72) + c.between(-10, 10), 120);
        }
        for (int f : new int[] {80, c.w - 140}) {
            g.setColor(new Color(90, 90, 100));
            g.fillRect(f + 24, 40, 10, c.h / 4);
            g.setColor(new Color(255, 255, 230));
            g.fillRect(f, 20, 60, 30);
        }
    }

    private static void farShore(SceneCanvas c, int horizon, Color color) {
        Graphics2D g = c.g;
        g.setColor(color);
        int x = 0;
        while (x < c.w) {
            int bw = c.between(30, 90);
            int bh = c.between(20, 120);
            g.fillRect(x, horizon - bh, bw, bh);
            x += bw + c.between(0, 12);
        }
    }
}
