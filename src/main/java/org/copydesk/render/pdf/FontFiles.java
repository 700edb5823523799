package org.copydesk.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.EnumMap;
import java.util.Map;
import org.copydesk.fonts.FontFace;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * The bundled font files' bytes, kept while memory allows. Every exported document loads its faces
 * anew (PDFBox subsets per document), and inflating a 15 MB font from the application jar each time
 * would cost more than drawing a page.
 */
final class FontFiles {
    private static final Words WORDS = Words.ofPackage(FontFiles.class);
    private static final Map<FontFace, SoftReference<byte[]>> CACHE = new EnumMap<>(FontFace.class);

    private FontFiles() {
    }

    static synchronized byte[] bytes(FontFace face) {
        SoftReference<byte[]> cached = CACHE.get(face);
        byte[] bytes = cached == null ? null : cached.get();
        if (bytes == null) {
            try (InputStream in = face.open()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(WORDS.format("font.unreadable", face.fileName(), FileErrorText.reason(e)), e);
            }
            CACHE.put(face, new SoftReference<>(bytes));
        }
        return bytes;
    }
}
