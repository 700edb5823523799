package org.copydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The cheap test, done before Flyway is even loaded, that a database's schema is already the one
 * this Copydesk knows. Configuring Flyway scans the class path for migrations and reads the whole
 * history, about a second of a cold start; when the schema is current there is nothing for it to do.
 * Anything unusual (no history table, a failed or pending step, a version that is not a plain
 * number, a newer version) answers "not current", and the full Flyway path then migrates or refuses
 * exactly as before.
 */
final class SchemaCheck {
    /**
     * The newest migration under {@code db/migration}. {@code SchemaCheckTest} fails when a
     * migration is added without raising this, so the shortcut can never skip a pending step.
     */
    static final int LATEST_VERSION = 17;

    private SchemaCheck() {
    }

    /** True only when the history shows every step succeeded and the newest is {@link #LATEST_VERSION}. */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return isCurrent(c);
        } catch (SQLException e) {
            return false;
        }
    }

    /** As {@link #isCurrent(DataSource)}, on a connection the caller keeps. */
    static boolean isCurrent(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            int newest = -1;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                newest = Math.max(newest, Integer.parseInt(rs.getString(1).strip()));
            }
            return newest == LATEST_VERSION;
        } catch (SQLException | NumberFormatException e) {
            // No history table yet (a new database) or one we do not read: let Flyway decide.
            return false;
        }
    }
}
