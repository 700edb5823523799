package org.copydesk.model;

/**
 * Whether a photo file runs to its end marker: a JPEG's end-of-image after its first scan, a PNG's
 * IEND chunk. A file cut short (a broken copy, a download that stopped) lacks it. Cheap enough to
 * ask on every export, unlike decoding; it cannot tell a header that lies about the size, which
 * import refuses by decoding every photo whole.
 */
final class PhotoFileEnd {
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private PhotoFileEnd() {
    }

    static boolean reached(byte[] file, String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> jpegEnds(file);
            case "image/png" -> lastIndexOf(file, PNG_IEND) > 8;
            default -> true;
        };
    }

    /**
     * The end-of-image marker (FF D9) after the start of the first scan: inside entropy-coded data
     * an FF byte is always followed by 00 or a restart marker, so FF D9 there is the real end. An
     * Exif thumbnail's own FF D9 lies before the scan and does not count.
     */
    private static boolean jpegEnds(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return false;
        }
        int p = 2;
        while (p + 4 <= jpeg.length && (jpeg[p] & 0xFF) == 0xFF) {
            int marker = jpeg[p + 1] & 0xFF;
            if (marker == 0xFF) {
                p++; // fill byte
                continue;
            }
            if (marker == 0xDA) {
                return lastIndexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD9}) > p;
            }
            p += 2 + ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF));
        }
        return false;
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = data.length - pattern.length; i >= 0; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
