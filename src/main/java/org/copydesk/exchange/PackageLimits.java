package org.copydesk.exchange;

/**
 * Bounds on what a package may hold, so a crafted zip cannot exhaust memory or disk.
 *
 * @param maxEntries        entries in the zip
 * @param maxEntryBytes     uncompressed size of one entry
 * @param maxTotalBytes     uncompressed size of all entries together
 * @param maxRatio          uncompressed / compressed size of one entry (zip bombs compress a thousandfold)
 * @param maxImagePixels    pixels of one photo, checked from its header before anything decodes it
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long maxImagePixels) {

    /** Generous for a 24-page edition with full-resolution photos. */
    public static PackageLimits defaults() {
        return new PackageLimits(5_000, 256L << 20, 2L << 30, 200, 200_000_000L);
    }
}
