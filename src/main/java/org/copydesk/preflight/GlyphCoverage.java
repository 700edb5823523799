package org.copydesk.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.copydesk.fonts.FontFace;

/**
 * Which characters each bundled face can draw, read from the font files' cmap tables. The files
 * are the ones the PDF embeds, so what is covered here is what prints.
 */
final class GlyphCoverage {
    /** Highest code point looked at: the BMP and the supplementary ideographic planes. */
    private static final int LAST_CODE_POINT = 0x3FFFF;

    private final Map<FontFace, BitSet> covered = new EnumMap<>(FontFace.class);

    synchronized boolean covers(FontFace face, int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return true;
        }
        return codePoint <= LAST_CODE_POINT && covered.computeIfAbsent(face, GlyphCoverage::load).get(codePoint);
    }

    /** Reads the cmap once into a bit set, so the 15 MB font file need not stay in memory. */
    private static BitSet load(FontFace face) {
        try (InputStream in = face.open(); TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            CmapLookup lookup = font.getUnicodeCmapLookup();
            if (lookup == null) {
                throw new IOException("font " + face.fileName() + " has no Unicode cmap");
            }
            BitSet bits = new BitSet(LAST_CODE_POINT + 1);
            for (int cp = 0; cp <= LAST_CODE_POINT; cp++) {
                if (lookup.getGlyphId(cp) != 0) {
                    bits.set(cp);
                }
            }
            return bits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.fileName(), e);
        }
    }
}
