package org.copydesk.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.copydesk.fonts.FontFace;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * The fonts of one PDF document: each bundled face is loaded at most once, on first use, and
 * embedded as a subset of the glyphs drawn (PDFBox subsets TrueType outlines when saving).
 */
final class PdfFonts {
    private static final Words WORDS = Words.ofPackage(PdfFonts.class);

    private final PDDocument document;
    private final Map<FontFace, PDType0Font> loaded = new EnumMap<>(FontFace.class);
    /** Per face: CID drawn -> the code point it stands for, in CID order. */
    private final Map<FontFace, SortedMap<Integer, Integer>> drawnText = new EnumMap<>(FontFace.class);
    /** Encoded glyph of each code point per face; {@code null} values mark characters the face lacks. */
    private final Map<FontFace, Map<Integer, byte[]>> encoded = new EnumMap<>(FontFace.class);

    private final Map<FontFace, Map<Integer, Float>> widths = new EnumMap<>(FontFace.class);

    private final FontSource source;

    PdfFonts(PDDocument document, FontSource source) {
        this.document = document;
        this.source = source;
    }

    PDType0Font font(FontFace face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(document, source.font(f), true);
            } catch (IOException e) {
                throw new UncheckedIOException(WORDS.format("font.notEmbedded", f.fileName(), FileErrorText.reason(e)), e);
            }
        });
    }

    /**
     * The glyph code of a code point in the face, marked for the subset; {@code null} when the face has
     * no glyph for it. Such characters are not drawn (the preflight lists them): asking PDFBox to
     * draw them would abort the whole export.
     */
    byte[] code(FontFace face, int codePoint) {
        byte[] code = encoded.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> tryEncode(face, cp));
        if (code != null) {
            font(face).addToSubset(codePoint);
        }
        return code;
    }

    /** Width the face gives the code point, in 1/1000 em. */
    float width(FontFace face, int codePoint) {
        return widths.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                return font(face).getStringWidth(Character.toString(cp));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private byte[] tryEncode(FontFace face, int codePoint) {
        try {
            byte[] code = font(face).encode(Character.toString(codePoint));
            if (code.length == 2) {
                int cid = (code[0] & 0xFF) << 8 | code[1] & 0xFF;
                drawnText.computeIfAbsent(face, f -> new TreeMap<>()).putIfAbsent(cid, codePoint);
            }
            return code;
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /**
     * Replaces each font's ToUnicode map with the characters actually drawn. PDFBox derives the map
     * from the font's cmap and, where several code points share a glyph, picks the lowest: 大 would
     * come back from text extraction as the Kangxi radical ⼤ (U+2F24). Call after the fonts have
     * been subset (PDFBox does that while saving), then save again.
     */
    void replaceToUnicodeMaps() throws IOException {
        for (var entry : drawnText.entrySet()) {
            PDType0Font font = loaded.get(entry.getKey());
            byte[] cmap = ToUnicodeCMap.write(entry.getValue()).getBytes(StandardCharsets.US_ASCII);
            PDStream stream = new PDStream(document, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE);
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
    }
}
