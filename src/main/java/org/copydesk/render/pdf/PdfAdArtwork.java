package org.copydesk.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.copydesk.model.AdArtwork;

/**
 * Advertisers' PDFs imported into the export: each artwork's first page becomes a form XObject of
 * the exported document, once per distinct file however many slots show it. The source documents
 * stay open until the export is saved (the imported page still reads their streams), then close.
 */
final class PdfAdArtwork implements Closeable {
    private final LayerUtility layers;
    private final Map<String, PDFormXObject> forms = new HashMap<>();
    private final List<PDDocument> sources = new ArrayList<>();

    PdfAdArtwork(PDDocument target) {
        this.layers = new LayerUtility(target);
    }

    /** The artwork's first page as a form of the export. */
    PDFormXObject form(AdArtwork artwork) throws IOException {
        String key = artwork.sha256();
        PDFormXObject form = forms.get(key);
        if (form == null) {
            PDDocument source = Loader.loadPDF(artwork.pdf());
            sources.add(source);
            if (source.getNumberOfPages() < 1) {
                throw new IOException("the ad artwork " + artwork.fileName() + " has no page");
            }
            form = layers.importPageAsForm(source, 0);
            forms.put(key, form);
        }
        return form;
    }

    /** Where the form draws in its own space once its matrix (the page's rotation) is applied. */
    static Rectangle2D drawnBounds(PDFormXObject form) {
        return form.getBBox().transform(form.getMatrix()).getBounds2D();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (PDDocument source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
