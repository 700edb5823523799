package org.copydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import org.copydesk.i18n.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an embedded database before it is opened for writing, beyond H2's own checks, so that a
 * damaged file is refused instead of being written over (which would make the loss permanent):
 * <ul>
 *   <li>the file is missing or empty while the side file says work was saved (H2 would create a new
 *       empty database);</li>
 *   <li>the file is empty and backups exist;</li>
 *   <li>the file is shorter than when Copydesk last closed it cleanly (it lost its tail);</li>
 *   <li>the database's commit marker is behind the side file's (H2 silently fell back to an older
 *       state, e.g. after the file lost its tail).</li>
 * </ul>
 * The marker is read through a read-only connection, because a read-write open already rewrites
 * parts of the file.
 */
final class DamageCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DamageCheck.class);
    private static final Words WORDS = Words.ofPackage(DamageCheck.class);

    private DamageCheck() {
    }

    static void beforeOpen(DatabaseLocation location) {
        OptionalLong saved = checkFile(location);
        if (saved.isPresent()) {
            readOnlyConnection(location, saved).ifPresent(DamageCheck::closeQuietly);
        }
    }

    /**
     * The checks of {@link #beforeOpen}, then the read-only connection the commit marker was read
     * through, left open for a caller that only reads. Empty when there is no file yet, or it cannot
     * be opened read-only (in use by another Copydesk, another H2 version …): the read-write open
     * then says why in full.
     */
    static Optional<Connection> openToRead(DatabaseLocation location) {
        OptionalLong saved = checkFile(location);
        Path file = location.databaseFile().orElseThrow();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || size(file) == 0) {
            return Optional.empty();
        }
        return readOnlyConnection(location, saved);
    }

    /**
     * The checks that need no connection; the count of writes the side file records when the
     * database's own marker must be compared with it.
     */
    private static OptionalLong checkFile(DatabaseLocation location) {
        Path file = location.databaseFile().orElseThrow();
        OptionalLong saved = CommitMarker.readSideFile(CommitMarker.sideFile(location));
        boolean workSaved = saved.isPresent() && saved.getAsLong() > 0;
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (workSaved) {
                throw new DatabaseDamagedException(location, WORDS.format("damage.missing", saved.getAsLong()));
            }
            return OptionalLong.empty();
        }
        if (size(file) == 0) {
            if (workSaved || !RollingBackups.list(location).isEmpty()) {
                throw new DatabaseDamagedException(location, WORDS.format("damage.empty"));
            }
            return OptionalLong.empty();
        }
        OptionalLong closedSize = CommitMarker.readClosedSize(CommitMarker.sideFile(location));
        if (closedSize.isPresent() && size(file) < closedSize.getAsLong()) {
            throw new DatabaseDamagedException(location, WORDS.format("damage.shorter",
                    closedSize.getAsLong() - size(file), closedSize.getAsLong()));
        }
        return workSaved ? saved : OptionalLong.empty();
    }

    /** A read-only connection, through which the marker is compared with {@code saved} when given. */
    private static Optional<Connection> readOnlyConnection(DatabaseLocation location, OptionalLong saved) {
        Connection c = null;
        long inDatabase;
        try {
            c = DriverManager.getConnection(location.jdbcUrl() + ";ACCESS_MODE_DATA=r", "sa", "");
            if (saved.isEmpty()) {
                return Optional.of(c);
            }
            inDatabase = CommitMarker.read(c);
        } catch (SQLException e) {
            closeQuietly(c);
            if (SqlErrors.isDamage(e)) {
                throw new DatabaseDamagedException(location, SqlErrors.damageMessage(e), e);
            }
            if (SqlErrors.h2Code(e) == SqlErrors.H2_TABLE_NOT_FOUND) {
                // The side file counts writes, so the database was once at schema 2 or later.
                throw new DatabaseDamagedException(location, WORDS.format("damage.markerGone", saved.getAsLong()), e);
            }
            // Locked by another Copydesk, another H2 version ...: the read-write open says it in full.
            LOG.debug("could not read the commit marker of {} before opening it", location.describe(), e);
            return Optional.empty();
        }
        if (inDatabase < saved.getAsLong()) {
            closeQuietly(c);
            throw new DatabaseDamagedException(location, WORDS.format("damage.older", inDatabase, saved.getAsLong()));
        }
        return Optional.of(c);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a read-only connection failed", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
