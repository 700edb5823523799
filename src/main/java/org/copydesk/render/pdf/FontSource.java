package org.copydesk.render.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.copydesk.fonts.FontFace;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Parsed font files for one export call on one thread. Parsing a 15 MB face (mostly its cmap) costs
 * more than drawing a page, so an export of several documents (a PDF per page, an edition package)
 * parses each face once and lets every document embed its own subset from it. Not thread-safe.
 */
final class FontSource implements Closeable {
    private static final Words WORDS = Words.ofPackage(FontSource.class);
    private final Map<FontFace, TrueTypeFont> parsed = new EnumMap<>(FontFace.class);

    TrueTypeFont font(FontFace face) {
        return parsed.computeIfAbsent(face, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.bytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(WORDS.format("font.unreadable", f.fileName(), FileErrorText.reason(e)), e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : parsed.values()) {
            font.close();
        }
        parsed.clear();
    }
}
