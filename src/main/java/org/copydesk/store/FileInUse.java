package org.copydesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an embedded database is open somewhere, for the operations that replace its file while it
 * is closed (restore, compaction). The lock file names a Copydesk on this host; its absence proves
 * nothing (another host on a shared folder, a deleted file), so the database open in this process
 * and H2's own lock on the file count as well.
 */
final class FileInUse {
    private static final Logger LOG = LoggerFactory.getLogger(FileInUse.class);

    private FileInUse() {
    }

    /** The Copydesk on this host, still running, that the lock file names. */
    static Optional<AppLock.Holder> liveHolder(DatabaseLocation location) {
        return location.lockFile().flatMap(AppLock::readHolder)
                .filter(h -> h.host().equals(AppLock.thisProcess().host()))
                .filter(h -> ProcessHandle.of(h.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    /** True when this process has the database open or some process holds H2's lock on its file. */
    static boolean openAnywhere(DatabaseLocation location) {
        return Database.isOpenHere(location) || location.databaseFile().map(FileInUse::lockedByH2).orElse(false);
    }

    /** True when some process holds the lock H2 takes on an open database file (read-only opens included). */
    static boolean lockedByH2(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            LOG.debug("could not test the lock on {}", file, e);
            return false;
        }
    }
}
