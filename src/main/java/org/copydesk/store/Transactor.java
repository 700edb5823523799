package org.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.copydesk.i18n.Words;

/**
 * Runs units of work on the database connection, each in one transaction: all of it is committed or
 * none of it. Calls are serialized, so the UI's background tasks and autosave never interleave on
 * the connection.
 */
final class Transactor {
    private static final Words WORDS = Words.ofPackage(Transactor.class);

    /** A unit of work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Told about every unit of work just before and just after it commits (the commit marker). */
    interface CommitHook {
        CommitHook NONE = new CommitHook() {
            @Override
            public void beforeCommit(Connection connection) {
            }

            @Override
            public void afterCommit() {
            }
        };

        /** Runs inside the transaction, so what it writes commits with the work or not at all. */
        void beforeCommit(Connection connection) throws SQLException;

        /** Runs once the commit succeeded; must not throw. */
        void afterCommit();
    }

    private final Connection connection;
    private final String databaseDescription;
    private final CommitHook hook;
    private boolean closed;

    Transactor(Connection connection, String databaseDescription) {
        this(connection, databaseDescription, CommitHook.NONE);
    }

    Transactor(Connection connection, String databaseDescription, CommitHook hook) {
        this.connection = connection;
        this.databaseDescription = databaseDescription;
        this.hook = hook;
    }

    /**
     * Runs {@code work} in a transaction. A {@link StoreException} from the work passes through;
     * an {@link SQLException} becomes one that says what failed ({@code what}, e.g. "save article
     * 42", in the user's language) and where.
     */
    synchronized <T> T inTransaction(String what, Work<T> work) {
        if (closed) {
            throw new StoreException(WORDS.format("tx.closed", what, databaseDescription));
        }
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            hook.beforeCommit(connection);
            connection.commit();
            hook.afterCommit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new StoreException(WORDS.format("tx.failed", what, databaseDescription, SqlErrors.shortMessage(e)), e);
        } catch (RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is broken; the next call reports it.
            }
        }
    }

    /**
     * Runs {@code lastWork} (e.g. SHUTDOWN) once no unit of work is running, closes the connection,
     * and refuses all later work.
     */
    synchronized void close(Work<Void> lastWork) throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lastWork.run(connection);
        } finally {
            connection.close();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
