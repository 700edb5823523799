package org.copydesk.desk;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photo files written in the test, byte by byte where ImageIO cannot: a CMYK JPEG with Adobe's
 * APP14 marker, a JPEG with an Exif orientation, IPTC IIM captions in GBK or UTF-8, a palette PNG
 * with transparency, a TIFF. Pictures are red on the left half and blue on the right, so a turned
 * picture shows which way it went.
 */
public final class PhotoFiles {
    private PhotoFiles() {
    }

    /** Left half red, right half blue. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x < width / 2 ? 0xFF0000 : 0x0000FF);
            }
        }
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return write(halves(width, height), "jpeg");
    }

    public static byte[] tiff(int width, int height) {
        return write(halves(width, height), "tiff");
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    /** An 8-bit palette PNG (PLTE with tRNS): left half opaque red, right half fully transparent. */
    public static byte[] palettePngWithAlpha(int width, int height) {
        byte[] r = {(byte) 255, 0};
        byte[] g = {0, 0};
        byte[] b = {0, (byte) 255};
        byte[] a = {(byte) 255, 0};
        var palette = new IndexColorModel(8, 2, r, g, b, a);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, x < width / 2 ? 0 : 1);
            }
        }
        return png(image);
    }

    /**
     * A CMYK JPEG as Photoshop writes one: four channels stored inverted, marked by an Adobe APP14
     * segment (transform 0) that the JDK's own reader cannot decode. Left half red (M+Y), right blue (C+M).
     */
    public static byte[] cmykJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean left = x < width / 2;
                int[] cmyk = left ? new int[] {0, 255, 255, 0} : new int[] {255, 255, 0, 0};
                for (int band = 0; band < 4; band++) {
                    raster.setSample(x, y, band, 255 - cmyk[band]);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] adobe = ByteBuffer.allocate(12).put("Adobe".getBytes(StandardCharsets.US_ASCII)).putShort((short) 100)
                .putShort((short) 0).putShort((short) 0).put((byte) 0).array();
        return withSegment(out.toByteArray(), 0xEE, adobe);
    }

    /** The JPEG with one more segment right after its start-of-image marker. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An APP1 Exif payload: a big-endian TIFF header and one IFD holding only Orientation (0x0112). */
    public static byte[] exifOrientation(int orientation) {
        return ByteBuffer.allocate(6 + 8 + 2 + 12 + 4)
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(new byte[] {'M', 'M', 0, 42}).putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0)
                .array();
    }

    /** Builds IPTC IIM datasets for an APP13 Photoshop segment. */
    public static final class Iim {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final Charset charset;

        /** {@code declareUtf8}: write 1:90 ESC % G first. */
        public Iim(Charset charset, boolean declareUtf8) {
            this.charset = charset;
            if (declareUtf8) {
                dataset(1, 90, new byte[] {0x1B, '%', 'G'});
            }
            dataset(2, 0, new byte[] {0, 4});
        }

        public Iim text(int number, String value) {
            return dataset(2, number, value.getBytes(charset));
        }

        public Iim dataset(int record, int number, byte[] value) {
            data.write(0x1C);
            data.write(record);
            data.write(number);
            data.write(value.length >> 8);
            data.write(value.length & 0xFF);
            data.writeBytes(value);
            return this;
        }

        /** The APP13 payload: "Photoshop 3.0", one 8BIM resource 0x0404 with the datasets. */
        public byte[] app13() {
            byte[] iim = data.toByteArray();
            return ByteBuffer.allocate(14 + 12 + iim.length + iim.length % 2)
                    .put("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII))
                    .put("8BIM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x0404).putShort((short) 0)
                    .putInt(iim.length).put(iim).array();
        }
    }

    /** Whether an sRGB pixel is mostly red / blue (JPEG is lossy: no exact colours). */
    public static boolean reddish(int rgb) {
        Color c = new Color(rgb, true);
        return c.getRed() > 180 && c.getBlue() < 90 && c.getGreen() < 90;
    }

    public static boolean bluish(int rgb) {
        Color c = new Color(rgb, true);
        return c.getBlue() > 180 && c.getRed() < 90 && c.getGreen() < 90;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
