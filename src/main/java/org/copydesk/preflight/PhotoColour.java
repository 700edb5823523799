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

/** Tells from a photo's header, without decoding the pixels, whether it is RGB. */
final class PhotoColour {
    private PhotoColour() {
    }

    static boolean isRgb(Photo photo) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
                return types.hasNext() && types.next().getColorModel().getColorSpace().getType() == ColorSpace.TYPE_RGB;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // CMYK JPEGs are not readable by the JDK's reader: whatever they are, they are not RGB.
            return false;
        }
    }
}
