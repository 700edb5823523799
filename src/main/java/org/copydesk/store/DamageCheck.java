package org.copydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
        Path file = location.databaseFile().orElseThrow();
        OptionalLong saved = CommitMarker.readSideFile(CommitMarker.sideFile(location));
        boolean workSaved = saved.isPresent() && saved.getAsLong() > 0;
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (workSaved) {
                throw new DatabaseDamagedException(location, WORDS.format("damage.missing", saved.getAsLong()));
            }
            return;
        }
        if (size(file) == 0) {
            if (workSaved || !RollingBackups.list(location).isEmpty()) {
                throw new DatabaseDamagedException(location, WORDS.format("damage.empty"));
            }
            return;
        }
        OptionalLong closedSize = CommitMarker.readClosedSize(CommitMarker.sideFile(location));
        if (closedSize.isPresent() && size(file) < closedSize.getAsLong()) {
            throw new DatabaseDamagedException(location, WORDS.format("damage.shorter",
                    closedSize.getAsLong() - size(file), closedSize.getAsLong()));
        }
        if (workSaved) {
            compareMarker(location, saved.getAsLong());
        }
    }

    private static void compareMarker(DatabaseLocation location, long saved) {
        long inDatabase;
        try (Connection c = DriverManager.getConnection(location.jdbcUrl() + ";ACCESS_MODE_DATA=r", "sa", "")) {
            inDatabase = CommitMarker.read(c);
        } catch (SQLException e) {
            if (SqlErrors.isDamage(e)) {
                throw new DatabaseDamagedException(location, SqlErrors.damageMessage(e), e);
            }
            if (SqlErrors.h2Code(e) == SqlErrors.H2_TABLE_NOT_FOUND) {
                // The side file counts writes, so the database was once at schema 2 or later.
                throw new DatabaseDamagedException(location, WORDS.format("damage.markerGone", saved), e);
            }
            // Locked by another Copydesk, another H2 version ...: the read-write open says it in full.
            LOG.debug("could not read the commit marker of {} before opening it", location.describe(), e);
            return;
        }
        if (inDatabase < saved) {
            throw new DatabaseDamagedException(location, WORDS.format("damage.older", inDatabase, saved));
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
