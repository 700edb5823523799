package org.copydesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the small files Copydesk keeps beside the database (the lock file, the commit marker)
 * without ever following a link planted in the folder: the bytes go to a new file with a random
 * name that {@link Files#createTempFile} creates exclusively, which is then renamed over the
 * target. A rename replaces a symbolic link at the target instead of writing through it, and a
 * failure removes the temporary file.
 */
final class SideFiles {
    private SideFiles() {
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, LinkOption.NOFOLLOW_LINKS)) {
                out.write(bytes);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
