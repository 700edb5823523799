package org.copydesk.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.i18n.Words;

/** Turns driver exceptions into something short enough for a message line. */
final class SqlErrors {
    private static final Words WORDS = Words.ofPackage(SqlErrors.class);

    /** H2: the database file is locked by another process. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2: the file was written by an incompatible H2 version (or is not an H2 file). */
    static final int H2_FILE_VERSION_ERROR = 90048;
    /** H2: the file is damaged. */
    static final int H2_FILE_CORRUPTED = 90030;
    /** H2: a table does not exist. */
    static final int H2_TABLE_NOT_FOUND = 42102;
    /** H2: the database is read-only. */
    static final int H2_DATABASE_IS_READ_ONLY = 90097;

    private SqlErrors() {
    }

    /** SQL state of a value longer than its column allows (H2 and PostgreSQL alike). */
    private static final String VALUE_TOO_LONG = "22001";
    private static final Pattern H2_TOO_LONG_COLUMN =
            Pattern.compile("column \"([A-Z_]+) [A-Z ]+\\((\\d+)\\)\"");

    /** The driver's message without the SQL statement and error codes H2 appends. */
    static String shortMessage(SQLException e) {
        if (VALUE_TOO_LONG.equals(e.getSQLState())) {
            // The drivers quote the rejected value, which may be thousands of escaped characters.
            Matcher column = H2_TOO_LONG_COLUMN.matcher(String.valueOf(e.getMessage()));
            return column.find()
                    ? WORDS.format("sql.tooLongColumn", column.group(1).toLowerCase(Locale.ROOT), column.group(2))
                    : WORDS.format("sql.tooLong");
        }
        Optional<String> known = SqlErrorText.known(e);
        if (known.isPresent()) {
            return known.get();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int statement = message.indexOf("; SQL statement:");
        if (statement >= 0) {
            message = message.substring(0, statement);
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return SqlErrorText.withoutCodes(message);
    }

    /**
     * True when H2 could not read the file's data: "file corrupted", also when it comes wrapped in a
     * general error (H2 reports a page it cannot read inside a chunk as error 50000 naming 90030).
     */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == H2_FILE_CORRUPTED
                    || (sql.getErrorCode() == 50000 && String.valueOf(sql.getMessage()).contains("90030")))) {
                return true;
            }
        }
        return false;
    }

    /** For a {@link #isDamage damage} error: in words, with what H2 says (without chunk positions) last. */
    static String damageMessage(SQLException e) {
        return e.getErrorCode() == H2_FILE_CORRUPTED ? WORDS.format("damage.corrupted", shortMessage(e))
                : WORDS.format("damage.unreadable");
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
