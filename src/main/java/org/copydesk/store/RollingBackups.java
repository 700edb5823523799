package org.copydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verified backups of the embedded database in the {@code backups} folder beside it, named
 * {@code copydesk-20261202T113005Z.zip} (UTC): one at most every {@link BackupPolicy#interval()}
 * while edits are saved, taken on a background thread, and one on close when anything was written
 * since; the newest {@link BackupPolicy#keep()} are kept. The check after each write is a clock read.
 */
final class RollingBackups {
    private static final Logger LOG = LoggerFactory.getLogger(RollingBackups.class);
    static final String FOLDER = "backups";
    /** To the millisecond: two closes within one second (the CLI) must not overwrite each other's backup. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final DatabaseLocation location;
    private final BackupPolicy policy;
    private final Transactor transactor;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastBackup;
    private volatile boolean dirty;
    private ExecutorService executor;

    RollingBackups(DatabaseLocation location, BackupPolicy policy, Transactor transactor, Clock clock) {
        this.location = location;
        this.policy = policy;
        this.transactor = transactor;
        this.clock = clock;
        this.lastBackup = list(location).stream().findFirst().map(BackupFile::time).orElse(Instant.EPOCH);
    }

    /** After a committed write: starts a backup in the background when the last one is old enough. */
    void afterWrite() {
        dirty = true;
        if (clock.instant().isBefore(lastBackup.plus(policy.interval())) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor().execute(() -> {
                try {
                    backUp();
                } catch (RuntimeException e) {
                    LOG.warn("the rolling backup of {} failed; the previous ones are kept", location.describe(), e);
                } finally {
                    running.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            running.set(false); // closing: close() takes the last backup
        }
    }

    /** Waits for a running backup, then backs up if anything was written since the last one (or none exists). */
    void close() {
        synchronized (this) {
            if (executor != null) {
                executor.shutdown();
                try {
                    executor.awaitTermination(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (dirty || list(location).isEmpty()) {
            try {
                backUp();
            } catch (RuntimeException e) {
                LOG.warn("the closing backup of {} failed; the previous ones are kept", location.describe(), e);
            }
        }
    }

    /** Takes a backup now and removes the ones beyond {@link BackupPolicy#keep()}. */
    BackupFile backUp() {
        Instant now = clock.instant();
        dirty = false;
        Path zip = folder(location).resolve(location.baseName() + "-" + STAMP.format(now) + ".zip");
        BackupWriter.write(transactor, zip, location.describe());
        lastBackup = now;
        LOG.info("backed up {} to {}", location.describe(), zip);
        prune();
        return new BackupFile(zip, now);
    }

    private void prune() {
        List<BackupFile> all = list(location);
        for (BackupFile old : all.subList(Math.min(policy.keep(), all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("could not remove the old backup {}", old.file(), e);
            }
        }
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "copydesk-backup");
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    /** The folder the rolling backups of {@code location} go to. */
    static Path folder(DatabaseLocation location) {
        return location.directory().orElseThrow().resolve(FOLDER);
    }

    /** The rolling backups of {@code location}, newest first; empty for a server database. */
    static List<BackupFile> list(DatabaseLocation location) {
        if (location.directory().isEmpty()) {
            return List.of();
        }
        Path folder = folder(location);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(location.baseName()) + "-(\\d{8}T\\d{6}\\.\\d{3}Z)\\.zip");
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                Matcher m = name.matcher(p.getFileName().toString());
                if (m.matches()) {
                    parse(m.group(1)).ifPresent(time -> found.add(new BackupFile(p, time)));
                }
            });
        } catch (IOException e) {
            LOG.warn("could not list the backups in {}", folder, e);
        }
        found.sort(Comparator.comparing(BackupFile::time).reversed());
        return List.copyOf(found);
    }

    private static Optional<Instant> parse(String stamp) {
        try {
            return Optional.of(STAMP.parse(stamp, Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
