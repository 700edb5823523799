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
 * Scenes of people and culture for the sample's photos: a reading room, a portrait, a bamboo
 * workshop, a schoolyard, lanterns, a lotus field and an ink-wash river landscape.
 */
final class LifeScenes {
    private LifeScenes() {
    }

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
            SceneFigures.person(c, 200 + p * 360, c.h - 20, 260);
        }
    }

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
            SceneFigures.person(c, 300 + k * 105 + c.between(-20, 20), 900 + c.between(-60, 60), c.between(170, 220));
        }
    }

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
        SceneFigures.boat(g, c.w * 55 / 100, river + 90, 200);
        g.setColor(new Color(40, 40, 40));
        for (int b = 0; b < 5; b++) {
            int bx = 300 + b * 60 + c.between(-10, 10);
            int by = 160 + c.between(-20, 20);
            g.drawArc(bx, by, 20, 12, 0, 180);
            g.drawArc(bx + 20, by, 20, 12, 0, 180);
        }
    }
}
