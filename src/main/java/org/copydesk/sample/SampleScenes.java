package org.copydesk.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The sample's photos, drawn from shapes: simple scenes that read as news pictures at column
 * width (a bridge at dawn, a skyline, a market, a port, a reading room, a portrait, a craft
 * workshop, a stadium, a river landscape). Each method draws one scene on a canvas.
 */
final class SampleScenes {
    private SampleScenes() {
    }

    /** A cable-stayed bridge over a wide river at sunrise. */
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
            boat(g, c.between(100, c.w - 300), c.between(deck + 80, c.h - 80), c.between(120, 220));
        }
    }

    /** Towers of a new business district at dusk, windows lit. */
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

    /** A covered market: awnings in rows, crates of fruit and vegetables, shoppers. */
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
            person(c, c.between(40, c.w - 80), c.h - c.between(10, 60), c.between(230, 300));
        }
    }

    /** Container cranes over stacks of coloured containers. */
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

    /** A reading room: shelves of books, lamps and long tables. */
    static void readingRoom(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h, new Color(236, 224, 200), new Color(190, 160, 120));
        int shelfTop = 60;
        for (int shelf = 0; shelf < 5; shelf++) {
            int y = shelfTop + shelf * 120;
            g.setColor(new Color(120, 80, 50));
            g.fillRect(0, y + 100, c.w, 14);
            int x = 10;
            while (x < c.w - 20) {
                int bw = c.between(14, 34);
                int bh = c.between(70, 100);
                g.setColor(c.vary(new Color(c.between(60, 200), c.between(50, 160), c.between(40, 150)), 10));
                g.fillRect(x, y + 100 - bh, bw, bh);
                g.setColor(new Color(255, 240, 200, 90));
                g.fillRect(x + 3, y + 100 - bh + 10, bw - 6, 4);
                x += bw + c.between(1, 4);
            }
        }
        g.setColor(new Color(150, 100, 60));
        g.fillRect(100, c.h - 220, c.w - 200, 40);
        for (int lamp = 0; lamp < 5; lamp++) {
            int lx = 240 + lamp * 280;
            g.setPaint(new RadialGradientPaint(lx, c.h - 230f, 160f, new float[] {0f, 1f},
                    new Color[] {new Color(255, 236, 170, 170), new Color(255, 236, 170, 0)}));
            g.fillOval(lx - 160, c.h - 390, 320, 320);
            g.setColor(new Color(40, 90, 60));
            g.fillArc(lx - 40, c.h - 300, 80, 60, 0, 180);
            g.fillRect(lx - 3, c.h - 270, 6, 50);
        }
        for (int p = 0; p < 4; p++) {
            person(c, 200 + p * 360, c.h - 20, 260);
        }
    }

    /** Head and shoulders against a soft studio background, for the interview (any size, drawn to scale). */
    static void portrait(SceneCanvas c) {
        Graphics2D g = c.g;
        double u = c.w / 100.0;
        g.setPaint(new RadialGradientPaint(c.w * 0.45f, c.h * 0.35f, c.w * 0.9f, new float[] {0f, 1f},
                new Color[] {new Color(200, 208, 214), new Color(72, 86, 102)}));
        g.fillRect(0, 0, c.w, c.h);
        double cx = c.w / 2.0;
        double headTop = c.h * 0.16;
        double headW = 40 * u;
        double headH = headW * 1.28;
        g.setColor(new Color(46, 52, 66));
        g.fill(new RoundRectangle2D.Double(cx - 48 * u, headTop + headH + 8 * u, 96 * u, c.h, 40 * u, 40 * u));
        g.setColor(new Color(228, 230, 234));
        g.fillPolygon(new int[] {(int) (cx - 9 * u), (int) cx, (int) (cx + 9 * u)},
                new int[] {(int) (headTop + headH + 8 * u), (int) (headTop + headH + 26 * u), (int) (headTop + headH + 8 * u)}, 3);
        g.setColor(new Color(206, 164, 134));
        g.fill(new RoundRectangle2D.Double(cx - 7 * u, headTop + headH - 6 * u, 14 * u, 16 * u, 6 * u, 6 * u));
        g.setColor(new Color(214, 172, 142));
        g.fill(new Ellipse2D.Double(cx - headW / 2, headTop, headW, headH));
        g.setColor(new Color(196, 196, 200));
        Path2D hair = new Path2D.Double();
        hair.moveTo(cx - headW / 2 - u, headTop + headH * 0.42);
        hair.curveTo(cx - headW / 2 - 2 * u, headTop - 4 * u, cx + headW / 2 + 2 * u, headTop - 4 * u, cx + headW / 2 + u, headTop + headH * 0.42);
        hair.curveTo(cx + headW / 2 - 2 * u, headTop + headH * 0.16, cx - headW / 2 + 2 * u, headTop + headH * 0.16, cx - headW / 2 - u, headTop + headH * 0.42);
        g.fill(hair);
        g.setColor(new Color(60, 50, 46));
        g.fill(new Ellipse2D.Double(cx - 11 * u, headTop + headH * 0.45, 5 * u, 3 * u));
        g.fill(new Ellipse2D.Double(cx + 6 * u, headTop + headH * 0.45, 5 * u, 3 * u));
        g.setStroke(new BasicStroke((float) (1.2 * u)));
        g.setColor(new Color(150, 96, 86));
        g.draw(new QuadCurve2D.Double(cx - 7 * u, headTop + headH * 0.74, cx, headTop + headH * 0.79, cx + 7 * u, headTop + headH * 0.74));
        g.setColor(new Color(120, 90, 70, 120));
        g.draw(new QuadCurve2D.Double(cx - 12 * u, headTop + headH * 0.40, cx - 8 * u, headTop + headH * 0.37, cx - 4 * u, headTop + headH * 0.40));
        g.draw(new QuadCurve2D.Double(cx + 4 * u, headTop + headH * 0.40, cx + 8 * u, headTop + headH * 0.37, cx + 12 * u, headTop + headH * 0.40));
    }

    /** A school playground after class: a red-brick building, basketball court and children. */
    static void schoolyard(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h / 2, new Color(140, 190, 230), new Color(220, 236, 246));
        g.setColor(new Color(188, 96, 72));
        g.fillRect(120, 150, c.w - 240, 330);
        g.setColor(new Color(240, 236, 226));
        g.fillRect(120, 140, c.w - 240, 22);
        for (int floor = 0; floor < 4; floor++) {
            for (int x = 170; x < c.w - 200; x += 110) {
                g.setColor(new Color(170, 206, 230));
                g.fillRect(x, 185 + floor * 75, 70, 48);
                g.setColor(new Color(240, 236, 226));
                g.fillRect(x + 33, 185 + floor * 75, 4, 48);
            }
        }
        g.setColor(new Color(200, 60, 50));
        g.fillRect(c.w / 2 - 3, 40, 6, 110);
        g.fillRect(c.w / 2 + 3, 44, 70, 44);
        c.verticalGradient(480, c.h, new Color(74, 128, 96), new Color(56, 104, 80));
        g.setColor(new Color(196, 92, 64));
        g.fillRect(200, 560, c.w - 400, c.h - 600);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5f));
        g.drawRect(220, 580, c.w - 440, c.h - 640);
        g.drawLine(c.w / 2, 580, c.w / 2, c.h - 60);
        g.drawOval(c.w / 2 - 90, (c.h + 520) / 2 - 90, 180, 180);
        for (int hoop : new int[] {230, c.w - 290}) {
            g.setColor(new Color(240, 240, 240));
            g.fillRect(hoop, 470, 60, 44);
            g.setColor(new Color(230, 100, 40));
            g.drawOval(hoop + 10, 512, 40, 12);
        }
        g.setColor(new Color(220, 110, 40));
        g.fillOval(c.w / 2 + 150, 640, 34, 34);
        for (int k = 0; k < 10; k++) {
            person(c, 300 + k * 105 + c.between(-20, 20), 900 + c.between(-60, 60), c.between(170, 220));
        }
    }

    /** Bamboo lanterns glowing along a lane at dusk. */
    static void lanterns(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h, new Color(36, 40, 72), new Color(90, 70, 80));
        g.setColor(new Color(28, 26, 34));
        g.fillRect(0, c.h * 70 / 100, c.w, c.h * 30 / 100);
        g.setColor(new Color(52, 48, 58));
        for (int roof = 0; roof < 5; roof++) {
            int x = roof * 340 - 40;
            g.fillPolygon(new int[] {x, x + 190, x + 380}, new int[] {c.h * 42 / 100, c.h * 30 / 100, c.h * 42 / 100}, 3);
            g.fillRect(x + 30, c.h * 42 / 100, 320, c.h * 30 / 100);
        }
        g.setColor(new Color(90, 60, 40));
        g.setStroke(new BasicStroke(4f));
        g.drawLine(0, 150, c.w, 230);
        for (int i = 0; i < 9; i++) {
            int x = 80 + i * 180;
            int y = 150 + (230 - 150) * x / c.w;
            int size = c.between(110, 150);
            g.setPaint(new RadialGradientPaint(x, y + 40 + size / 2f, size * 1.6f, new float[] {0f, 1f},
                    new Color[] {new Color(255, 200, 110, 120), new Color(255, 200, 110, 0)}));
            g.fillOval(x - size * 2, y + 40 + size / 2 - size * 2, size * 4, size * 4);
            g.setColor(new Color(90, 60, 40));
            g.drawLine(x, y, x, y + 40);
            g.setPaint(new GradientPaint(x - size / 2f, 0, new Color(250, 196, 100), x + size / 2f, 0, new Color(220, 130, 50)));
            g.fill(new Ellipse2D.Double(x - size / 2.0, y + 40, size, size * 1.2));
            g.setColor(new Color(150, 96, 40, 160));
            g.setStroke(new BasicStroke(2f));
            for (int rib = 1; rib < 6; rib++) {
                double rx = size / 2.0 * Math.cos(Math.PI * rib / 6);
                g.draw(new QuadCurve2D.Double(x + rx * 0.2, y + 40, x + rx * 1.4, y + 40 + size * 0.6, x + rx * 0.2, y + 40 + size * 1.2));
            }
            g.setStroke(new BasicStroke(4f));
        }
    }

    /** Farmers in waders digging lotus roots in a drained winter pond. */
    static void lotusField(SceneCanvas c) {
        Graphics2D g = c.g;
        int horizon = c.h * 35 / 100;
        c.verticalGradient(0, horizon, new Color(176, 196, 210), new Color(226, 226, 216));
        g.setColor(new Color(120, 130, 110));
        for (int x = 0; x < c.w; x += 40) {
            g.fillOval(x, horizon - c.between(10, 40), c.between(50, 90), 60);
        }
        c.verticalGradient(horizon, c.h, new Color(96, 84, 66), new Color(70, 58, 44));
        for (int i = 0; i < 220; i++) {
            int x = c.between(0, c.w);
            int y = c.between(horizon + 10, c.h - 10);
            g.setColor(new Color(60, 52, 40, 160));
            g.setStroke(new BasicStroke(3f));
            g.drawLine(x, y, x + c.between(-30, 30), y - c.between(30, 90));
            if (c.random.nextInt(3) == 0) {
                g.setColor(new Color(84, 70, 50));
                g.fillArc(x - 30, y - 120, 60, 30, 200, 140);
            }
        }
        for (int f = 0; f < 4; f++) {
            int x = 200 + f * 340 + c.between(-30, 30);
            int y = c.h * 62 / 100 + c.between(-40, 60);
            g.setColor(new Color(40, 60, 50));
            g.fill(new RoundRectangle2D.Double(x, y, 90, 170, 30, 30));
            g.setColor(new Color(206, 168, 136));
            g.fillOval(x + 22, y - 50, 46, 50);
            g.setColor(new Color(230, 210, 160));
            g.fillOval(x + 14, y - 62, 62, 24);
            g.setColor(new Color(236, 220, 196));
            g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(x + 100, y + 150, x + 220, y + 130);
            g.drawLine(x + 226, y + 128, x + 300, y + 118);
        }
    }

    /** Bamboo strips woven in a check on a workbench, with finished baskets. */
    static void bambooWorkshop(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h, new Color(120, 96, 70), new Color(70, 52, 38));
        int step = 36;
        for (int y = 80; y < c.h - 80; y += step) {
            for (int x = 200; x < c.w - 200; x += step) {
                boolean over = ((x / step) + (y / step)) % 2 == 0;
                g.setColor(c.vary(over ? new Color(224, 196, 130) : new Color(196, 164, 100), 10));
                g.fillRect(x, y + 4, step, step - 8);
                g.setColor(c.vary(over ? new Color(196, 164, 100) : new Color(232, 206, 140), 10));
                g.fillRect(x + 4, y, step - 8, step);
            }
        }
        for (int b = 0; b < 2; b++) {
            int bx = b == 0 ? 40 : c.w - 300;
            g.setPaint(new GradientPaint(bx, 0, new Color(210, 176, 110), bx + 260, 0, new Color(150, 118, 70)));
            g.fill(new Ellipse2D.Double(bx, c.h - 330, 260, 280));
            g.setColor(new Color(120, 90, 50));
            g.setStroke(new BasicStroke(3f));
            for (int k = 0; k < 9; k++) g.drawLine(bx + 20 + k * 26, c.h - 300, bx + 20 + k * 26, c.h - 80);
        }
    }

    /** A stadium bowl: stands, floodlights, running track and green field. */
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
            person(c, 300 + r * 90 + c.between(-20, 20), (int) (c.h * 0.72) + c.between(-10, 10), 120);
        }
        for (int f : new int[] {80, c.w - 140}) {
            g.setColor(new Color(90, 90, 100));
            g.fillRect(f + 24, 40, 10, c.h / 4);
            g.setColor(new Color(255, 255, 230));
            g.fillRect(f, 20, 60, 30);
        }
    }

    /** A lane of old houses: grey walls, dark tiled eaves, a stone-slab path and an old osmanthus tree. */
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
            person(c, vanishX - 120 + p * 110, c.h - 120 - p * 90, 300 - p * 60);
        }
    }

    /** Layered hills over a quiet river with a ferry: ink-wash tones for the 副刊 page. */
    static void riverLandscape(SceneCanvas c) {
        Graphics2D g = c.g;
        c.verticalGradient(0, c.h, new Color(238, 236, 228), new Color(214, 214, 206));
        Color[] layers = {new Color(190, 196, 194), new Color(150, 160, 158), new Color(100, 112, 112), new Color(60, 70, 72)};
        for (int layer = 0; layer < layers.length; layer++) {
            Path2D hills = new Path2D.Double();
            int base = c.h * (40 + layer * 8) / 100;
            hills.moveTo(0, c.h);
            hills.lineTo(0, base);
            double phase = c.random.nextDouble() * 6;
            for (int x = 0; x <= c.w; x += 20) {
                double y = base - 90 * Math.abs(Math.sin(x / (180.0 + layer * 60) + phase)) - c.between(0, 8);
                hills.lineTo(x, y);
            }
            hills.lineTo(c.w, c.h);
            hills.closePath();
            g.setColor(layers[layer]);
            g.fill(hills);
        }
        int river = c.h * 74 / 100;
        c.verticalGradient(river, c.h, new Color(210, 214, 210), new Color(180, 188, 186));
        g.setColor(new Color(150, 158, 156));
        for (int i = 0; i < 40; i++) {
            g.fillRect(c.between(0, c.w), c.between(river + 10, c.h - 10), c.between(40, 160), 2);
        }
        boat(g, c.w * 55 / 100, river + 90, 200);
        g.setColor(new Color(40, 40, 40));
        for (int b = 0; b < 5; b++) {
            int bx = 300 + b * 60 + c.between(-10, 10);
            int by = 160 + c.between(-20, 20);
            g.drawArc(bx, by, 20, 12, 0, 180);
            g.drawArc(bx + 20, by, 20, 12, 0, 180);
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

    private static void boat(Graphics2D g, int x, int y, int length) {
        g.setColor(new Color(30, 30, 36));
        g.fillPolygon(new int[] {x, x + length, x + length - 24, x + 24}, new int[] {y, y, y + 22, y + 22}, 4);
        g.fillRect(x + length / 3, y - 30, length / 3, 30);
    }

    private static void person(SceneCanvas c, int x, int feetY, int height) {
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
