package org.copydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of a damaged embedded database: the damaged file is renamed aside
 * ({@code copydesk-damaged-20261202T113005Z.mv.db}, never deleted), the backup's data file takes its
 * place, and work saved after the backup is read back from the damaged file where it can be
 * ({@link RevisionSalvage}). The window and the CLI both call this; neither speaks SQL.
 */
public final class DatabaseRestore {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRestore.class);
    private static final Words WORDS = Words.ofPackage(DatabaseRestore.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private DatabaseRestore() {
    }

    /** The rolling backups of {@code location}, newest first. */
    public static List<BackupFile> backups(DatabaseLocation location) {
        return RollingBackups.list(location);
    }

    /** The newest rolling backup that opens as a database, if any. */
    public static Optional<BackupFile> newestUsable(DatabaseLocation location) {
        for (BackupFile backup : backups(location)) {
            try {
                BackupWriter.verify(backup.file(), backup.file());
                return Optional.of(backup);
            } catch (IOException | StoreException e) {
                LOG.warn("the backup {} does not open; trying an older one", backup.file(), e);
            }
        }
        return Optional.empty();
    }

    /** Restores the newest rolling backup that opens. */
    public static RestoreReport restoreLatest(DatabaseLocation location) {
        requireManaged(location);
        BackupFile backup = newestUsable(location).orElseThrow(() -> new StoreException(
                WORDS.format("restore.noBackup", location.describe(), RollingBackups.folder(location))));
        return restore(location, backup);
    }

    /** Restores the backup zip {@code file} (a rolling backup or one made with File > Back up). */
    public static RestoreReport restore(DatabaseLocation location, Path file) {
        requireManaged(location);
        Path zip = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(zip)) {
            throw new StoreException(WORDS.format("restore.notFile", zip));
        }
        Instant time = backups(location).stream().filter(b -> b.file().equals(zip)).findFirst()
                .map(BackupFile::time).orElseGet(() -> modified(zip));
        return restore(location, new BackupFile(zip, time));
    }

    private static RestoreReport restore(DatabaseLocation location, BackupFile backup) {
        refuseWhileOpen(location);
        Path dir = location.directory().orElseThrow();
        Path live = location.databaseFile().orElseThrow();
        Path incoming = null;
        try {
            BackupWriter.verify(backup.file(), backup.file());
            // A backup may be restored on a new machine, into a folder that does not exist yet.
            Files.createDirectories(dir);
            incoming = Files.createTempFile(dir, "." + location.baseName() + ".restore-", ".mv.db");
            extractDataFile(backup.file(), incoming);
            Optional<Path> keptAs = moveAside(location, live);
            Files.move(incoming, live, StandardCopyOption.ATOMIC_MOVE);
            // The restored database is the new truth: its own marker starts the count again.
            Files.deleteIfExists(CommitMarker.sideFile(location));
            LOG.info("restored {} from {}; the damaged file is kept as {}", live, backup.file(), keptAs);
            RevisionSalvage.Outcome salvaged;
            try (Database restored = Database.open(location)) {
                salvaged = keptAs.map(damaged -> RevisionSalvage.salvage(damaged, restored.transactor()))
                        .orElse(RevisionSalvage.Outcome.nothing(WORDS.format("restore.fileWasMissing")));
            }
            return new RestoreReport(backup, keptAs, salvaged.editions(), salvaged.articles(), salvaged.revisions(),
                    salvaged.how());
        } catch (IOException e) {
            throw new StoreException(WORDS.format("restore.failed", location.describe(), backup.file(),
                    FileErrorText.reason(e)), e);
        } finally {
            if (incoming != null) {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException e) {
                    LOG.debug("could not remove {}", incoming, e);
                }
            }
        }
    }

    /**
     * Renames the damaged file (and its commit marker, for the record) aside; never deletes it. The
     * name must not start with {@code copydesk.}: H2's {@code BACKUP} takes every {@code copydesk.*.mv.db}
     * in the folder as part of the database and fails on a second one.
     */
    private static Optional<Path> moveAside(DatabaseLocation location, Path live) throws IOException {
        if (!Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String stamp = STAMP.format(Instant.now());
        Path dir = live.getParent();
        Path aside = dir.resolve(location.baseName() + "-damaged-" + stamp + DatabaseLocation.H2_FILE_SUFFIX);
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = dir.resolve(location.baseName() + "-damaged-" + stamp + "-" + n + DatabaseLocation.H2_FILE_SUFFIX);
        }
        Files.move(live, aside, StandardCopyOption.ATOMIC_MOVE);
        Path marker = CommitMarker.sideFile(location);
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            String name = aside.getFileName().toString();
            Files.copy(marker, aside.resolveSibling(name.substring(0, name.length() - DatabaseLocation.H2_FILE_SUFFIX.length())
                    + CommitMarker.SIDE_FILE_SUFFIX), LinkOption.NOFOLLOW_LINKS);
        }
        return Optional.of(aside);
    }

    private static void extractDataFile(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                // Only the data file matters; the entry name is never used as a path.
                if (!entry.isDirectory() && entry.getName().endsWith(DatabaseLocation.H2_FILE_SUFFIX)) {
                    copy(in, target);
                    return;
                }
            }
        }
        throw new StoreException(WORDS.format("restore.noDataFile", zip));
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A restore must not pull the file from under a Copydesk that has it open. */
    private static void refuseWhileOpen(DatabaseLocation location) {
        FileInUse.liveHolder(location).ifPresent(h -> {
            throw new StoreException(WORDS.format("restore.openElsewhere", location.describe(), h.pid(), h.host()));
        });
        if (FileInUse.openAnywhere(location)) {
            throw new StoreException(WORDS.format("restore.inUse", location.describe()));
        }
    }

    private static void requireManaged(DatabaseLocation location) {
        if (location.directory().isEmpty() || !location.isEmbeddedH2()) {
            throw new StoreException(WORDS.format("restore.serverOnly", location.describe()));
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
