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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Writes several files into one folder as a set: each goes to a temporary name first, and only
 * when every one of them was written completely are they moved into place. Closing a set that was
 * not committed removes its temporaries and the folders it created, so a failure half-way (a full
 * disk, a cancelled export) leaves the folder as it was: no partial files, no half a set of pages.
 *
 * <pre>{@code
 * try (AtomicFileSet set = AtomicFileSet.in(folder)) {
 *     set.write("page-01.pdf", out -> ...);
 *     set.write("page-02.pdf", out -> ...);
 *     return set.commit();
 * }
 * }</pre>
 */
public final class AtomicFileSet implements AutoCloseable {
    private static final Words WORDS = Words.ofPackage(AtomicFileSet.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final List<Path> createdFolders;
    /** Final file -> its temporary, in the order written. */
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private boolean committed;

    private AtomicFileSet(Path folder, List<Path> createdFolders) {
        this.folder = folder;
        this.createdFolders = createdFolders;
    }

    /** A set of files in {@code folder}; missing folders on the way are created (and removed again on failure). */
    public static AtomicFileSet in(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(WORDS.format("folder.isAFile", absolute));
        }
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        List<Path> created = new ArrayList<>();
        try {
            for (int i = missing.size() - 1; i >= 0; i--) {
                try {
                    Files.createDirectory(missing.get(i));
                    created.add(0, missing.get(i));
                } catch (FileAlreadyExistsException e) {
                    // made by someone else meanwhile: theirs, not ours to remove
                }
            }
        } catch (IOException e) {
            removeFolders(created, e);
            throw new IOException(WORDS.format("folder.notCreated", absolute, FileErrorText.reason(e)), e);
        }
        return new AtomicFileSet(absolute, created);
    }

    /** Writes one file of the set under a temporary name in the folder. */
    public void write(String fileName, AtomicFile.Content content) throws IOException {
        if (committed) {
            throw new IllegalStateException("the set was committed already");
        }
        Path target = folder.resolve(fileName);
        if (!target.getParent().equals(folder) || pending.containsKey(target)) {
            throw new IllegalArgumentException("not a new file name in " + folder + ": " + fileName);
        }
        if (Files.isDirectory(target)) {
            // Found now, not when moving into place after the others: the set stays all or nothing.
            throw new IOException(WORDS.format("file.isAFolder", target));
        }
        // A plain file, not Files.createTempFile: that one is private to the user (0600), and the move would hand it on.
        Path temp = folder.resolve("." + fileName + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        pending.put(target, temp); // ours to delete from now on
        try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Moves every file into place, replacing files of the same name; returns them in the order written. */
    public List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (var file : pending.entrySet()) {
            try {
                Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file.getValue(), file.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(file.getKey());
        }
        committed = true;
        return List.copyOf(done);
    }

    /** Without a commit: removes the temporaries and the folders this set created. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        IOException failure = null;
        for (Path temp : pending.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        pending.clear();
        removeFolders(createdFolders, failure);
        if (failure != null) {
            throw failure;
        }
    }

    /** Deepest first; a folder someone else put a file into meanwhile stays, with its parents. */
    private static void removeFolders(List<Path> created, Exception cause) {
        for (Path made : created) {
            try {
                Files.deleteIfExists(made);
            } catch (IOException notEmpty) {
                if (cause != null) {
                    cause.addSuppressed(notEmpty);
                }
                return;
            }
        }
    }
}
