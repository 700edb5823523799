package org.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.copydesk.i18n.Words;

/**
 * What protects an embedded database beyond H2 itself, attached to one open {@link Database}: the
 * commit marker kept beside the file and the rolling backups. Server databases get neither: their
 * server keeps them safe, and there is no folder of ours to write to.
 */
final class DataSafeguards {
    private static final Words WORDS = Words.ofPackage(DataSafeguards.class);

    private final DatabaseLocation location;
    private final BackupPolicy policy;
    /** Null for a server database; set once in {@link #start}. */
    private CommitMarker marker;
    /** Set once in {@link #backUpWith}, after the transactor the marker hooks into exists. */
    private volatile RollingBackups backups;

    private DataSafeguards(DatabaseLocation location, BackupPolicy policy) {
        this.location = location;
        this.policy = policy;
    }

    /** Refuses a damaged database before anything opens it for writing ({@link DamageCheck}). */
    static void checkBeforeOpen(DatabaseLocation location) {
        if (managed(location)) {
            DamageCheck.beforeOpen(location);
        }
    }

    /**
     * For a database opened only to read: the checks of {@link #checkBeforeOpen} and the read-only
     * connection they used; empty when the database is not an embedded file of ours or that
     * connection could not be had.
     */
    static Optional<Connection> openToRead(DatabaseLocation location) {
        return managed(location) ? DamageCheck.openToRead(location) : Optional.empty();
    }

    /**
     * None of the safeguards, for a database opened read-only: nothing is written, so there is no
     * count to keep and nothing new to back up.
     */
    static DataSafeguards none(DatabaseLocation location) {
        return new DataSafeguards(location, BackupPolicy.DEFAULT);
    }

    /** Starts the safeguards for the migrated database on {@code connection}. */
    static DataSafeguards start(DatabaseLocation location, BackupPolicy policy, Connection connection) {
        DataSafeguards safeguards = new DataSafeguards(location, policy);
        if (managed(location)) {
            try {
                safeguards.marker = CommitMarker.start(connection, CommitMarker.sideFile(location), safeguards::afterWrite);
                safeguards.marker.opened();
            } catch (SQLException e) {
                throw new StoreException(WORDS.format("marker.unreadable", location.describe(), SqlErrors.shortMessage(e)), e);
            }
        }
        return safeguards;
    }

    /** The hook the transactor calls around each commit. */
    Transactor.CommitHook commitHook() {
        return marker == null ? Transactor.CommitHook.NONE : marker;
    }

    /** Starts rolling backups through {@code transactor}, once it exists. */
    void backUpWith(Transactor transactor) {
        if (marker != null) {
            backups = new RollingBackups(location, policy, transactor, Clock.systemUTC());
        }
    }

    /** A rolling backup now, as the window takes one (for the compaction, which must start from one). */
    BackupFile backUpNow() {
        RollingBackups current = backups;
        if (current == null) {
            throw new IllegalStateException("no rolling backups for " + location.describe());
        }
        return current.backUp();
    }

    /** Before the database closes: waits for a running backup and takes the closing one. */
    void close() {
        RollingBackups current = backups;
        if (current != null) {
            current.close();
        }
    }

    /** After the database shut down cleanly: records the file's size beside it. */
    void afterShutdown() {
        if (marker != null) {
            marker.closed(location.databaseFile().orElseThrow());
        }
    }

    private void afterWrite() {
        RollingBackups current = backups;
        if (current != null) {
            current.afterWrite();
        }
    }

    private static boolean managed(DatabaseLocation location) {
        return location.directory().isPresent() && location.isEmbeddedH2();
    }
}
