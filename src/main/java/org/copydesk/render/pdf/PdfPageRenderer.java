package org.copydesk.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.Fill;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PhotoFit;
import org.copydesk.typeset.Rule;
import org.copydesk.typeset.TwoEmDash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one {@link PageLayout} on a new PDF page. Lines are drawn in the layout's reading order
 * (running head, then frame by frame, line by line), so text extraction gives stories back in
 * reading order. Every code point is placed at the x the composer gave it; widths from the font are
 * used only to express those positions compactly as TJ adjustments.
 */
final class PdfPageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPageRenderer.class);
    /** Adjustments smaller than this (1/1000 em) are rounding noise. */
    private static final float NEGLIGIBLE_ADJUSTMENT = 0.05f;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PdfImages images;
    private final PdfOptions options;
    private final PdfAdArtwork ads;

    PdfPageRenderer(PDDocument document, PdfFonts fonts, PdfImages images, PdfOptions options, PdfAdArtwork ads) {
        this.document = document;
        this.fonts = fonts;
        this.images = images;
        this.options = options;
        this.ads = ads;
    }

    void render(PageLayout layout, EditionContent content) throws IOException {
        PageGeometry geometry = PageGeometry.of(layout.spec(), options);
        PDPage page = new PDPage(geometry.mediaBox());
        page.setTrimBox(geometry.trimBox());
        page.setBleedBox(geometry.bleedBox());
        document.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            for (Fill tint : layout.fills()) {
                drawFill(cs, geometry, tint);
            }
            for (LayoutFrame frame : layout.frames()) {
                if (frame.kind() == LayoutFrame.FrameKind.PHOTO && frame.image().isPresent()) {
                    drawPhoto(cs, geometry, content, frame.contentId(), frame.image().get());
                } else if (frame.kind() == LayoutFrame.FrameKind.AD) {
                    drawAd(cs, geometry, adPlacement(content, layout, frame.contentId()), frame.bounds());
                }
            }
            for (Rule rule : layout.rules()) {
                drawRule(cs, geometry, rule);
            }
            for (LayoutLine line : layout.allLines()) {
                drawLine(cs, geometry, line);
            }
            if (options.cropMarks()) {
                drawCropMarks(cs, geometry);
            }
        }
    }

    private void drawPhoto(PDPageContentStream cs, PageGeometry g, EditionContent content, String photoId, PhotoFit fit)
            throws IOException {
        Box box = fit.box();
        Photo photo = content.photo(photoId).orElse(null);
        if (photo == null) {
            LOG.warn("photo {} is placed but not in the edition; its frame stays empty", photoId);
            return;
        }
        PDImageXObject image;
        try {
            image = images.image(photo, fit);
        } catch (IOException e) {
            // Preflight reports the unreadable photo as an error; the page still exports with a marked empty frame.
            LOG.warn("photo {} ({}) cannot be embedded: {}", photo.id(), photo.fileName(), e.getMessage());
            drawEmptyFrame(cs, g, box);
            return;
        }
        Box whole = fit.wholePicture();
        cs.saveGraphicsState();
        cs.addRect(g.x(box.x()), g.y(box.bottom()), (float) box.width(), (float) box.height());
        cs.clip();
        cs.drawImage(image, g.x(whole.x()), g.y(whole.bottom()), (float) whole.width(), (float) whole.height());
        cs.restoreGraphicsState();
    }

    private static Optional<AdPlacement> adPlacement(EditionContent content, PageLayout layout, String adId) {
        return content.pages().stream().filter(p -> p.id().equals(layout.pageId()))
                .flatMap(p -> p.placements().stream())
                .filter(p -> p instanceof AdPlacement && p.contentId().equals(adId))
                .map(AdPlacement.class::cast).findFirst();
    }

    /**
     * An ad slot: the advertiser's artwork (its PDF's first page as a form XObject) scaled to fit the
     * slot, centred and clipped to it; without artwork a light grey box with a thin border, over which
     * the composer's placeholder line (the advertiser's name) is drawn with the other lines.
     */
    private void drawAd(PDPageContentStream cs, PageGeometry g, Optional<AdPlacement> ad, Box box) throws IOException {
        Optional<AdArtwork> artwork = ad.flatMap(AdPlacement::artwork);
        if (artwork.isPresent()) {
            PDFormXObject form;
            try {
                form = ads.form(artwork.get());
            } catch (IOException e) {
                // Refused when placed, so only a damaged database gets here: mark the slot and go on.
                LOG.warn("ad artwork {} cannot be imported: {}", artwork.get().fileName(), e.getMessage());
                drawEmptyFrame(cs, g, box);
                return;
            }
            Rectangle2D drawn = PdfAdArtwork.drawnBounds(form);
            if (drawn.getWidth() <= 0 || drawn.getHeight() <= 0) {
                drawEmptyFrame(cs, g, box);
                return;
            }
            double scale = Math.min(box.width() / drawn.getWidth(), box.height() / drawn.getHeight());
            double left = g.x(box.x()) + (box.width() - drawn.getWidth() * scale) / 2;
            double bottom = g.y(box.bottom()) + (box.height() - drawn.getHeight() * scale) / 2;
            cs.saveGraphicsState();
            cs.addRect(g.x(box.x()), g.y(box.bottom()), (float) box.width(), (float) box.height());
            cs.clip();
            cs.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) (left - drawn.getX() * scale),
                    (float) (bottom - drawn.getY() * scale)));
            cs.drawForm(form);
            cs.restoreGraphicsState();
            return;
        }
        cs.saveGraphicsState();
        cs.setNonStrokingColor(PLACEHOLDER_GREY);
        cs.setStrokingColor(PLACEHOLDER_BORDER);
        cs.setLineWidth(0.5f);
        cs.addRect(g.x(box.x()), g.y(box.bottom()), (float) box.width(), (float) box.height());
        cs.fillAndStroke();
        cs.restoreGraphicsState();
    }

    /** Device grey: light enough that the black name reads on it, and valid in every export profile. */
    private static final float PLACEHOLDER_GREY = 0.85f;
    private static final float PLACEHOLDER_BORDER = 0.5f;

    private static void drawEmptyFrame(PDPageContentStream cs, PageGeometry g, Box box) throws IOException {
        cs.setLineWidth(0.5f);
        cs.addRect(g.x(box.x()), g.y(box.bottom()), (float) box.width(), (float) box.height());
        cs.moveTo(g.x(box.x()), g.y(box.y()));
        cs.lineTo(g.x(box.right()), g.y(box.bottom()));
        cs.moveTo(g.x(box.right()), g.y(box.y()));
        cs.lineTo(g.x(box.x()), g.y(box.bottom()));
        cs.stroke();
    }

    /** A tint in device grey, which every export profile accepts (as the ad placeholder's grey). */
    private static void drawFill(PDPageContentStream cs, PageGeometry g, Fill tint) throws IOException {
        Box box = tint.box();
        cs.saveGraphicsState();
        cs.setNonStrokingColor((float) tint.grey());
        cs.addRect(g.x(box.x()), g.y(box.bottom()), (float) box.width(), (float) box.height());
        cs.fill();
        cs.restoreGraphicsState();
    }

    private static void drawRule(PDPageContentStream cs, PageGeometry g, Rule rule) throws IOException {
        cs.setLineWidth((float) rule.widthPt());
        cs.moveTo(g.x(rule.x1()), g.y(rule.y1()));
        cs.lineTo(g.x(rule.x2()), g.y(rule.y2()));
        cs.stroke();
    }

    private void drawLine(PDPageContentStream cs, PageGeometry g, LayoutLine line) throws IOException {
        for (Rule dash : TwoEmDash.rules(line)) {
            cs.addRect(g.x(dash.x1()), g.y(dash.y1() + dash.widthPt() / 2), (float) (dash.x2() - dash.x1()),
                    (float) dash.widthPt());
            cs.fill();
        }
        for (GlyphRun run : line.runs()) {
            if (run.length() > 0) {
                drawRun(cs, g, run);
            }
        }
    }

    /**
     * One text object per run: start at the first glyph's x, then a TJ array whose numbers move each
     * following glyph from where the font's own advance would leave it to where the layout put it.
     * The operator is written directly with the glyph codes: PDFBox's text methods would run the
     * font's GSUB rules over every string, which costs most of the export time and could merge
     * Latin letters into ligatures away from the composer's positions.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: PDFBox offers no other way to write a TJ of glyph codes
    private void drawRun(PDPageContentStream cs, PageGeometry g, GlyphRun run) throws IOException {
        float size = (float) run.sizePt();
        StringBuilder tj = new StringBuilder(run.text().length() * 6 + 16).append('[');
        boolean inString = false;
        boolean invisible = false;
        double penX = Double.NaN;
        int index = 0;
        for (int offset = 0; offset < run.text().length(); index++) {
            int cp = run.text().codePointAt(offset);
            offset += Character.charCount(cp);
            byte[] code = fonts.code(run.face(), cp);
            if (code == null) {
                continue;
            }
            double x = run.x(index);
            if (Double.isNaN(penX)) {
                cs.beginText();
                cs.setFont(fonts.font(run.face()), size);
                cs.newLineAtOffset(g.x(x), g.y(run.baseline()));
            } else {
                double adjustment = (penX - x) * 1000.0 / size;
                if (Math.abs(adjustment) > NEGLIGIBLE_ADJUSTMENT) {
                    if (inString) {
                        tj.append('>');
                        inString = false;
                    }
                    tj.append(' ').append(number(adjustment)).append(' ');
                }
            }
            boolean rule = TwoEmDash.drawnAsRule(run, index);
            if (rule != invisible && !Double.isNaN(penX)) {
                // The dash pair is drawn as a rule; its glyphs stay as invisible text (Tr 3) for copy and search.
                if (inString) {
                    tj.append('>');
                    inString = false;
                }
                tj.append("] TJ ").append(rule ? "3" : "0").append(" Tr [");
            } else if (rule != invisible) {
                tj.insert(0, "3 Tr ");
            }
            invisible = rule;
            if (!inString) {
                tj.append('<');
                inString = true;
            }
            for (byte b : code) {
                tj.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            penX = x + fonts.width(run.face(), cp) * size / 1000.0;
        }
        if (Double.isNaN(penX)) {
            return;
        }
        if (inString) {
            tj.append('>');
        }
        tj.append("] TJ\n");
        if (invisible) {
            tj.append("0 Tr\n");
        }
        cs.appendRawCommands(tj.toString());
        cs.endText();
    }

    /** A TJ adjustment with at most three decimals, locale-independent. */
    static String number(double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths % 1000 == 0) {
            return Long.toString(thousandths / 1000);
        }
        String sign = thousandths < 0 ? "-" : "";
        long abs = Math.abs(thousandths);
        String fraction = String.format(java.util.Locale.ROOT, "%03d", abs % 1000).replaceAll("0+$", "");
        return sign + abs / 1000 + "." + fraction;
    }

    private static void drawCropMarks(PDPageContentStream cs, PageGeometry g) throws IOException {
        cs.setLineWidth(0.25f);
        double start = g.bleed() + PageGeometry.MARK_GAP;
        double end = start + PageGeometry.MARK_LENGTH;
        double[] xs = {0, g.trimWidth()};
        double[] ys = {0, g.trimHeight()};
        for (double x : xs) {
            for (double y : ys) {
                double outX = x == 0 ? -1 : 1;
                double outY = y == 0 ? -1 : 1;
                cs.moveTo(g.x(x + outX * start), g.y(y));
                cs.lineTo(g.x(x + outX * end), g.y(y));
                cs.moveTo(g.x(x), g.y(y + outY * start));
                cs.lineTo(g.x(x), g.y(y + outY * end));
            }
        }
        cs.stroke();
    }
}
