package org.copydesk.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drops descriptive metadata (XMP, IPTC/Photoshop blocks, comments) from a JPEG before it goes
 * into a PDF: it is dead weight there, and without it a photo prints to the same bytes whether or
 * not a package export has written its caption into the file. Colour information (ICC in APP2,
 * Adobe APP14) and Exif are kept; the compressed image data is copied unchanged.
 */
final class JpegMetadataStripper {
    private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXTENDED_XMP = "http://ns.adobe.com/xmp/extension/".getBytes(StandardCharsets.US_ASCII);

    private JpegMetadataStripper() {
    }

    /** The JPEG without descriptive metadata; unrecognised or damaged input comes back unchanged. */
    static byte[] strip(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return jpeg;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int p = 2;
        while (p + 4 <= jpeg.length) {
            if ((jpeg[p] & 0xFF) != 0xFF) {
                return jpeg;
            }
            int marker = jpeg[p + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            int length = ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF)) + 2;
            if (length < 4 || p + length > jpeg.length) {
                return jpeg;
            }
            boolean descriptive = marker == 0xED || marker == 0xFE
                    || marker == 0xE1 && (startsWith(jpeg, p + 4, XMP) || startsWith(jpeg, p + 4, EXTENDED_XMP));
            if (!descriptive) {
                out.write(jpeg, p, length);
            }
            p += length;
        }
        out.write(jpeg, p, jpeg.length - p);
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return offset + prefix.length <= data.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
