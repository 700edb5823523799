package org.copydesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the space an embedded database no longer uses, offline: the file is copied to a new,
 * compact one beside it, the copy is checked against the original, and an atomic rename puts it in
 * place. Copydesk never lets H2 compact a file in place (decision 0010); this is the way decision
 * 0039 adds instead. The window never runs it: the database must be closed.
 *
 * <p>Steps, each refusing with the database left as it was:
 * <ol>
 *   <li>an embedded file only (a PostgreSQL server reclaims space itself); no Copydesk or other
 *       program may have it open; enough free space for a copy as large as the file;</li>
 *   <li>open it as Copydesk does, which runs the damage check ({@link DamageCheck}: a damaged file is
 *       refused, never compacted), and take a rolling backup, so the newest backup holds exactly what
 *       is compacted;</li>
 *   <li>H2's {@link MVStoreTool#compact(String, String, boolean)} copies the live data into
 *       {@code copydesk-compacting.mv.db} (a name H2 can open, and one H2's {@code BACKUP} does not
 *       take for part of the database); a copy left by an interrupted run is replaced;</li>
 *   <li>the copy is opened read-only through the damage check's path and compared with the original,
 *       opened read-only the same way ({@link TableDigests}): the schema script, then every table's
 *       row count and a SHA-256 of all its rows in primary-key order, every column, photo bytes
 *       included. Reading every byte costs about what the copy itself costs, and it is the one check
 *       that proves no story, revision or photo was lost or changed, which counts and schema alone do
 *       not. The copy's schema must be this Copydesk's;</li>
 *   <li>the copy is synced to disk and renamed over {@code copydesk.mv.db} (atomic), and the folder
 *       synced. The commit marker keeps its count (the copy holds the same one) and records the new
 *       file's size as its closed size.</li>
 * </ol>
 * A kill at any moment leaves the old file or the new one, each complete, under the database's name:
 * the copy has another name until the rename, which is atomic. The marker is written before the
 * rename with the smaller of the two sizes, so the next open accepts whichever file is there.
 */
public final class DatabaseCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCompaction.class);
    private static final Words WORDS = Words.ofPackage(DatabaseCompaction.class);
    static final String COPY_SUFFIX = "-compacting";
    /** Room beyond the file's size, for the copy's own headers and H2's temporary needs. */
    private static final long SPACE_MARGIN = 16L << 20;

    /** The long steps, in order. */
    public enum Step { BACK_UP, COPY, COMPARE, INSTALL }

    /** Told as each step starts and after each table compared; the CLI prints it on stderr. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void step(Step step) {
        }

        default void tableCompared(int done, int total) {
        }
    }

    /**
     * What a compaction did.
     *
     * @param sizeBefore the file's size when the command started
     * @param sizeAfter  the compacted file's size
     * @param backup     the backup taken first
     * @param tables     the tables compared
     * @param rows       the rows compared, in all tables
     */
    public record Report(Path file, long sizeBefore, long sizeAfter, BackupFile backup, int tables, long rows,
                         Duration took) {
    }

    /** Writes the compacted copy of one file to another; H2's tool, or a test's. */
    @FunctionalInterface
    interface Copier {
        Copier H2 = (source, target) -> MVStoreTool.compact(source.toString(), target.toString(), false);

        void copy(Path source, Path target) throws IOException;
    }

    private DatabaseCompaction() {
    }

    /** Compacts the embedded database at {@code location}, which must be closed. */
    public static Report compact(DatabaseLocation location, Progress progress) {
        return compact(location, progress, Copier.H2);
    }

    static Report compact(DatabaseLocation location, Progress progress, Copier copier) {
        long start = System.nanoTime();
        requireEmbedded(location);
        Path live = location.databaseFile().orElseThrow();
        Path copy = copyFile(location);
        refuseWhileOpen(location, copy);
        if (!Files.isRegularFile(live, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(WORDS.format("compact.noFile", live));
        }
        try {
            // A copy an interrupted run left is never used: it was not checked.
            removeCopy(copy);
        } catch (IOException e) {
            throw new StoreException(WORDS.format("compact.failed", live, FileErrorText.reason(e)), e);
        }
        requireSpace(location, live);
        long before = size(live);

        progress.step(Step.BACK_UP);
        BackupFile backup;
        try (Database database = Database.open(location)) {
            backup = database.backUpNow();
        }
        requireSpace(location, live);
        try {
            progress.step(Step.COPY);
            try {
                copier.copy(live, copy);
            } catch (RuntimeException e) {
                // MVStoreTool speaks in H2's exceptions; the disk's own error is the useful part.
                throw new StoreException(WORDS.format("compact.copyFailed", live, copy, reason(e)), e);
            }
            sync(copy);
            progress.step(Step.COMPARE);
            Checked checked = compare(location, copy, progress);
            progress.step(Step.INSTALL);
            install(location, copy, checked);
            long after = Files.size(live);
            LOG.info("compacted {} from {} to {} bytes", live, before, after);
            return new Report(live, before, after, backup, checked.tables(), checked.rows(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new StoreException(WORDS.format("compact.failed", live, FileErrorText.reason(e)), e);
        } finally {
            try {
                removeCopy(copy);
            } catch (IOException e) {
                LOG.warn("could not remove the compacted copy {}", copy, e);
            }
        }
    }

    /** The temporary copy beside the database: {@code copydesk-compacting.mv.db}. */
    static Path copyFile(DatabaseLocation location) {
        return location.directory().orElseThrow()
                .resolve(location.baseName() + COPY_SUFFIX + DatabaseLocation.H2_FILE_SUFFIX);
    }

    /** What the comparison found equal, and the state of the original it was made against. */
    private record Checked(int tables, long rows, long counter, long size, FileTime modified) {
    }

    /**
     * Opens the copy and the original read-only and compares them; the original stays locked against
     * writers while it is read, and its size and time are kept to prove nothing wrote to it after.
     */
    private static Checked compare(DatabaseLocation location, Path copy, Progress progress) throws IOException {
        Path live = location.databaseFile().orElseThrow();
        TableDigests.Contents ours;
        try (Connection copied = openCopy(location, copy)) {
            if (!SchemaCheck.isCurrent(copied)) {
                throw new StoreException(WORDS.format("compact.copyNotCurrent", live, copy));
            }
            int total = TableDigests.tableCount(copied);
            ours = TableDigests.of(copied, done -> progress.tableCompared(done, 2 * total));
        } catch (SQLException | UncheckedIOException e) {
            throw new StoreException(WORDS.format("compact.copyUnreadable", live, copy, reason(e)), e);
        }
        Connection original = DataSafeguards.openToRead(location)
                .orElseThrow(() -> new StoreException(WORDS.format("compact.inUse", location.describe())));
        try (original) {
            int total = ours.tables().size();
            TableDigests.Contents theirs;
            try {
                theirs = TableDigests.of(original, done -> progress.tableCompared(total + done, 2 * total));
            } catch (SQLException e) {
                if (SqlErrors.isDamage(e)) {
                    throw new DatabaseDamagedException(location, SqlErrors.damageMessage(e), e);
                }
                throw new StoreException(WORDS.format("compact.unreadable", live, SqlErrors.shortMessage(e)), e);
            } catch (UncheckedIOException e) {
                throw new DatabaseDamagedException(location, WORDS.format("compact.damagedPart", reason(e)), e);
            }
            requireEqual(live, copy, theirs, ours);
            return new Checked(ours.tables().size(), ours.rows(), CommitMarker.read(original),
                    Files.size(live), Files.getLastModifiedTime(live));
        } catch (SQLException e) {
            throw new StoreException(WORDS.format("compact.unreadable", live, SqlErrors.shortMessage(e)), e);
        }
    }

    private static Connection openCopy(DatabaseLocation location, Path copy) {
        DatabaseLocation at = DatabaseLocation.resolve(Optional.of(copy.toString()), Map.of());
        try {
            return DataSafeguards.openToRead(at).orElseThrow(() -> new StoreException(
                    WORDS.format("compact.copyUnreadable", location.describe(), copy, "-")));
        } catch (DatabaseDamagedException e) {
            // Damage in the copy is the copy's fault, not the database's: no restore to suggest.
            throw new StoreException(WORDS.format("compact.copyUnreadable", location.describe(), copy, e.problem()), e);
        }
    }

    private static void requireEqual(Path live, Path copy, TableDigests.Contents original, TableDigests.Contents copied) {
        if (!original.schemaSha256().equals(copied.schemaSha256())) {
            throw new StoreException(WORDS.format("compact.schemaDiffers", live, copy));
        }
        if (!original.tables().stream().map(TableDigests.Table::name).toList()
                .equals(copied.tables().stream().map(TableDigests.Table::name).toList())) {
            throw new StoreException(WORDS.format("compact.schemaDiffers", live, copy));
        }
        for (int i = 0; i < original.tables().size(); i++) {
            TableDigests.Table a = original.tables().get(i);
            TableDigests.Table b = copied.tables().get(i);
            if (a.rows() != b.rows()) {
                throw new StoreException(WORDS.format("compact.rowsDiffer", live, a.name(), a.rows(), b.rows()));
            }
            if (!a.sha256().equals(b.sha256())) {
                throw new StoreException(WORDS.format("compact.valuesDiffer", live, a.name(), a.rows()));
            }
        }
    }

    /**
     * Renames the checked copy over the database. The marker is written first with the smaller size
     * (the old file and the new one both pass the damage check), and with the new size after.
     */
    private static void install(DatabaseLocation location, Path copy, Checked checked) throws IOException {
        Path live = location.databaseFile().orElseThrow();
        Path marker = CommitMarker.sideFile(location);
        long after = Files.size(copy);
        // Between the comparison and here the file was closed: a writer that got in changed it.
        if (FileInUse.lockedByH2(live) || Files.size(live) != checked.size()
                || !Files.getLastModifiedTime(live).equals(checked.modified())) {
            throw new StoreException(WORDS.format("compact.changed", live));
        }
        CommitMarker.writeSideFile(marker, checked.counter(), OptionalLong.of(Math.min(after, checked.size())));
        Files.move(copy, live, StandardCopyOption.ATOMIC_MOVE);
        sync(live.getParent());
        try {
            CommitMarker.writeSideFile(marker, checked.counter(), OptionalLong.of(after));
        } catch (IOException e) {
            // The marker written before the rename already accepts the new file.
            LOG.warn("could not record the compacted size in {}", marker, e);
        }
    }

    private static void requireEmbedded(DatabaseLocation location) {
        if (location.directory().isPresent() && location.isEmbeddedH2()) {
            return;
        }
        throw new StoreException(location.isH2()
                ? WORDS.format("compact.embeddedOnly", location.describe())
                : WORDS.format("compact.server", location.describe()));
    }

    private static void refuseWhileOpen(DatabaseLocation location, Path copy) {
        if (Database.isOpenHere(location)) {
            throw new StoreException(WORDS.format("compact.inUse", location.describe()));
        }
        FileInUse.liveHolder(location).ifPresent(h -> {
            throw new StoreException(WORDS.format("compact.openElsewhere", location.describe(), h.pid(), h.host()));
        });
        if (FileInUse.openAnywhere(location)) {
            throw new StoreException(WORDS.format("compact.inUse", location.describe()));
        }
        if (FileInUse.lockedByH2(copy)) {
            throw new StoreException(WORDS.format("compact.running", location.describe(), copy));
        }
    }

    /** The copy holds at most the live data, which the file holds with room to spare. */
    private static void requireSpace(DatabaseLocation location, Path live) {
        Path dir = location.directory().orElseThrow();
        try {
            long needed = Files.size(live) + SPACE_MARGIN;
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < needed) {
                throw new StoreException(WORDS.format("compact.noSpace", live, dir, needed >> 20, free >> 20));
            }
        } catch (IOException e) {
            throw new StoreException(WORDS.format("compact.failed", live, FileErrorText.reason(e)), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException(WORDS.format("compact.failed", file, FileErrorText.reason(e)), e);
        }
    }

    /** Removes a copy (this run's, or one an interrupted run left) and the trace file H2 may add beside it. */
    private static void removeCopy(Path copy) throws IOException {
        Files.deleteIfExists(copy);
        String name = copy.getFileName().toString();
        Files.deleteIfExists(copy.resolveSibling(
                name.substring(0, name.length() - DatabaseLocation.H2_FILE_SUFFIX.length()) + ".trace.db"));
    }

    /** Forces a file's bytes, or a folder's entries, to the disk. */
    private static void sync(Path path) throws IOException {
        boolean folder = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
            // Some systems (Windows) cannot open a folder to sync it; the rename is durable there by itself.
            LOG.debug("could not sync the folder {}", path, e);
        }
    }

    /** In words: a file error (a full disk) anywhere in the chain first, else what H2 says without its codes. */
    private static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return FileErrorText.reason(io);
            }
        }
        if (e instanceof SQLException sql) {
            return SqlErrors.shortMessage(sql);
        }
        return SqlErrorText.withoutCodes(String.valueOf(e.getMessage()));
    }
}
