package org.copydesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: one connection, migrated to this Copydesk's schema, with the repository over
 * it. Opening refuses, with a message for the user and without changing anything, a database that
 * another Copydesk holds, one from another H2 version or a newer Copydesk, and a folder it cannot
 * write.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final Words WORDS = Words.ofPackage(Database.class);

    /**
     * Databases open in this process. H2 lets a second connection in the same process share an open
     * file, which would bypass the one-window-per-database rule, so we keep count ourselves.
     */
    private static final Set<String> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final DatabaseLocation location;
    private final Transactor transactor;
    private final EditionRepository repository;
    private final Optional<AppLock> lock;
    private final DataSafeguards safeguards;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Opened by {@link #openToRead} through a read-only connection: closed without a checkpoint. */
    private final boolean readOnly;

    private Database(DatabaseLocation location, Connection connection, Optional<AppLock> lock, BackupPolicy policy) {
        this(location, connection, lock, DataSafeguards.start(location, policy, connection), false);
    }

    private Database(DatabaseLocation location, Connection connection, Optional<AppLock> lock,
                     DataSafeguards safeguards, boolean readOnly) {
        this.location = location;
        this.lock = lock;
        this.readOnly = readOnly;
        this.safeguards = safeguards;
        this.transactor = new Transactor(connection, location.describe(), safeguards.commitHook());
        safeguards.backUpWith(transactor);
        this.repository = new JdbcEditionRepository(transactor, Clock.systemUTC(), location);
    }

    /** Opens (creating the folder and schema if new) and migrates the database at {@code location}. */
    public static Database open(DatabaseLocation location) {
        return open(location, BackupPolicy.DEFAULT);
    }

    /**
     * Opens the database at {@code location}; an embedded one is backed up as {@code policy} says and
     * refused with a {@link DatabaseDamagedException} when it is damaged.
     */
    public static Database open(DatabaseLocation location, BackupPolicy policy) {
        return open(location, policy, Optional.empty());
    }

    /**
     * Opens the database at {@code location} as the server user {@code credentials} name (ignored for
     * an embedded H2 file, which has no users of its own).
     */
    public static Database open(DatabaseLocation location, Optional<DatabaseCredentials> credentials) {
        return open(location, BackupPolicy.DEFAULT, credentials);
    }

    private static Database open(DatabaseLocation location, BackupPolicy policy,
                                 Optional<DatabaseCredentials> credentials) {
        String key = key(location);
        if (!OPEN_HERE.add(key)) {
            throw alreadyOpen(location);
        }
        Connection connection = null;
        Optional<AppLock> lock = Optional.empty();
        try {
            location.directory().ifPresent(dir -> prepareFolder(dir, location));
            DataSafeguards.checkBeforeOpen(location);
            UrlDataSource dataSource = new UrlDataSource(location.jdbcUrl(),
                    location.isEmbeddedH2() ? Optional.empty() : credentials);
            connection = connect(dataSource, location);
            lock = location.lockFile().map(AppLock::write);
            SchemaMigrator.migrate(dataSource, location.jdbcUrl(), location.describe());
            LOG.info("opened database {}", location.describe());
            return new Database(location, connection, lock, policy);
        } catch (RuntimeException e) {
            lock.ifPresent(AppLock::release);
            closeQuietly(connection, location, e);
            OPEN_HERE.remove(key);
            throw e;
        }
    }

    /**
     * Opens the database at {@code location} for a command that only reads it. An embedded file is
     * opened once, read-only: the damage checks read its commit marker through that connection and
     * the command reads through it too, where {@link #open} opens the file a second time to write
     * (on a ten-year archive each open of the file costs H2 a scan for its newest chunk). Anything
     * else, and a file that cannot be read that way (not there yet, in use by another Copydesk, a
     * schema that needs migrating), is opened as {@link #open} does. A write through the repository
     * is refused as a read-only database.
     */
    public static Database openToRead(DatabaseLocation location, Optional<DatabaseCredentials> credentials) {
        String key = key(location);
        if (!OPEN_HERE.add(key)) {
            throw alreadyOpen(location);
        }
        Optional<Connection> connection = Optional.empty();
        try {
            connection = DataSafeguards.openToRead(location);
            if (connection.isPresent() && SchemaCheck.isCurrent(connection.get())) {
                LOG.info("opened database {} to read", location.describe());
                return new Database(location, connection.get(), Optional.empty(), DataSafeguards.none(location), true);
            }
        } catch (RuntimeException e) {
            connection.ifPresent(c -> closeQuietly(c, location, e));
            OPEN_HERE.remove(key);
            throw e;
        }
        // A schema to migrate needs writing: the file is opened as usual.
        connection.ifPresent(Database::closeUnused);
        OPEN_HERE.remove(key);
        return open(location, credentials);
    }

    /** The repository over this database; valid until {@link #close()}. */
    public EditionRepository repository() {
        return repository;
    }

    /** For messages: where the data lives. */
    public String description() {
        return location.describe();
    }

    public DatabaseLocation location() {
        return location;
    }

    /** For the restore's copy of work saved after the backup. */
    Transactor transactor() {
        return transactor;
    }

    /** Takes a rolling backup now, into {@code backups/} beside the file as the window's are. */
    BackupFile backUpNow() {
        return safeguards.backUpNow();
    }

    /**
     * Writes a consistent copy of the embedded database to {@code zip} while it stays open. The copy
     * goes to a temporary name, is checked by opening it, and only then replaces {@code zip}.
     */
    public void backupTo(Path zip) {
        if (!location.isEmbeddedH2()) {
            throw new StoreException(WORDS.format("db.serverBackup", location.describe()));
        }
        BackupWriter.write(transactor, zip, location.describe());
    }

    /**
     * Forces everything committed onto the disk now (H2 {@code CHECKPOINT SYNC}); for moments that
     * matter, such as sign-off, import and export. A no-op for server databases.
     */
    public void flushToDisk() {
        if (location.isEmbeddedH2()) {
            transactor.inTransaction(WORDS.format("do.flush"), c -> execute(c, "CHECKPOINT SYNC"));
        }
    }

    /**
     * Closes the database and removes the lock file. Safe to call twice.
     *
     * <p>The embedded file is synced to disk and then closed without H2's normal shutdown, which sets
     * the chunk retention time to zero and compacts the file in place: a process killed during that
     * rewrite (a user closing the window and the machine losing power, a CLI run killed at its end)
     * could leave a file that no longer opens. Every commit is already in the file, so the next open
     * finds the same data as after a clean close, by the path a crash takes anyway.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        safeguards.close();
        try {
            // A server database is shared: SHUTDOWN would stop it for everyone.
            transactor.close(c -> location.isEmbeddedH2() && !readOnly ? syncAndClose(c) : null);
            safeguards.afterShutdown();
        } catch (SQLException e) {
            LOG.warn("closing the database {} failed", location.describe(), e);
        } finally {
            lock.ifPresent(AppLock::release);
            OPEN_HERE.remove(key(location));
        }
    }

    /** True while this process has the database at {@code location} open. */
    static boolean isOpenHere(DatabaseLocation location) {
        return OPEN_HERE.contains(key(location));
    }

    private static String key(DatabaseLocation location) {
        return location.databaseFile().map(Path::toString).orElse(location.jdbcUrl());
    }

    private static void prepareFolder(Path dir, DatabaseLocation location) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(WORDS.format("db.folderIsFile", dir, e.getFile()), e);
        } catch (AccessDeniedException e) {
            throw new StoreException(WORDS.format("db.folderDenied", dir), e);
        } catch (IOException e) {
            throw new StoreException(WORDS.format("db.folderFailed", dir, FileErrorText.reason(e)), e);
        }
        Path file = location.databaseFile().orElseThrow();
        if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new StoreException(WORDS.format("db.folderReadOnly", dir));
        }
    }

    private static Connection connect(UrlDataSource dataSource, DatabaseLocation location) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw openFailure(e, location);
        }
    }

    /** Explains the errors a user can meet when opening, in their terms. */
    private static StoreException openFailure(SQLException e, DatabaseLocation location) {
        String where = location.describe();
        if (SqlErrors.isDamage(e)) {
            return new DatabaseDamagedException(location, SqlErrors.damageMessage(e), e);
        }
        return switch (SqlErrors.h2Code(e)) {
            case SqlErrors.H2_DATABASE_ALREADY_OPEN -> alreadyOpen(location);
            case SqlErrors.H2_FILE_VERSION_ERROR -> new StoreException(WORDS.format("db.otherVersion", where), e);
            case SqlErrors.H2_DATABASE_IS_READ_ONLY -> new StoreException(WORDS.format("db.readOnly", where), e);
            default -> new StoreException(WORDS.format("db.cannotOpen", where, SqlErrors.shortMessage(e)), e);
        };
    }

    /**
     * Names who holds the database: the Copydesk its lock file names, or another program when there
     * is no lock file or the one there was left by a process that has ended (a stale lock).
     */
    private static StoreException alreadyOpen(DatabaseLocation location) {
        String where = location.describe();
        Optional<AppLock.Holder> holder = location.lockFile().flatMap(AppLock::readHolder);
        if (holder.isEmpty()) {
            return new StoreException(WORDS.format("db.alreadyOpen.other", where));
        }
        AppLock.Holder h = holder.get();
        return new StoreException(h.endedHere()
                ? WORDS.format("db.alreadyOpen.stale", where, h.pid())
                : WORDS.format("db.alreadyOpen.copydesk", where, h.pid(), h.host()));
    }

    private static Void syncAndClose(Connection c) throws SQLException {
        execute(c, "CHECKPOINT SYNC");
        return execute(c, "SHUTDOWN IMMEDIATELY");
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static void closeUnused(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing an unused read-only connection failed", e);
        }
    }

    private static void closeQuietly(Connection connection, DatabaseLocation location, Exception cause) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        LOG.debug("gave up opening {}", location.describe(), cause);
    }
}
