package org.copydesk.store;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application lock file beside the database ({@code copydesk.lock}): which process on which host
 * has it open. H2's own file lock is what keeps a second process out; this file only lets us tell the
 * user who holds the database. A file left behind by a crash is simply replaced on the next open.
 */
final class AppLock {
    private static final Logger LOG = LoggerFactory.getLogger(AppLock.class);
    private static final Words WORDS = Words.ofPackage(AppLock.class);

    /** Who holds a database. */
    record Holder(long pid, String host) {
        /** For the log. */
        String describe() {
            return "pid " + pid + " on host " + host;
        }

        /** True when the holder is a process of this machine that has ended: its lock file is stale. */
        boolean endedHere() {
            return host.equals(thisProcess().host())
                    && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    private final Path file;
    private final Holder holder;

    private AppLock(Path file, Holder holder) {
        this.file = file;
        this.holder = holder;
    }

    /** This process as a holder. */
    static Holder thisProcess() {
        return new Holder(ProcessHandle.current().pid(), hostName());
    }

    /**
     * Writes the lock file for this process: to a new temporary file, then renamed into place, so a
     * link planted in the folder is never written through and a failure leaves nothing behind.
     */
    static AppLock write(Path file) {
        Holder me = thisProcess();
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(me.pid()));
        p.setProperty("host", me.host());
        p.setProperty("opened", Instant.now().toString());
        try {
            readHolder(file).ifPresent(old -> LOG.info("replacing the lock file {} left by {}", file, old.describe()));
            var text = new StringWriter();
            p.store(text, "Copydesk has this database open");
            SideFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw writeFailure(file, e);
        }
        return new AppLock(file, me);
    }

    /** The lock file could not be written; a full disk is said in words, as the likely cause. */
    static StoreException writeFailure(Path file, IOException e) {
        String message = FileErrorText.diskFull(e)
                ? WORDS.format("lock.diskFull", file, FileErrorText.raw(e))
                : WORDS.format("lock.writeFailed", file, FileErrorText.reason(e));
        return new StoreException(message, e);
    }

    /** Who the lock file names, if it exists and can be read. */
    static Optional<Holder> readHolder(Path file) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new Holder(Long.parseLong(p.getProperty("pid", "").strip()),
                    p.getProperty("host", "unknown").strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.debug("unreadable lock file {}", file, e);
            return Optional.empty();
        }
    }

    /** Removes the lock file if it still names this process. */
    void release() {
        try {
            if (readHolder(file).map(holder::equals).orElse(false)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the lock file {}", file, e);
        }
    }

    private static String hostName() {
        // The environment first: a name lookup can stall for seconds on a machine without DNS.
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
