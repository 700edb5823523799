package org.copydesk.store;

import java.sql.SQLException;

/** Turns driver exceptions into something short enough for a message line. */
final class SqlErrors {
    /** H2: the database file is locked by another process. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2: the file was written by an incompatible H2 version (or is not an H2 file). */
    static final int H2_FILE_VERSION_ERROR = 90048;
    /** H2: the file is damaged. */
    static final int H2_FILE_CORRUPTED = 90030;
    /** H2: the database is read-only. */
    static final int H2_DATABASE_IS_READ_ONLY = 90097;

    private SqlErrors() {
    }

    /** The driver's message without the SQL statement and error codes H2 appends. */
    static String shortMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int statement = message.indexOf("; SQL statement:");
        if (statement >= 0) {
            message = message.substring(0, statement);
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return message.strip();
    }

    /** The H2 error code of this exception or of one it wraps, or 0. */
    static int h2Code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() >= 90000 && sql.getErrorCode() < 100000) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
