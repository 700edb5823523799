package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a typesetter marks on a proof, measured from a composed page's glyph positions: lines that
 * spread Han characters, 2-em dashes split, gapped or starting a line, adjacent marks squeezed below
 * their GB/T 15834 width in a line that was not tightened, and stories ending short of their frame.
 * The typographic test suite runs it over the sample and over generated pages.
 */
final class TypographyAudit {
    /** More space than this between two Han characters of a line (in em) is a loose line. */
    static final double LOOSE_EM = 0.25;
    /** The issue's own measure of "visibly spread" (in em): reported, not enforced. */
    static final double SPREAD_EM = 0.15;
    private static final double EPS = 0.01;
    private static final org.copydesk.fonts.FontCatalogue FONTS = org.copydesk.fonts.FontCatalogue.bundled();

    enum Kind { LOOSE, DASH_SPLIT, DASH_GAPPED, DASH_AT_LINE_START, MARKS_SQUEEZED, STORY_SHORT }

    record Finding(Kind kind, int page, String where, String detail) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p%d %s %s: %s", page, kind, where, detail);
        }
    }

    /** One placed code point of a line: the space it occupies is {@code [left, left + advance)}. */
    private record Glyph(int cp, double left, double advance, double em) {
        CharClass cls() {
            return CharClass.of(cp);
        }

        double right() {
            return left + advance;
        }
    }

    private TypographyAudit() {
    }

    static List<Finding> audit(PageLayout page) {
        List<Finding> out = new ArrayList<>();
        for (LayoutFrame frame : page.frames()) {
            List<LayoutLine> lines = frame.lines();
            for (int i = 0; i < lines.size(); i++) {
                LayoutLine line = lines.get(i);
                LayoutLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                lineFindings(page.pageNumber(), frame.contentId(), line, next, out);
            }
        }
        for (Copyfit fit : page.copyfits()) {
            if (!fit.overset() && fit.linesFree() > 1) {
                out.add(new Finding(Kind.STORY_SHORT, page.pageNumber(), fit.articleId(), fit.summaryZh()));
            }
        }
        return out;
    }

    /** The widest gap between two adjacent Han characters of the line, in em. */
    static double widestHanGap(LayoutLine line) {
        List<Glyph> g = glyphs(line);
        double widest = 0;
        for (int k = 0; k + 1 < g.size(); k++) {
            if (g.get(k).cls() == CharClass.HAN && g.get(k + 1).cls() == CharClass.HAN) {
                widest = Math.max(widest, gapAfter(g, k) / g.get(k).em());
            }
        }
        return widest;
    }

    private static void lineFindings(int page, String frame, LayoutLine line, LayoutLine next, List<Finding> out) {
        // A banner is letter-spaced across its frame on purpose, and vertical lines run down the page:
        // neither is a line of justified horizontal text (PageElementsCompositionTest holds them).
        // A 导读 box's title and lines (INDEX_TITLE, INDEX_ENTRY) are audited like any line: their text is
        // set solid, and the space before the page reference follows a bracket, not a Han character.
        if (line.role() == LineRole.BANNER || line.role() == LineRole.VERTICAL_HEADLINE || line.role() == LineRole.VERTICAL_TEXT) {
            return;
        }
        List<Glyph> g = glyphs(line);
        if (g.isEmpty()) {
            return;
        }
        String where = frame + " '" + line.text() + "'";
        double widest = widestHanGap(line);
        if (widest > LOOSE_EM) {
            out.add(new Finding(Kind.LOOSE, page, where, String.format(Locale.ROOT, "%.2f em between Han", widest)));
        }
        boolean stretched = widest > EPS / 9; // any space added between Han: the line was not tightened
        if (g.get(0).cls() == CharClass.DASH && line.role() != LineRole.SUBTITLE) {
            out.add(new Finding(Kind.DASH_AT_LINE_START, page, where, "line starts with a dash"));
        }
        int run = 0;
        for (int k = 0; k <= g.size(); k++) {
            boolean dash = k < g.size() && g.get(k).cls() == CharClass.DASH;
            if (dash) {
                run++;
                if (run >= 2 && (Math.abs(gapAfter(g, k - 1)) > EPS || g.get(k).advance() < g.get(k).em() - EPS
                        || g.get(k - 1).advance() < g.get(k).em() - EPS)) {
                    out.add(new Finding(Kind.DASH_GAPPED, page, where, "dash pair not one continuous 2 em"));
                }
                continue;
            }
            if (run % 2 == 1 && k == g.size() && next != null && next.text().startsWith("—")) {
                out.add(new Finding(Kind.DASH_SPLIT, page, where, "dash pair split over two lines"));
            }
            run = 0;
        }
        for (int k = 0; k + 2 < g.size(); k++) {
            Glyph a = g.get(k);
            Glyph b = g.get(k + 1);
            if (a.cls().closingSide() && b.cls() == CharClass.OPENING && a.advance() >= 0.45 * a.em()) {
                double pair = occupied(g, k) + occupied(g, k + 1);
                if (stretched && pair < 1.5 * a.em() - EPS) {
                    out.add(new Finding(Kind.MARKS_SQUEEZED, page, where, String.format(Locale.ROOT,
                            "'%s%s' %.2f em in a stretched line", str(a.cp()), str(b.cp()), pair / a.em())));
                }
            }
        }
    }

    /** Space a glyph takes from the line. */
    private static double occupied(List<Glyph> g, int k) {
        return g.get(k).advance();
    }

    private static double gapAfter(List<Glyph> g, int k) {
        return g.get(k + 1).left() - g.get(k).right();
    }

    /**
     * The glyphs with the space each occupies. A glyph is drawn at its x; an opening bracket whose
     * blank lead was cut is drawn that much left of its space, an interpunct half of it (see
     * {@link SetLine}).
     */
    private static List<Glyph> glyphs(LayoutLine line) {
        List<Glyph> out = new ArrayList<>();
        for (GlyphRun run : line.runs()) {
            var metrics = FONTS.metrics(run.face());
            int[] cps = run.text().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                double cut = Math.max(0, metrics.advance(cps[i], run.sizePt()) - run.advance(i));
                CharClass c = CharClass.of(cps[i]);
                double left = run.x(i) + (c == CharClass.OPENING ? cut : c == CharClass.MIDDLE_DOT ? cut / 2 : 0);
                out.add(new Glyph(cps[i], left, run.advance(i), run.sizePt()));
            }
        }
        return out;
    }

    private static String str(int cp) {
        return new String(Character.toChars(cp));
    }
}
