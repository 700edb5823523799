package org.copydesk.exchange.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.copydesk.render.pdf.ExportFixtures;

/**
 * Photo files made in the test, good and bad: JPEGs cut short or with a header that lies about
 * their size, and PNGs of any bit depth written row by row (so a 14142 x 14142 16-bit header costs
 * nothing to make).
 */
public final class TestImages {
    /** PNG colour types. */
    public static final int RGB = 2;
    public static final int RGBA = 6;

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return ExportFixtures.jpeg(width, height);
    }

    public static byte[] truncated(byte[] file, int length) {
        return Arrays.copyOf(file, length);
    }

    /** The JPEG with its frame header (SOF0) claiming another size; the compressed data stays as it was. */
    public static byte[] withJpegSize(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        for (int p = 2; p + 9 < patched.length; ) {
            int marker = patched[p + 1] & 0xFF;
            int length = (patched[p + 2] & 0xFF) << 8 | patched[p + 3] & 0xFF;
            if (marker == 0xC0) {
                patched[p + 5] = (byte) (height >> 8);
                patched[p + 6] = (byte) height;
                patched[p + 7] = (byte) (width >> 8);
                patched[p + 8] = (byte) width;
                return patched;
            }
            p += 2 + length;
        }
        throw new IllegalArgumentException("no baseline frame header");
    }

    /** A PNG whose header says {@code width x height} but whose data holds only {@code rows} rows of a gradient. */
    public static byte[] png(int width, int height, int bitDepth, int colourType, int rows) {
        int channels = colourType == RGBA ? 4 : 3;
        int rowBytes = width * channels * bitDepth / 8;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                    .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
                byte[] row = new byte[1 + rowBytes];
                for (int y = 0; y < rows; y++) {
                    for (int x = 1; x < row.length; x++) {
                        row[x] = (byte) (x + y);
                    }
                    z.write(row);
                }
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(int width, int height, int bitDepth, int colourType) {
        return png(width, height, bitDepth, colourType, height);
    }

    /** {@code count} bytes inverted from the middle of the file on, as a bad disk sector would. */
    public static byte[] flipped(byte[] file, int count) {
        byte[] damaged = file.clone();
        int start = damaged.length / 2 - count / 2;
        for (int i = start; i < start + count; i++) {
            damaged[i] = (byte) ~damaged[i];
        }
        return damaged;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
