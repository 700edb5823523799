package org.copydesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit marker: a counter raised in every write transaction, stored in the database
 * ({@code commit_marker}, schema 2) and, after the commit, in the side file {@code copydesk.commit}
 * beside it. The side file is written after the database commits, so it is never ahead of a healthy
 * database; a database behind it has lost committed work ({@link DamageCheck}). After a clean close
 * the side file also holds the file's size: a file found shorter at the next open lost its tail.
 *
 * <p>Cost per transaction: H2's {@code TRANSACTION_ID()} (null when nothing was written, so reads
 * pay one tiny query), and for a write one single-row update; the side file is written on a
 * background thread.
 */
final class CommitMarker implements Transactor.CommitHook {
    private static final Logger LOG = LoggerFactory.getLogger(CommitMarker.class);
    static final String SIDE_FILE_SUFFIX = ".commit";
    private static final String COUNTER = "counter=";
    private static final String CLOSED_SIZE = "closed-size=";
    private static final long WRITE_PAUSE_MILLIS = 200;

    private final Path sideFile;
    private final Runnable afterWrite;
    /** The committed counter; written by the transactor's thread only. */
    private long counter;
    private boolean pending;
    private boolean warned;
    /** The newest committed counter not yet in the side file, or -1; the writer thread takes it. */
    private final AtomicLong unwritten = new AtomicLong(-1);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "copydesk-commit-marker");
        t.setDaemon(true);
        return t;
    });

    private CommitMarker(Path sideFile, long counter, Runnable afterWrite) {
        this.sideFile = sideFile;
        this.counter = counter;
        this.afterWrite = afterWrite;
    }

    /** Reads the database's counter; {@code afterWrite} runs after every committed write. */
    static CommitMarker start(Connection connection, Path sideFile, Runnable afterWrite) throws SQLException {
        return new CommitMarker(sideFile, read(connection), afterWrite);
    }

    /** The counter in the database. */
    static long read(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT counter FROM commit_marker WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The side file beside the database file {@code databaseFile}. */
    static Path sideFile(DatabaseLocation location) {
        return location.directory().orElseThrow().resolve(location.baseName() + SIDE_FILE_SUFFIX);
    }

    /** The counter the side file holds; empty when there is none or it cannot be read. */
    static OptionalLong readSideFile(Path sideFile) {
        return readValue(sideFile, COUNTER);
    }

    /**
     * The size the database file had when Copydesk last closed it cleanly; empty once the database
     * has been opened again (it may change size from then on) or when unknown.
     */
    static OptionalLong readClosedSize(Path sideFile) {
        return readValue(sideFile, CLOSED_SIZE);
    }

    private static OptionalLong readValue(Path sideFile, String key) {
        try {
            if (!Files.isRegularFile(sideFile, LinkOption.NOFOLLOW_LINKS)) {
                return OptionalLong.empty();
            }
            for (String line : Files.readAllLines(sideFile, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return OptionalLong.of(Long.parseLong(line.substring(key.length()).strip()));
                }
            }
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.warn("the commit marker {} cannot be read; the database is opened without comparing it", sideFile, e);
        }
        return OptionalLong.empty();
    }

    /** Writes {@code counter} (and the closed file's size) to the side file, atomically, without following links. */
    static void writeSideFile(Path sideFile, long counter, OptionalLong closedSize) throws IOException {
        String text = "# Copydesk: the number of write transactions committed to the database beside this file.\n"
                + "# A database whose own count is lower has lost work and is refused as damaged.\n"
                + COUNTER + counter + "\n"
                + (closedSize.isPresent() ? CLOSED_SIZE + closedSize.getAsLong() + "\n" : "");
        SideFiles.writeAtomically(sideFile, text.getBytes(StandardCharsets.UTF_8));
    }

    /** On open: the file may change size from now on, so the closed size no longer holds. */
    void opened() {
        write(counter, OptionalLong.empty());
    }

    /** After a clean shutdown: records the file's size, which nothing should shrink until the next open. */
    void closed(Path databaseFile) {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            write(counter, OptionalLong.of(Files.size(databaseFile)));
        } catch (IOException e) {
            LOG.warn("could not read the size of {}", databaseFile, e);
        }
    }

    /**
     * Writes the newest committed counter on the writer thread. Renaming a file over another costs
     * milliseconds on ext4 (it flushes the new file's data first), too much for every autosave, so
     * commits only hand the number over; a burst of commits becomes one write of the last number.
     * The file may lag the database by the moment this takes, never lead it.
     */
    private void writeLater(long committed) {
        if (unwritten.getAndSet(committed) >= 0) {
            return; // a write is queued and will take the newer number
        }
        try {
            writer.execute(() -> {
                write(unwritten.getAndSet(-1), OptionalLong.empty());
                try {
                    // At most five renames a second: while saves come faster than that (a burst, the
                    // benchmark) the file's I/O competed with H2's own; autosave writes far more rarely.
                    Thread.sleep(WRITE_PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (RejectedExecutionException e) {
            unwritten.set(-1); // closing: closed() writes the last number
        }
    }

    private synchronized void write(long value, OptionalLong closedSize) {
        try {
            writeSideFile(sideFile, value, closedSize);
        } catch (IOException e) {
            // The work is committed; a stale side file only weakens the check, so say it once.
            if (!warned) {
                warned = true;
                LOG.warn("could not update the commit marker {}; damage detection is weaker until it can", sideFile, e);
            }
        }
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        pending = false;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT TRANSACTION_ID()")) {
            if (!rs.next() || rs.getString(1) == null) {
                return;
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE commit_marker SET counter = ? WHERE id = 1")) {
            update.setLong(1, counter + 1);
            update.executeUpdate();
        }
        pending = true;
    }

    @Override
    public void afterCommit() {
        if (!pending) {
            return;
        }
        pending = false;
        counter++;
        writeLater(counter);
        afterWrite.run();
    }
}
