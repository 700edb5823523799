package org.copydesk.typeset;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.copydesk.model.PageSpec;

/**
 * The typesetter's proof marks read from an exported PDF, as one would measure a printed page: the
 * glyphs' positions as PDFBox extracts them (x, baseline, advance, size), the pictures' boxes and the
 * filled rules. It knows nothing of the layout that made the file, only the page's grid (the spec),
 * so it also catches what the renderer does to the composer's work.
 *
 * <p>It reports lines that spread two Han characters by more than {@link TypographyAudit#LOOSE_EM}
 * (a line ending short of its column's measure, a paragraph's last line, is not justified and not
 * counted), 2-em dashes whose halves are not one em apart or that are split over two lines, lines of
 * body text whose baseline is off the character grid, columns carrying fewer than
 * {@link #MIN_STUB_LINES} lines above a picture, and the white between the trim and the first and last
 * characters of the page (head and foot margins).
 */
final class PdfTypographyAudit {
    static final int MIN_STUB_LINES = 4;
    private static final double MM = 25.4 / 72;

    enum Kind { LOOSE, DASH_GAPPED, DASH_SPLIT, OFF_GRID, PHOTO_STUB }

    record Finding(Kind kind, int page, String line, String detail) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p%d %s '%s': %s", page, kind, line, detail);
        }
    }

    /** One page's measures: margins in mm from the trim box, and what a typesetter would mark. */
    record PageReport(int page, double headMm, double footMm, int lines, int looseOver015, List<Finding> findings) {
        long count(Kind kind) {
            return findings.stream().filter(f -> f.kind() == kind).count();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p%d head %.1f mm foot %.1f mm, %d lines, %d spread > 0.15 em, %s", page,
                    headMm, footMm, lines, looseOver015, findings);
        }
    }

    /** A glyph as extracted; y grows downwards from the top of the trim box. */
    record Glyph(int cp, double x, double baseline, double advance, double size) {
        double right() {
            return x + advance;
        }

        boolean han() {
            return CharClass.of(cp) == CharClass.HAN;
        }

        boolean dash() {
            return cp == 0x2014;
        }
    }

    /** Glyphs drawn one after another on one baseline: a line of one column. */
    record Line(List<Glyph> glyphs) {
        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        double baseline() {
            return glyphs.get(0).baseline();
        }

        double size() {
            return glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
        }

        String text() {
            StringBuilder b = new StringBuilder();
            glyphs.forEach(g -> b.appendCodePoint(g.cp()));
            return b.toString();
        }

        long hanCount() {
            return glyphs.stream().filter(Glyph::han).count();
        }
    }

    private PdfTypographyAudit() {
    }

    /** Audits every page of {@code pdf}, each set on {@code spec}'s grid. */
    static List<PageReport> audit(Path pdf, PageSpec spec) throws IOException {
        List<PageReport> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(auditPage(doc, i, spec));
            }
        }
        return out;
    }

    private static PageReport auditPage(PDDocument doc, int index, PageSpec spec) throws IOException {
        PDPage page = doc.getPage(index);
        PDRectangle crop = page.getCropBox();
        PDRectangle trim = page.getTrimBox();
        double trimTop = crop.getUpperRightY() - trim.getUpperRightY();
        double trimLeft = trim.getLowerLeftX() - crop.getLowerLeftX();
        double trimHeight = trim.getHeight();
        List<Glyph> glyphs = glyphs(doc, index, trimLeft, trimTop);
        Pictures pictures = new Pictures(page, trim);
        pictures.processPage(page);

        List<Line> lines = lines(glyphs);
        List<Finding> findings = new ArrayList<>();
        int pageNumber = index + 1;
        int spread = 0;
        // Page 1's masthead block is not set on the grid (its registration line sits under the name).
        double gridTop = index == 0 ? spec.rowTopPt(MastheadBlock.rows(spec)) : spec.typeAreaTopPt();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double widest = widestHanGap(line);
            if (widest > TypographyAudit.SPREAD_EM && !endsShort(line, lines)) {
                spread++;
            }
            if (widest > TypographyAudit.LOOSE_EM && !endsShort(line, lines) && !tracked(line, spec)) {
                findings.add(new Finding(Kind.LOOSE, pageNumber, line.text(),
                        String.format(Locale.ROOT, "%.2f em between Han", widest)));
            }
            dashes(pageNumber, line, lines, findings);
            if (bodyLine(line, spec) && line.baseline() > gridTop) {
                double offset = gridOffset(line.baseline(), spec);
                if (Math.abs(offset) > 0.05) {
                    findings.add(new Finding(Kind.OFF_GRID, pageNumber, line.text(),
                            String.format(Locale.ROOT, "baseline %.2f pt off the grid", offset)));
                }
            }
        }
        for (Rectangle2D picture : pictures.boxes) {
            stubs(pageNumber, picture, lines, spec, findings);
        }
        double top = glyphs.stream().mapToDouble(g -> g.baseline() - 0.88 * g.size()).min().orElse(0);
        double bottom = glyphs.stream().mapToDouble(g -> g.baseline() + 0.12 * g.size()).max().orElse(trimHeight);
        return new PageReport(pageNumber, top * MM, (trimHeight - bottom) * MM, lines.size(), spread, List.copyOf(findings));
    }

    private static List<Glyph> glyphs(PDDocument doc, int index, double trimLeft, double trimTop) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) {
                    return;
                }
                out.add(new Glyph(u.codePointAt(0), t.getXDirAdj() - trimLeft, t.getYDirAdj() - trimTop,
                        t.getWidthDirAdj(), t.getFontSizeInPt()));
            }
        };
        stripper.setSortByPosition(false);
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(doc);
        return out;
    }

    /**
     * Splits the glyphs, in the order the file draws them, into lines: a new line starts where the
     * baseline changes, the pen goes back, or the next glyph is more than three em away (another
     * column on the same row).
     */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Line> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                boolean same = Math.abs(g.baseline() - last.baseline()) < 0.5 && g.x() >= last.x() - 0.01
                        && g.x() - last.right() < 3 * Math.max(g.size(), last.size());
                if (!same) {
                    out.add(new Line(List.copyOf(current)));
                    current.clear();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            out.add(new Line(List.copyOf(current)));
        }
        return out;
    }

    static double widestHanGap(Line line) {
        double widest = 0;
        List<Glyph> g = line.glyphs();
        for (int k = 0; k + 1 < g.size(); k++) {
            if (g.get(k).han() && g.get(k + 1).han()) {
                widest = Math.max(widest, (g.get(k + 1).x() - g.get(k).right()) / g.get(k).size());
            }
        }
        return widest;
    }

    /**
     * Whether the line ends more than an em short of the measure of its column, the farthest right
     * any line starting where it starts (or two em left of it, the indent) reaches: a paragraph's last
     * line, a right-aligned signature, a headline line. Such lines are not justified.
     */
    private static boolean endsShort(Line line, List<Line> lines) {
        double em = line.size();
        double measure = lines.stream()
                .filter(o -> Math.abs(o.size() - em) < 0.01 && o.left() > line.left() - 2.2 * em && o.left() < line.left() + 2.2 * em)
                .mapToDouble(Line::right).max().orElse(line.right());
        return line.right() < measure - em;
    }

    /**
     * A display line (banner, spaced-out short title) letter-spaced on purpose: larger than one and a
     * half body sizes, its Han characters all the same distance apart, at least half an em.
     */
    private static boolean tracked(Line line, PageSpec spec) {
        if (line.size() < 1.5 * spec.bodySizePt()) {
            return false;
        }
        List<Glyph> g = line.glyphs();
        double first = Double.NaN;
        for (int k = 0; k + 1 < g.size(); k++) {
            double gap = (g.get(k + 1).x() - g.get(k).right()) / g.get(k).size();
            if (Double.isNaN(first)) {
                first = gap;
            } else if (Math.abs(gap - first) > 0.01) {
                return false;
            }
        }
        return first >= 0.5;
    }

    private static void dashes(int page, Line line, List<Line> lines, List<Finding> findings) {
        List<Glyph> g = line.glyphs();
        int run = 0;
        for (int k = 0; k < g.size(); k++) {
            if (!g.get(k).dash()) {
                run = 0;
                continue;
            }
            run++;
            if (run % 2 == 0) {
                double step = (g.get(k).x() - g.get(k - 1).x()) / g.get(k).size();
                if (Math.abs(step - 1) > 0.02) {
                    findings.add(new Finding(Kind.DASH_GAPPED, page, line.text(),
                            String.format(Locale.ROOT, "dash halves %.2f em apart", step)));
                }
            }
        }
        // A line of one glyph is a character of vertical text (竖排): its dashes run downwards.
        if (run % 2 == 1 && g.size() > 1) {
            Glyph last = g.get(g.size() - 1);
            // the line below in the same column: next baseline down, starting at this line's left
            lines.stream()
                    .filter(o -> o.baseline() > line.baseline() + 0.1 && o.baseline() < line.baseline() + 2.5 * last.size()
                            && Math.abs(o.left() - line.left()) < 2.2 * last.size())
                    .min(Comparator.comparingDouble(Line::baseline))
                    .filter(next -> next.glyphs().get(0).dash())
                    .ifPresent(next -> findings.add(new Finding(Kind.DASH_SPLIT, page, line.text(), "—— split over two lines")));
        }
    }

    /** A line of body text: set at the body size with at least six Han characters. */
    private static boolean bodyLine(Line line, PageSpec spec) {
        return Math.abs(line.size() - spec.bodySizePt()) < 0.01 && line.hanCount() >= 6;
    }

    /** How far a baseline sits from the nearest body baseline of the grid, in points. */
    static double gridOffset(double baseline, PageSpec spec) {
        double first = spec.typeAreaTopPt() + 0.88 * spec.bodySizePt();
        double rows = (baseline - first) / spec.linePitchPt();
        return (rows - Math.round(rows)) * spec.linePitchPt();
    }

    /**
     * Columns that carry 1-3 lines of body text directly above a picture: counted upwards from the
     * picture's top, row by row, in each column the picture spans, while the row has a body line there.
     */
    static void stubs(int page, Rectangle2D picture, List<Line> lines, PageSpec spec, List<Finding> findings) {
        double pitch = spec.linePitchPt();
        List<Line> above = lines.stream()
                .filter(l -> bodyLine(l, spec) || Math.abs(l.size() - spec.bodySizePt()) < 0.01)
                .filter(l -> l.baseline() > spec.typeAreaTopPt() && l.baseline() < picture.getMinY() && l.left() < picture.getMaxX() - 1 && l.right() > picture.getMinX() + 1)
                .toList();
        List<Double> columnLefts = new ArrayList<>();
        for (Line l : above) {
            double left = l.left();
            if (columnLefts.stream().noneMatch(c -> Math.abs(c - left) < 2.2 * spec.bodySizePt())) {
                columnLefts.add(left);
            }
        }
        for (double column : columnLefts) {
            List<Line> inColumn = above.stream().filter(l -> Math.abs(l.left() - column) < 2.2 * spec.bodySizePt())
                    .sorted(Comparator.comparingDouble(Line::baseline).reversed()).toList();
            if (inColumn.isEmpty() || picture.getMinY() - inColumn.get(0).baseline() > 2 * pitch) {
                continue;
            }
            // A stub is a column that goes on below the picture; a story ending above it is not one.
            boolean goesOn = lines.stream().anyMatch(l -> bodyLine(l, spec) && Math.abs(l.left() - column) < 2.2 * spec.bodySizePt()
                    && l.baseline() > picture.getMaxY() && l.baseline() < picture.getMaxY() + 4 * pitch);
            if (!goesOn) {
                continue;
            }
            int count = 1;
            for (int k = 1; k < inColumn.size() && inColumn.get(k - 1).baseline() - inColumn.get(k).baseline() < pitch * 1.5; k++) {
                count++;
            }
            if (count < MIN_STUB_LINES) {
                findings.add(new Finding(Kind.PHOTO_STUB, page, inColumn.get(0).text(),
                        count + " line(s) above a picture at " + String.format(Locale.ROOT, "%.0f pt", picture.getMinY())));
            }
        }
    }

    /** The boxes pictures are drawn in (clipped to their frame), in trim-box coordinates, y down. */
    private static final class Pictures extends PDFGraphicsStreamEngine {
        private final PDRectangle trim;
        final List<Rectangle2D> boxes = new ArrayList<>();

        Pictures(PDPage page, PDRectangle trim) {
            super(page);
            this.trim = trim;
        }

        @Override
        public void drawImage(PDImage image) {
            var ctm = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D drawn = ctm.createAffineTransform().createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)).getBounds2D();
            Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
            Rectangle2D shown = drawn.createIntersection(clip);
            if (shown.getWidth() > 20 && shown.getHeight() > 20) {
                boxes.add(new Rectangle2D.Double(shown.getMinX() - trim.getLowerLeftX(), trim.getUpperRightY() - shown.getMaxY(),
                        shown.getWidth(), shown.getHeight()));
            }
        }

        // The path is kept only so that a clip (a cropped photo's frame) can be applied to the state.
        private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
        private int clipRule = -1;

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo(p0.getX(), p0.getY());
            path.lineTo(p1.getX(), p1.getY());
            path.lineTo(p2.getX(), p2.getY());
            path.lineTo(p3.getX(), p3.getY());
            path.closePath();
        }

        @Override
        public void clip(int windingRule) {
            clipRule = windingRule;
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            Point2D p = path.getCurrentPoint();
            return p == null ? new Point2D.Float() : p;
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void endPath() {
            done();
        }

        private void done() {
            if (clipRule >= 0) {
                path.setWindingRule(clipRule);
                getGraphicsState().intersectClippingPath(path);
                clipRule = -1;
            }
            path.reset();
        }

        @Override
        public void strokePath() {
            done();
        }

        @Override
        public void fillPath(int windingRule) {
            done();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            done();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
