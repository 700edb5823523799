package org.copydesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.copydesk.i18n.Words;

/**
 * The file entries of a package as read once, front to back: the SHA-256 and first bytes of every
 * entry, and the whole bytes only of those that become the edition (manifest, stories, photos).
 * Page PDFs and anything else are streamed through the digest and dropped, so what a package costs
 * in memory is what it brings in, not its size.
 */
final class PackageEntries {
    private static final Words WORDS = Words.ofPackage(PackageEntries.class);
    /** Enough to recognise a file type: %PDF-, a PNG signature. */
    static final int HEAD_BYTES = 8;

    private final Map<String, byte[]> held = new LinkedHashMap<>();
    private final Map<String, String> sha256 = new LinkedHashMap<>();
    private final Map<String, byte[]> heads = new LinkedHashMap<>();

    /** Whether an entry's bytes are kept: it becomes part of the edition. */
    static boolean isHeld(String name) {
        return name.equals(EditionPackageFormat.MANIFEST) || name.startsWith(EditionPackageFormat.ARTICLES)
                || name.startsWith(EditionPackageFormat.PHOTOS) || name.startsWith(EditionPackageFormat.ADS);
    }

    /** Reads one entry of {@code size} bytes (as its header declares) from {@code in}, never more. */
    void read(String name, long size, InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        DigestInputStream digesting = new DigestInputStream(in, digest);
        long count;
        byte[] head;
        if (isHeld(name)) {
            byte[] bytes = digesting.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, size + 1));
            count = bytes.length;
            held.put(name, bytes);
            head = Arrays.copyOf(bytes, Math.min(HEAD_BYTES, bytes.length));
        } else {
            byte[] buffer = new byte[1 << 16];
            head = new byte[0];
            count = 0;
            for (int n; count <= size && (n = digesting.read(buffer, 0, (int) Math.min(buffer.length, size + 1 - count))) > 0; ) {
                if (head.length < HEAD_BYTES) {
                    int more = Math.min(n, HEAD_BYTES - head.length);
                    byte[] longer = Arrays.copyOf(head, head.length + more);
                    System.arraycopy(buffer, 0, longer, head.length, more);
                    head = longer;
                }
                count += n;
            }
        }
        if (count != size) {
            held.remove(name);
            throw PackageException.entry(name,
                    count > size ? WORDS.format("entry.moreBytes", size) : WORDS.format("entry.fewerBytes", size));
        }
        sha256.put(name, HexFormat.of().formatHex(digest.digest()));
        heads.put(name, head);
    }

    boolean contains(String name) {
        return sha256.containsKey(name);
    }

    Set<String> names() {
        return sha256.keySet();
    }

    /** The whole bytes of a held entry; null when there is no such entry. */
    byte[] bytes(String name) {
        if (contains(name) && !held.containsKey(name)) {
            throw new IllegalStateException(name + " was read as a stream, its bytes were not kept");
        }
        return held.get(name);
    }

    /** Lower-case hex SHA-256 of an entry. */
    String sha256(String name) {
        return sha256.get(name);
    }

    /** The first (up to {@value #HEAD_BYTES}) bytes of an entry. */
    byte[] head(String name) {
        return heads.get(name).clone();
    }
}
