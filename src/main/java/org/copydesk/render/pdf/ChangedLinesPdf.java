package org.copydesk.render.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.copydesk.fonts.FontFace;
import org.copydesk.i18n.Words;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.PageLayout;

/**
 * A page's PDF with the lines that changed since it was signed off marked where they print: a bar in
 * the margin left of each such line, a light highlight over a line whose words changed, an outline
 * round a frame whose picture, crop or place changed, and a note across the top saying who signed
 * the page when. The page itself is drawn by {@link PdfExporter} exactly as it prints; the marks go
 * on top, so what the desk reviews is the page that would go to press.
 */
public final class ChangedLinesPdf {
    private static final Words WORDS = Words.ofPackage(ChangedLinesPdf.class);
    /** Red for changed words, blue for lines only moved: told apart in print and by colour-blind readers by the highlight. */
    private static final Color CHANGED = new Color(0xD0, 0x21, 0x21);
    private static final Color MOVED = new Color(0x1F, 0x5F, 0xC8);
    private static final Color HIGHLIGHT = new Color(0xFF, 0xE0, 0x3D);
    private static final float BAR_WIDTH = 2f;
    private static final float BAR_GAP = 2.5f;
    private static final float NOTE_SIZE = 9f;

    /** What to mark on one line. */
    public enum Mark { CHANGED, MOVED }

    /** A line of the layout and how it differs from the signed page. */
    public record MarkedLine(LayoutLine line, Mark mark) {
        public MarkedLine {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(mark, "mark");
        }
    }

    private final PdfExporter exporter;

    public ChangedLinesPdf(PdfExporter exporter) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /**
     * The page as PDF bytes with the marks drawn over it.
     *
     * @param pagePdf      the page as {@link PdfExporter#pagePdf} wrote it, without bleed or crop marks
     * @param layout       the layout it was drawn from
     * @param lines        the lines to mark
     * @param frames       frames whose picture, crop or place changed
     * @param note         the note for the top of the page (who signed when, what changed)
     */
    public byte[] mark(byte[] pagePdf, PageLayout layout, List<MarkedLine> lines, List<Box> frames, String note) {
        try (PDDocument document = Loader.loadPDF(pagePdf)) {
            PDPage page = document.getPage(0);
            PDRectangle media = page.getMediaBox();
            double marginX = (media.getWidth() - layout.spec().trimWidthPt()) / 2;
            double marginY = (media.getHeight() - layout.spec().trimHeightPt()) / 2;
            double top = media.getHeight() - marginY;
            try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                PDExtendedGraphicsState light = new PDExtendedGraphicsState();
                light.setNonStrokingAlphaConstant(0.35f);
                // Highlights first and translucent, so the type stays readable under them.
                out.saveGraphicsState();
                out.setGraphicsStateParameters(light);
                out.setNonStrokingColor(HIGHLIGHT);
                for (MarkedLine m : lines) {
                    if (m.mark() == Mark.CHANGED) {
                        Box box = lineBox(m.line());
                        out.addRect((float) (marginX + box.x()), (float) (top - box.bottom()), (float) box.width(),
                                (float) box.height());
                    }
                }
                if (lines.stream().anyMatch(m -> m.mark() == Mark.CHANGED)) {
                    out.fill();
                }
                out.restoreGraphicsState();
                for (MarkedLine m : lines) {
                    Box box = lineBox(m.line());
                    out.setNonStrokingColor(m.mark() == Mark.CHANGED ? CHANGED : MOVED);
                    out.addRect((float) (marginX + box.x() - BAR_GAP - BAR_WIDTH), (float) (top - box.bottom()),
                            BAR_WIDTH, (float) box.height());
                    out.fill();
                }
                out.setStrokingColor(CHANGED);
                out.setLineWidth(1.5f);
                out.setLineDashPattern(new float[] {4, 2}, 0);
                for (Box frame : frames) {
                    out.addRect((float) (marginX + frame.x()), (float) (top - frame.bottom()), (float) frame.width(),
                            (float) frame.height());
                    out.stroke();
                }
                out.setLineDashPattern(new float[0], 0);
                writeNote(document, out, note, (float) marginX, (float) top, (float) layout.spec().trimWidthPt());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new ExportException(WORDS.format("changed.failed", e.getMessage()), e);
        }
    }

    /** The page's PDF as it prints now, for {@link #mark}: no bleed, no crop marks. */
    public byte[] pagePdf(org.copydesk.model.EditionContent content, PageLayout layout) {
        return exporter.pagePdf(content, layout, PdfOptions.archive());
    }

    /** Where a line's type sits: from its first glyph to its last, from the tallest run's ascent to its descent. */
    static Box lineBox(LayoutLine line) {
        double size = line.runs().stream().mapToDouble(GlyphRun::sizePt).max().orElse(10);
        double left = line.runs().isEmpty() ? line.x() : line.runs().get(0).left();
        double right = Math.max(left + size, line.inkRight());
        return new Box(left - 0.5, line.baseline() - size * 0.9, right - left + 1, size * 1.15);
    }

    /** A white band across the top of the sheet with the note in red, so it never hides under the page's own type. */
    private static void writeNote(PDDocument document, PDPageContentStream out, String note, float left, float top,
                                  float width) throws IOException {
        try (InputStream font = FontFace.SANS.open()) {
            PDType0Font face = PDType0Font.load(document, font, true);
            float band = NOTE_SIZE + 6;
            out.setNonStrokingColor(Color.WHITE);
            out.addRect(left, top - band, width, band);
            out.fill();
            out.setNonStrokingColor(CHANGED);
            out.addRect(left, top - band, 4, band);
            out.fill();
            out.beginText();
            out.setFont(face, NOTE_SIZE);
            out.newLineAtOffset(left + 8, top - NOTE_SIZE - 1.5f);
            out.showText(note);
            out.endText();
        }
    }
}
