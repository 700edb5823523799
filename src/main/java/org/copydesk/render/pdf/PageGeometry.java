package org.copydesk.render.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.copydesk.model.PageSpec;

/**
 * Where the trimmed page sits on the PDF sheet. Layout coordinates have their origin at the
 * top-left of the trimmed page with y down; PDF has its origin bottom-left with y up, and the
 * sheet (media box) is larger than the trim by the bleed and, with crop marks, by room for them.
 */
record PageGeometry(double trimWidth, double trimHeight, double bleed, double margin) {

    /** Room outside the bleed for crop marks: a 3 pt gap and 12 pt marks. */
    static final double MARK_GAP = 3;
    static final double MARK_LENGTH = 12;

    static PageGeometry of(PageSpec spec, PdfOptions options) {
        double bleed = options.bleedMm() * PageSpec.POINTS_PER_MM;
        double margin = bleed + (options.cropMarks() ? MARK_GAP + MARK_LENGTH + 2 : 0);
        return new PageGeometry(spec.trimWidthPt(), spec.trimHeightPt(), bleed, margin);
    }

    float x(double layoutX) {
        return (float) (margin + layoutX);
    }

    float y(double layoutY) {
        return (float) (margin + trimHeight - layoutY);
    }

    PDRectangle mediaBox() {
        return new PDRectangle((float) (trimWidth + 2 * margin), (float) (trimHeight + 2 * margin));
    }

    PDRectangle trimBox() {
        return new PDRectangle((float) margin, (float) margin, (float) trimWidth, (float) trimHeight);
    }

    PDRectangle bleedBox() {
        return new PDRectangle((float) (margin - bleed), (float) (margin - bleed),
                (float) (trimWidth + 2 * bleed), (float) (trimHeight + 2 * bleed));
    }
}
