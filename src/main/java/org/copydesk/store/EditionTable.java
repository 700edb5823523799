package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.Edition;

/** SQL for the {@code editions} table. */
final class EditionTable {
    private static final String COLUMNS = "id, name, publication_date, issue_number";
    private static final String NEWEST_FIRST = " ORDER BY publication_date DESC, issue_number DESC, id";

    private EditionTable() {
    }

    static List<Edition> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM editions" + NEWEST_FIRST);
             ResultSet rs = s.executeQuery()) {
            List<Edition> editions = new ArrayList<>();
            while (rs.next()) {
                editions.add(read(rs));
            }
            return editions;
        }
    }

    static Optional<Edition> newest(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM editions" + NEWEST_FIRST + " FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    static Optional<Edition> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM editions WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Locks the edition's row until the transaction ends; false when there is no such edition. Whoever
     * appends to an edition's lists takes this lock first, so two imports (two processes sharing a
     * PostgreSQL server) cannot both read the same {@code MAX(list_order)} and number their stories
     * alike: the second waits, then reads the first one's committed rows.
     */
    static boolean lock(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM editions WHERE id = ? FOR UPDATE")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<EditionSummary> summaries(Connection c) throws SQLException {
        return summaries(c, Integer.MAX_VALUE);
    }

    /**
     * The newest {@code limit} editions with their counts. Each count is one lookup in the table's
     * by-edition index (pages_by_edition, the list-order unique constraints of V4), and the editions
     * come in editions_by_date order, so the cost follows {@code limit}, not the archive's size.
     */
    static List<EditionSummary> summaries(Connection c, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS
                + ", (SELECT COUNT(*) FROM pages p WHERE p.edition_id = e.id)"
                + ", (SELECT COUNT(*) FROM articles a WHERE a.edition_id = e.id)"
                + ", (SELECT COUNT(*) FROM photos f WHERE f.edition_id = e.id)"
                + " FROM editions e" + NEWEST_FIRST + " FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, Math.max(0, limit));
            try (ResultSet rs = s.executeQuery()) {
                List<EditionSummary> summaries = new ArrayList<>();
                while (rs.next()) {
                    summaries.add(new EditionSummary(read(rs), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                }
                return summaries;
            }
        }
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM editions"); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void insert(Connection c, Edition e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO editions (" + COLUMNS + ") VALUES (?, ?, ?, ?)")) {
            s.setString(1, e.id());
            s.setString(2, e.name());
            s.setObject(3, e.publicationDate());
            s.setInt(4, e.issueNumber());
            s.executeUpdate();
        }
    }

    static boolean update(Connection c, Edition e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE editions SET name = ?, publication_date = ?, issue_number = ? WHERE id = ?")) {
            s.setString(1, e.name());
            s.setObject(2, e.publicationDate());
            s.setInt(3, e.issueNumber());
            s.setString(4, e.id());
            return s.executeUpdate() > 0;
        }
    }

    static boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM editions WHERE id = ?")) {
            s.setString(1, id);
            return s.executeUpdate() > 0;
        }
    }

    private static Edition read(ResultSet rs) throws SQLException {
        return new Edition(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4));
    }
}
