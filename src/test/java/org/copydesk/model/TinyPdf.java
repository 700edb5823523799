package org.copydesk.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Small PDFs for ad artwork tests, made with PDFBox: a filled rectangle on a page of a given size. */
public final class TinyPdf {
    private TinyPdf() {
    }

    /** One page {@code width} x {@code height} points with a red box on it. */
    public static byte[] onePage(float width, float height) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.setNonStrokingColor(1f, 0f, 0f);
                cs.addRect(width / 4, height / 4, width / 2, height / 2);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AdArtwork artwork(String fileName) {
        return new AdArtwork(fileName, onePage(200, 300));
    }
}
