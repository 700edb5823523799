package org.copydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * What an embedded database holds, in a form two files can be compared by: the schema as H2 scripts
 * it ({@code SCRIPT NODATA}: tables, columns, keys, indexes, sequences with their current values),
 * and for every table its row count and one SHA-256 over all its rows in primary-key order, every
 * column included (photo and artwork bytes streamed, never held whole). The compaction compares a
 * copy with its original this way before the copy may replace it ({@link DatabaseCompaction}).
 */
final class TableDigests {
    /** One table: its name, rows and the digest of their values. */
    record Table(String name, long rows, String sha256) {
    }

    /** The schema's script digest and every table of the {@code PUBLIC} schema, by name. */
    record Contents(String schemaSha256, List<Table> tables) {
        long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    private static final int BUFFER = 64 * 1024;

    private TableDigests() {
    }

    /** The tables of {@code c}, read in full; {@code tableDone} is told the count after each one. */
    static Contents of(Connection c, IntConsumer tableDone) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Rows stream from the primary key's index instead of being gathered first: a read-only
            // file has nowhere to spill a large result.
            s.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        String schema = schemaDigest(c);
        List<Table> tables = new ArrayList<>();
        for (String name : tableNames(c)) {
            tables.add(table(c, name));
            tableDone.accept(tables.size());
        }
        return new Contents(schema, List.copyOf(tables));
    }

    /** The number of tables {@link #of} will read, for progress. */
    static int tableCount(Connection c) throws SQLException {
        return tableNames(c).size();
    }

    private static String schemaDigest(Connection c) throws SQLException {
        MessageDigest digest = sha256();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                String line = rs.getString(1);
                // H2 adds comments with row counts ("-- 8 +/- SELECT COUNT(*) …"); the tables are compared below.
                if (!line.startsWith("--")) {
                    text(digest, line);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Table table(Connection c, String name) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Boolean> binary = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                    binary.add(rs.getString(2).contains("BINARY"));
                }
            }
        }
        List<String> order = primaryKey(c, name);
        if (order.isEmpty()) {
            // Every table of ours has a primary key; a table without one is ordered by all its plain columns.
            for (int i = 0; i < columns.size(); i++) {
                if (!binary.get(i)) {
                    order.add(columns.get(i));
                }
            }
        }
        String sql = "SELECT " + String.join(", ", columns.stream().map(TableDigests::quote).toList())
                + " FROM " + quote(name)
                + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order.stream().map(TableDigests::quote).toList()));
        MessageDigest digest = sha256();
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows++;
                for (int i = 0; i < columns.size(); i++) {
                    if (binary.get(i)) {
                        bytes(digest, rs.getBinaryStream(i + 1));
                    } else {
                        text(digest, rs.getString(i + 1));
                    }
                }
            }
        }
        return new Table(name, rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                + " ORDER BY k.ORDINAL_POSITION")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        return key;
    }

    /** A value with its length first, so that ("ab", "c") and ("a", "bc") differ; null differs from "". */
    private static void text(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(8).putLong(-1).array());
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(8).putLong(utf8.length).array());
        digest.update(utf8);
    }

    /** Streamed bytes, their length after them (it is known only at the end); null as in {@link #text}. */
    private static void bytes(MessageDigest digest, InputStream in) {
        if (in == null) {
            digest.update(ByteBuffer.allocate(8).putLong(-1).array());
            return;
        }
        long length = 0;
        byte[] buffer = new byte[BUFFER];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                length += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digest.update(ByteBuffer.allocate(8).putLong(length).array());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
