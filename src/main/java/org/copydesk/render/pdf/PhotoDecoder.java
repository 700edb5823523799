package org.copydesk.render.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.copydesk.i18n.Words;
import org.copydesk.model.Photo;

/**
 * Decodes photo files in bounded memory. Every row of the file is decoded (so a truncated file or
 * a header that claims more pixels than the data holds is noticed), but only every n-th pixel is
 * kept ({@link ImageReadParam#setSourceSubsampling}), so a 14000-pixel picture costs a few MB to
 * check and no more than the asked size to draw. Import uses {@link #verify}; the PDF export uses
 * {@link #decode} to get a picture no larger than it will embed.
 */
public final class PhotoDecoder {
    private static final Words WORDS = Words.ofPackage(PhotoDecoder.class);
    /** Longer side of the picture {@link #verify} keeps: small, as it is thrown away. */
    private static final int VERIFY_SIDE_PX = 512;
    /**
     * Reader warnings that do not mean missing or damaged pixels: bytes after the last marker that
     * cameras leave, and an unusable colour profile the reader ignores.
     */
    private static final List<String> HARMLESS_WARNINGS = List.of("extraneous bytes", "icc");

    private PhotoDecoder() {
    }

    /**
     * What a file's header says about its picture.
     *
     * @param widthPx       pixel width
     * @param heightPx      pixel height
     * @param bytesPerPixel bytes one decoded pixel takes: all bands at their bit depth (a 16-bit RGBA PNG takes 8)
     */
    public record Header(int widthPx, int heightPx, int bytesPerPixel) {
        /** Bytes of the whole decoded picture. */
        public long rasterBytes() {
            return (long) widthPx * heightPx * bytesPerPixel;
        }
    }

    /** Reads the header only. */
    public static Header header(byte[] file, String mediaType) throws IOException {
        return withReader(file, mediaType, reader -> new Header(reader.getWidth(0), reader.getHeight(0), bytesPerPixel(reader)));
    }

    /**
     * Decodes the whole picture and drops it; throws when the data is truncated, damaged or holds
     * fewer pixels than the header claims. Memory: a picture of at most 512 pixels a side.
     */
    public static void verify(byte[] file, String mediaType) throws IOException {
        withReader(file, mediaType, reader -> {
            int side = Math.max(reader.getWidth(0), reader.getHeight(0));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (side + VERIFY_SIDE_PX - 1) / VERIFY_SIDE_PX);
            param.setSourceSubsampling(step, step, 0, 0);
            // readRaster skips colour conversion, so CMYK JPEGs (which the JDK cannot convert) are checked too.
            return reader.canReadRaster() ? reader.readRaster(0, param) : reader.read(0, param);
        });
    }

    /**
     * Decodes the picture keeping every n-th pixel of every n-th row, with n as large as possible
     * while the result stays at least {@code minWidth x minHeight}, and large enough that it holds
     * at most {@code maxPixels} (which wins: the result may then be smaller than asked). The caller
     * scales it to the exact size.
     */
    public static BufferedImage decode(byte[] file, String mediaType, int minWidth, int minHeight, long maxPixels)
            throws IOException {
        return withReader(file, mediaType, reader -> {
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            int step = Math.max(1, Math.min(width / Math.max(1, minWidth), height / Math.max(1, minHeight)));
            step = Math.max(step, stepFor(width, height, maxPixels));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        });
    }

    /**
     * As {@link #decode}, for the photo as shown: the minimum size is the shown one, and the decoded
     * picture is turned upright by the photo's EXIF orientation ({@link UprightPicture}).
     */
    public static BufferedImage decodeUpright(Photo photo, int minWidth, int minHeight, long maxPixels) throws IOException {
        boolean sideways = photo.turnsSideways();
        BufferedImage stored = decode(photo.bytes(), photo.mediaType(), sideways ? minHeight : minWidth,
                sideways ? minWidth : minHeight, maxPixels);
        return UprightPicture.turn(stored, photo.orientation());
    }

    /** The smallest n for which keeping every n-th pixel of every n-th row leaves at most {@code maxPixels}. */
    public static int stepFor(int width, int height, long maxPixels) {
        int step = 1;
        while ((long) subsampled(width, step) * subsampled(height, step) > maxPixels) {
            step++;
        }
        return step;
    }

    /** Pixels left of {@code size} keeping every n-th, as the readers count them. */
    public static int subsampled(int size, int step) {
        return (size + step - 1) / step;
    }

    private interface ReaderWork<T> {
        T run(ImageReader reader) throws IOException;
    }

    /** Runs {@code work} with a reader for the media type; any reader warning about the data is an error. */
    private static <T> T withReader(byte[] file, String mediaType, ReaderWork<T> work) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new IIOException(WORDS.format("photo.noReader", mediaType));
        }
        ImageReader reader = readers.next();
        // In memory, not ImageIO's default file cache: the bytes are in memory already, and a full disk must not matter.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(in, true, true);
            T result = work.run(reader);
            for (String warning : warnings) {
                String lower = warning.toLowerCase(Locale.ROOT);
                if (HARMLESS_WARNINGS.stream().noneMatch(lower::contains)) {
                    throw new IIOException(warning.strip());
                }
            }
            return result;
        } catch (RuntimeException e) {
            // Readers throw IllegalArgumentException, IndexOutOfBounds ... on crafted headers.
            throw new IIOException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } finally {
            reader.dispose();
        }
    }

    /** Bits of every band of the decoded raster, rounded up to bytes; 4 when the reader cannot say (CMYK JPEG). */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type;
        try {
            type = reader.getRawImageType(0);
        } catch (IIOException unsupportedColours) {
            return 4;
        }
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 4;
        }
        SampleModel model = type.getSampleModel(1, 1);
        int bits = 0;
        for (int size : model.getSampleSize()) {
            bits += size;
        }
        return Math.max(1, (bits + 7) / 8);
    }
}
