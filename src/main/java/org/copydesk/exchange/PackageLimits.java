package org.copydesk.exchange;

/**
 * Bounds on what a package may hold, so a crafted zip cannot exhaust memory or disk.
 *
 * @param maxEntries        entries in the zip
 * @param maxEntryBytes     uncompressed size of one entry
 * @param maxTotalBytes     uncompressed size of all entries together (read as a stream, not held)
 * @param maxRatio          uncompressed / compressed size of one entry (zip bombs compress a thousandfold)
 * @param maxImagePixels    pixels of one photo, checked from its header before anything decodes it
 * @param maxImageBytes     bytes of one photo's decoded picture, every band at its bit depth (a 16-bit RGBA
 *                          PNG takes 8 a pixel): what the export would need to hold it whole
 * @param maxHeldBytes      bytes of the entries kept in memory as the edition (photos, stories, manifest),
 *                          counted with the copies import makes of them; from the heap by {@link #defaults()}
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long maxImagePixels,
                            long maxImageBytes, long maxHeldBytes) {

    /** 512 MB: a 170-megapixel 8-bit RGB photo, an 8000 x 8000 16-bit RGBA one. */
    static final long DEFAULT_MAX_IMAGE_BYTES = 512L << 20;

    /**
     * The photos and stories of an imported edition are held in memory about three times over (the
     * bytes read, the edition's copy, the copy handed to the database), and the application needs
     * room too: a quarter of the heap goes to them. From the maximum heap, not what is free at the
     * moment, so the same package gets the same answer whenever it is imported.
     */
    static final int HEAP_SHARE = 4;

    /** Limits with the memory budget taken from the maximum heap of this Java ({@code -Xmx}). */
    public PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long maxImagePixels) {
        this(maxEntries, maxEntryBytes, maxTotalBytes, maxRatio, maxImagePixels, DEFAULT_MAX_IMAGE_BYTES, heldBudget());
    }

    /** Generous for a 24-page edition with full-resolution photos, within the heap there is. */
    public static PackageLimits defaults() {
        return new PackageLimits(5_000, 256L << 20, 2L << 30, 200, 200_000_000L);
    }

    public PackageLimits withMaxImageBytes(long bytes) {
        return new PackageLimits(maxEntries, maxEntryBytes, maxTotalBytes, maxRatio, maxImagePixels, bytes, maxHeldBytes);
    }

    public PackageLimits withMaxHeldBytes(long bytes) {
        return new PackageLimits(maxEntries, maxEntryBytes, maxTotalBytes, maxRatio, maxImagePixels, maxImageBytes, bytes);
    }

    /** What the held entries may take. */
    static long heldBudget() {
        return Runtime.getRuntime().maxMemory() / HEAP_SHARE;
    }
}
