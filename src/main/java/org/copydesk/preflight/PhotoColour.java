package org.copydesk.preflight;

import java.awt.color.ColorSpace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.copydesk.model.Photo;

/** Reads what preflight needs from a photo's header, without decoding the pixels. */
final class PhotoColour {
    private PhotoColour() {
    }

    /** Whether the file has an image header a reader understands (CMYK JPEGs included). */
    static boolean isReadable(Photo photo) {
        return askHeader(photo, reader -> reader.getWidth(0) > 0 && reader.getHeight(0) > 0);
    }

    /**
     * Whether the photo is RGB, from the colours the file stores (the raw type): TwelveMonkeys'
     * JPEG reader offers a CMYK JPEG as RGB first, as it converts it. An unreadable header answers
     * false: whatever such a file is, it is not known to be RGB.
     */
    static boolean isRgb(Photo photo) {
        return askHeader(photo, reader -> {
            ImageTypeSpecifier raw = reader.getRawImageType(0);
            if (raw != null) {
                return raw.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_RGB;
            }
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            return types.hasNext() && types.next().getColorModel().getColorSpace().getType() == ColorSpace.TYPE_RGB;
        });
    }

    private interface HeaderQuestion {
        boolean ask(ImageReader reader) throws IOException;
    }

    /** Asks the first reader that recognises the file; false when none does or the header is broken. */
    private static boolean askHeader(Photo photo, HeaderQuestion question) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return question.ask(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
