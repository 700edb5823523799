package org.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs units of work on the database connection, each in one transaction: all of it is committed or
 * none of it. Calls are serialized, so the UI's background tasks and autosave never interleave on
 * the connection.
 */
final class Transactor {

    /** A unit of work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final String databaseDescription;
    private boolean closed;

    Transactor(Connection connection, String databaseDescription) {
        this.connection = connection;
        this.databaseDescription = databaseDescription;
    }

    /**
     * Runs {@code work} in a transaction. A {@link StoreException} from the work passes through;
     * an {@link SQLException} becomes one that says what failed ({@code what}, e.g. "save article
     * 42") and where.
     */
    synchronized <T> T inTransaction(String what, Work<T> work) {
        if (closed) {
            throw new StoreException("could not " + what + ": the database " + databaseDescription + " is closed");
        }
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new StoreException("could not " + what + " in " + databaseDescription + ": "
                    + SqlErrors.shortMessage(e), e);
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
