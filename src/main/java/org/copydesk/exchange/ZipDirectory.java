package org.copydesk.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.i18n.Words;

/**
 * Reads a zip's central directory by hand. The JDK's zip classes hide what a hostile package can
 * carry: duplicate names (ZipFile keeps one silently) and Unix symlink entries (the mode sits in
 * the external attributes). Zip64 is refused: an edition package never needs it.
 */
final class ZipDirectory {
    private static final Words WORDS = Words.ofPackage(ZipDirectory.class);
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int UNIX = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;

    /** One central-directory record. */
    record Entry(String name, long compressedSize, long size, int method, boolean encrypted, boolean symlink) {
        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private ZipDirectory() {
    }

    static List<Entry> read(Path zip, int maxEntries) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            int tailSize = (int) Math.min(fileSize, 22 + 65_535);
            ByteBuffer tail = readAt(channel, fileSize - tailSize, tailSize);
            int end = -1;
            for (int i = tailSize - 22; i >= 0; i--) {
                if (tail.getInt(i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                throw new PackageException(WORDS.format("zip.notAZip"));
            }
            int count = Short.toUnsignedInt(tail.getShort(end + 10));
            long dirSize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long dirOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (count == 0xFFFF || dirOffset == 0xFFFFFFFFL) {
                throw new PackageException(WORDS.format("zip.zip64"));
            }
            if (count > maxEntries) {
                throw new PackageException(WORDS.format("zip.tooManyEntries", count, maxEntries));
            }
            if (dirOffset + dirSize > fileSize) {
                throw new PackageException(WORDS.format("zip.directoryPastEnd"));
            }
            ByteBuffer dir = readAt(channel, dirOffset, (int) dirSize);
            List<Entry> entries = new ArrayList<>(count);
            int p = 0;
            for (int i = 0; i < count; i++) {
                if (p + 46 > dir.limit() || dir.getInt(p) != ENTRY_SIGNATURE) {
                    throw new PackageException(WORDS.format("zip.directoryDamaged", i + 1));
                }
                int madeBy = Short.toUnsignedInt(dir.getShort(p + 4)) >> 8;
                int flags = Short.toUnsignedInt(dir.getShort(p + 8));
                int method = Short.toUnsignedInt(dir.getShort(p + 10));
                long compressed = Integer.toUnsignedLong(dir.getInt(p + 20));
                long size = Integer.toUnsignedLong(dir.getInt(p + 24));
                int nameLength = Short.toUnsignedInt(dir.getShort(p + 28));
                int extraLength = Short.toUnsignedInt(dir.getShort(p + 30));
                int commentLength = Short.toUnsignedInt(dir.getShort(p + 32));
                int external = dir.getInt(p + 38);
                if (p + 46 + nameLength > dir.limit()) {
                    throw new PackageException(WORDS.format("zip.directoryDamaged", i + 1));
                }
                byte[] nameBytes = new byte[nameLength];
                dir.get(p + 46, nameBytes);
                String name = decodeName(nameBytes, i + 1);
                boolean symlink = madeBy == UNIX && ((external >>> 16) & FILE_TYPE_MASK) == SYMLINK;
                entries.add(new Entry(name, compressed, size, method, (flags & 1) != 0, symlink));
                p += 46 + nameLength + extraLength + commentLength;
            }
            return List.copyOf(entries);
        }
    }

    private static String decodeName(byte[] bytes, int index) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PackageException(WORDS.format("zip.nameNotUtf8", index));
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new PackageException(WORDS.format("zip.endsEarly"));
            }
        }
        return buffer.flip();
    }
}
