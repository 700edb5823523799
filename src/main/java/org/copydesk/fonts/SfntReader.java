package org.copydesk.fonts;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.i18n.Words;

/**
 * Reads the few sfnt tables measuring needs (head, hhea, maxp, hmtx, cmap) from a TrueType stream,
 * skipping the outlines. The big glyf table is never held in memory, so a 15 MB font is read
 * in a fraction of a second.
 */
final class SfntReader {
    private static final Words WORDS = Words.ofPackage(SfntReader.class);
    private static final List<String> NEEDED = List.of("head", "hhea", "maxp", "hmtx", "cmap");

    private record TableEntry(String tag, long offset, int length) {
    }

    private SfntReader() {
    }

    static FontMetrics read(FontFace face, InputStream raw) throws IOException {
        var in = new DataInputStream(raw);
        int version = in.readInt();
        if (version != 0x00010000 && version != 0x74727565) {
            throw new IOException(WORDS.format("font.notTrueType", face.fileName(), Integer.toHexString(version)));
        }
        int numTables = in.readUnsignedShort();
        in.skipNBytes(6);
        long position = 12;
        List<TableEntry> entries = new ArrayList<>();
        for (int i = 0; i < numTables; i++) {
            byte[] tag = new byte[4];
            in.readFully(tag);
            in.readInt(); // checksum
            long offset = Integer.toUnsignedLong(in.readInt());
            int length = in.readInt();
            String name = new String(tag, java.nio.charset.StandardCharsets.US_ASCII);
            if (NEEDED.contains(name)) {
                entries.add(new TableEntry(name, offset, length));
            }
        }
        position += 16L * numTables;
        entries.sort(Comparator.comparingLong(TableEntry::offset));
        Map<String, ByteBuffer> tables = new HashMap<>();
        for (TableEntry e : entries) {
            if (e.offset < position) {
                throw new IOException(WORDS.format("font.overlappingTable", face.fileName(), e.tag));
            }
            in.skipNBytes(e.offset - position);
            byte[] data = new byte[e.length];
            in.readFully(data);
            position = e.offset + e.length;
            tables.put(e.tag, ByteBuffer.wrap(data));
        }
        for (String tag : NEEDED) {
            if (!tables.containsKey(tag)) {
                throw new IOException(WORDS.format("font.missingTable", face.fileName(), tag));
            }
        }
        return build(face, tables);
    }

    private static FontMetrics build(FontFace face, Map<String, ByteBuffer> t) throws IOException {
        int unitsPerEm = t.get("head").getShort(18) & 0xFFFF;
        ByteBuffer hhea = t.get("hhea");
        float ascender = (float) hhea.getShort(4) / unitsPerEm;
        float descender = (float) -hhea.getShort(6) / unitsPerEm;
        int numberOfHMetrics = hhea.getShort(34) & 0xFFFF;
        int numGlyphs = t.get("maxp").getShort(4) & 0xFFFF;
        int[] glyphAdvance = readAdvances(t.get("hmtx"), numberOfHMetrics, numGlyphs);
        float missing = (float) glyphAdvance[0] / unitsPerEm;

        float[] bmp = FontMetrics.filledWith(missing);
        BitSet coverage = new BitSet(0x10000);
        Map<Integer, Float> supplementary = new HashMap<>();
        CmapVisitor visit = (cp, glyph) -> {
            if (glyph <= 0 || glyph >= numGlyphs) {
                return;
            }
            float adv = (float) glyphAdvance[glyph] / unitsPerEm;
            if (cp < 0x10000) {
                bmp[cp] = adv;
                coverage.set(cp);
            } else {
                supplementary.put(cp, adv);
            }
        };
        readCmap(face, t.get("cmap"), visit);
        return new FontMetrics(face, unitsPerEm, bmp, coverage, supplementary, missing, ascender, descender);
    }

    private static int[] readAdvances(ByteBuffer hmtx, int numberOfHMetrics, int numGlyphs) {
        int[] advances = new int[Math.max(numGlyphs, numberOfHMetrics)];
        int last = 0;
        for (int g = 0; g < advances.length; g++) {
            if (g < numberOfHMetrics) {
                last = hmtx.getShort(g * 4) & 0xFFFF;
            }
            advances[g] = last;
        }
        return advances;
    }

    private interface CmapVisitor {
        void map(int codePoint, int glyph);
    }

    /** Prefers a full-repertoire subtable (format 12) and falls back to the BMP one (format 4). */
    private static void readCmap(FontFace face, ByteBuffer cmap, CmapVisitor visit) throws IOException {
        int count = cmap.getShort(2) & 0xFFFF;
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < count; i++) {
            int rec = 4 + i * 8;
            int platform = cmap.getShort(rec) & 0xFFFF;
            int encoding = cmap.getShort(rec + 2) & 0xFFFF;
            int offset = cmap.getInt(rec + 4);
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode) {
                continue;
            }
            int format = cmap.getShort(offset) & 0xFFFF;
            if (format == 12 && format12 < 0) {
                format12 = offset;
            } else if (format == 4 && format4 < 0) {
                format4 = offset;
            }
        }
        if (format12 >= 0) {
            readFormat12(cmap, format12, visit);
        } else if (format4 >= 0) {
            readFormat4(cmap, format4, visit);
        } else {
            throw new IOException(WORDS.format("font.noUnicodeCmap", face.fileName()));
        }
    }

    private static void readFormat12(ByteBuffer cmap, int base, CmapVisitor visit) {
        long groups = Integer.toUnsignedLong(cmap.getInt(base + 12));
        for (long g = 0; g < groups; g++) {
            int rec = (int) (base + 16 + g * 12);
            int start = cmap.getInt(rec);
            int end = cmap.getInt(rec + 4);
            int glyph = cmap.getInt(rec + 8);
            for (int cp = start; cp <= end && cp <= 0x10FFFF; cp++) {
                visit.map(cp, glyph + (cp - start));
            }
        }
    }

    private static void readFormat4(ByteBuffer cmap, int base, CmapVisitor visit) {
        int segCount = (cmap.getShort(base + 6) & 0xFFFF) / 2;
        int ends = base + 14;
        int starts = ends + segCount * 2 + 2;
        int deltas = starts + segCount * 2;
        int rangeOffsets = deltas + segCount * 2;
        for (int s = 0; s < segCount; s++) {
            int end = cmap.getShort(ends + s * 2) & 0xFFFF;
            int start = cmap.getShort(starts + s * 2) & 0xFFFF;
            int delta = cmap.getShort(deltas + s * 2);
            int rangeOffset = cmap.getShort(rangeOffsets + s * 2) & 0xFFFF;
            for (int cp = start; cp <= end && cp != 0xFFFF; cp++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (cp + delta) & 0xFFFF;
                } else {
                    int at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
                    glyph = cmap.getShort(at) & 0xFFFF;
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                visit.map(cp, glyph);
            }
        }
    }
}
