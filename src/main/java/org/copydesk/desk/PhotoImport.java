package org.copydesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.copydesk.exchange.PackageLimits;
import org.copydesk.exchange.PhotoMetadata;
import org.copydesk.exchange.PhotoMetadataReader;
import org.copydesk.i18n.Words;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.PhotoDecoder;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;

/**
 * Brings photo files into an edition, one by one: each file is checked (its size before it is read,
 * its format by its first bytes, its header before any pixel is decoded, then every row in bounded
 * memory) and saved in its own transaction, so a bad file is reported and the others still come in.
 * A photo whose bytes (SHA-256) are already in the edition is reported as a duplicate of that photo.
 * The original bytes are stored as they came; the EXIF orientation goes with them (decision 0013).
 */
public final class PhotoImport {
    private static final Words WORDS = Words.ofPackage(PhotoImport.class);
    /** Larger files are refused before they are read: 200 MB is more than any camera or scan sends. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L << 20;
    /** Folders are searched this deep for photos (a card's DCIM/100CANON is two). */
    private static final int FOLDER_DEPTH = 4;

    private final long maxFileBytes;
    private final PackageLimits limits;

    public PhotoImport() {
        this(DEFAULT_MAX_FILE_BYTES, PackageLimits.defaults());
    }

    /** {@code limits} bounds the pixels and decoded bytes of one photo, as for photos in a package. */
    public PhotoImport(long maxFileBytes, PackageLimits limits) {
        this.maxFileBytes = maxFileBytes;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** What became of one file. */
    public sealed interface Outcome {
        Path file();
    }

    /** Saved as a new, unplaced photo. */
    public record Imported(Path file, Photo photo) implements Outcome {
    }

    /** Not saved: the same bytes are already the edition's photo {@code existingId}. */
    public record Duplicate(Path file, String existingId, String existingFileName) implements Outcome {
    }

    /** Not saved: {@code message} names the file and says why. */
    public record Refused(Path file, String message) implements Outcome {
    }

    /**
     * Every file's outcome in order, and whether the import was cancelled with {@code notReached}
     * files left untouched.
     */
    public record Report(List<Outcome> outcomes, boolean cancelled, int notReached) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public List<Photo> imported() {
            return outcomes.stream().filter(Imported.class::isInstance).map(o -> ((Imported) o).photo()).toList();
        }

        public List<Duplicate> duplicates() {
            return outcomes.stream().filter(Duplicate.class::isInstance).map(Duplicate.class::cast).toList();
        }

        public List<Refused> refused() {
            return outcomes.stream().filter(Refused.class::isInstance).map(Refused.class::cast).toList();
        }
    }

    /** Told of each file as it is done, from the importing thread; asked before each file whether to stop. */
    public interface Progress {
        Progress NONE = (outcome, done, total) -> { };

        void fileDone(Outcome outcome, int done, int total);

        default boolean cancelRequested() {
            return false;
        }
    }

    /** A refused file: the message names it. */
    public static final class PhotoRefusedException extends RuntimeException {
        PhotoRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Checks one file's bytes and makes an unsaved photo of {@code editionId}, its caption prefilled
     * from the file's IPTC/XMP. Throws {@link PhotoRefusedException} naming {@code fileName}.
     */
    public Photo read(String fileName, byte[] bytes, String editionId) {
        PhotoFormat format = PhotoFormat.sniff(bytes)
                .orElseThrow(() -> refused("photo.notAnImage", fileName));
        String mediaType = format.mediaType();
        PhotoDecoder.Header header;
        try {
            header = PhotoDecoder.header(bytes, mediaType);
        } catch (IOException e) {
            throw refused("photo.badHeader", fileName, e.getMessage());
        }
        // From the header alone, before a single row is decoded: a bomb claims pixels its bytes cannot hold.
        if ((long) header.widthPx() * header.heightPx() > limits.maxImagePixels()) {
            throw refused("photo.tooManyPixels", fileName, header.widthPx(), header.heightPx(), limits.maxImagePixels());
        }
        if (header.rasterBytes() > limits.maxImageBytes()) {
            throw refused("photo.tooLargeDecoded", fileName, header.rasterBytes() >> 20, header.widthPx(),
                    header.heightPx(), limits.maxImageBytes() >> 20);
        }
        try {
            PhotoDecoder.verify(bytes, mediaType);
        } catch (IOException e) {
            throw refused("photo.damaged", fileName, e.getMessage());
        }
        PhotoMetadata metadata = PhotoMetadataReader.read(bytes, fileName);
        boolean sideways = metadata.orientation() >= 5;
        Photo photo = new Photo(UUID.randomUUID().toString(), editionId, fileName, mediaType, bytes, sha256(bytes),
                sideways ? header.heightPx() : header.widthPx(), sideways ? header.widthPx() : header.heightPx(),
                metadata.caption(), metadata.orientation(), metadata.details());
        if (!photo.fileIsComplete()) {
            throw refused("photo.cutShort", fileName);
        }
        return photo;
    }

    /** Reads and checks one file, refusing it unread when it is larger than the limit. */
    public Photo read(Path file, String editionId) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw refused("photo.fileTooLarge", file.toString(), size >> 20, maxFileBytes >> 20);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Read no more than the limit, should the file grow after it was measured.
                bytes = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxFileBytes) {
                throw refused("photo.fileTooLarge", file.toString(), bytes.length >> 20, maxFileBytes >> 20);
            }
            return withPath(() -> read(name, bytes, editionId), file);
        } catch (NoSuchFileException e) {
            throw refused("photo.noSuchFile", file.toString());
        } catch (IOException e) {
            throw refused("photo.unreadable", file.toString(), e.getMessage());
        }
    }

    /**
     * Imports every file, and every photo file in the folders given (sorted by path), into
     * {@code editionId}, each in its own transaction. Stops before the next file when {@code progress}
     * asks to; what is saved stays saved.
     */
    public Report importFiles(EditionRepository repository, String editionId, List<Path> filesOrFolders,
                              Progress progress) {
        Objects.requireNonNull(repository, "repository");
        List<Outcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path given : filesOrFolders) {
            expand(given, files, outcomes);
        }
        // Only names by digest, not the photos: their bytes would be held for the whole import.
        Map<String, Known> bySha = new HashMap<>();
        repository.loadEdition(editionId)
                .orElseThrow(() -> new OperationRefusedException(WORDS.format("photo.noEdition", editionId)))
                .photos().forEach(p -> bySha.putIfAbsent(p.sha256(), new Known(p.id(), p.fileName())));
        int total = files.size();
        for (int i = 0; i < total; i++) {
            if (progress.cancelRequested()) {
                return new Report(outcomes, true, total - i);
            }
            Outcome outcome = importOne(repository, editionId, files.get(i), bySha);
            outcomes.add(outcome);
            progress.fileDone(outcome, i + 1, total);
        }
        return new Report(outcomes, false, 0);
    }

    /** A photo already in the edition, by its digest. */
    private record Known(String id, String fileName) {
    }

    private Outcome importOne(EditionRepository repository, String editionId, Path file, Map<String, Known> bySha) {
        Photo photo;
        try {
            photo = read(file, editionId);
        } catch (PhotoRefusedException e) {
            return new Refused(file, e.getMessage());
        }
        Known existing = bySha.get(photo.sha256());
        if (existing != null) {
            return new Duplicate(file, existing.id(), existing.fileName());
        }
        try {
            repository.insertPhoto(photo);
        } catch (StoreException e) {
            return new Refused(file, WORDS.format("photo.notSaved", file.toString(), e.getMessage()));
        }
        bySha.put(photo.sha256(), new Known(photo.id(), photo.fileName()));
        return new Imported(file, photo);
    }

    private static void expand(Path given, List<Path> files, List<Outcome> problems) {
        if (!Files.isDirectory(given)) {
            files.add(given);
            return;
        }
        try (Stream<Path> found = Files.walk(given, FOLDER_DEPTH)) {
            found.filter(Files::isRegularFile).filter(PhotoFormat::looksLikePhoto).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Refused(given, WORDS.format("photo.folderUnreadable", given.toString(), e.getMessage())));
        }
    }

    /** Runs {@code read}, putting the whole path in place of the bare file name in a refusal. */
    private static Photo withPath(java.util.function.Supplier<Photo> read, Path file) {
        try {
            return read.get();
        } catch (PhotoRefusedException e) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            String message = e.getMessage();
            throw new PhotoRefusedException(message.startsWith(name) ? file + message.substring(name.length()) : message);
        }
    }

    private static PhotoRefusedException refused(String key, Object... args) {
        return new PhotoRefusedException(WORDS.format(key, args));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
