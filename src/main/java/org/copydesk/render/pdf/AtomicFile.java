package org.copydesk.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Writes a file under a temporary name in the target's own folder and moves it into place in one
 * step, so readers see either the old file or the complete new one, never half of it. Missing
 * folders on the way are created; a write that fails removes the folders it created.
 */
public final class AtomicFile {
    private static final Words WORDS = Words.ofPackage(AtomicFile.class);

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new IOException(WORDS.format("file.noFolder", absolute));
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(WORDS.format("file.isAFolder", absolute));
        }
        List<Path> created = createFolders(folder);
        Path temp = null;
        try {
            // Not Files.createTempFile: its files are private to the user (0600), and the move would hand that on
            // to a PDF the desk shares. A file made plainly gets the usual permissions (the umask).
            Path part = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
            OutputStream file = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            temp = part; // ours to delete only once we made it
            try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            for (Path made : created) {
                try {
                    Files.deleteIfExists(made);
                } catch (IOException notEmpty) {
                    // someone else put a file there meanwhile: leave it, and its folders, alone
                    e.addSuppressed(notEmpty);
                    break;
                }
            }
            throw e;
        }
    }

    /** Creates the missing folders down to {@code folder}; returns them deepest first, for removal. */
    private static List<Path> createFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            try {
                Files.createDirectory(missing.get(i));
            } catch (FileAlreadyExistsException e) {
                // made by someone else meanwhile: theirs, not ours to remove
                missing.remove(i);
            } catch (IOException e) {
                for (int j = i + 1; j < missing.size(); j++) {
                    Files.deleteIfExists(missing.get(j));
                }
                throw new IOException(WORDS.format("folder.notCreated", missing.get(i), FileErrorText.reason(e)), e);
            }
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(WORDS.format("folder.isAFile", folder));
        }
        return missing;
    }
}
