package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;

/** SQL for {@code checkouts} and {@code checkout_breaks} (schema 12). */
final class CheckoutTable {
    private static final String COLUMNS = "subject_kind, subject_id, holder_name, holder_host, holder_pid, holder_token,"
            + " taken_at, heartbeat_at";
    /** PostgreSQL and H2 agree on the SQLSTATE of a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";

    private CheckoutTable() {
    }

    /** The database's clock, to the microsecond both databases keep. */
    static Instant now(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT CURRENT_TIMESTAMP");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }

    static Optional<Checkout> find(Connection c, Checkout.Subject subject) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM checkouts"
                + " WHERE subject_kind = ? AND subject_id = ?")) {
            s.setString(1, subject.kind().name());
            s.setString(2, subject.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, 1)) : Optional.empty();
            }
        }
    }

    static List<Checkout> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM checkouts"
                + " ORDER BY taken_at, subject_kind, subject_id");
             ResultSet rs = s.executeQuery()) {
            List<Checkout> found = new ArrayList<>();
            while (rs.next()) {
                found.add(read(rs, 1));
            }
            return found;
        }
    }

    /**
     * Inserts the check-out unless its subject has one: true when inserted. The insert runs under a
     * savepoint, because on PostgreSQL a failed statement spoils the whole transaction otherwise.
     */
    static boolean insertIfAbsent(Connection c, Checkout checkout) throws SQLException {
        var savepoint = c.setSavepoint();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO checkouts (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, checkout.subject().kind().name());
            s.setString(2, checkout.subject().id());
            s.setString(3, checkout.holder().name());
            s.setString(4, checkout.holder().host());
            s.setLong(5, checkout.holder().pid());
            s.setString(6, checkout.holder().token());
            s.setObject(7, timestamp(checkout.since()));
            s.setObject(8, timestamp(checkout.heartbeat()));
            s.executeUpdate();
            c.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(savepoint);
            return false;
        }
    }

    /** Moves the heartbeat of {@code holder}'s check-out on; false when it holds none of {@code subject}. */
    static boolean beat(Connection c, Checkout.Subject subject, Checkout.Holder holder, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE checkouts SET heartbeat_at = ?"
                + " WHERE subject_kind = ? AND subject_id = ? AND holder_token = ?")) {
            s.setObject(1, timestamp(now));
            s.setString(2, subject.kind().name());
            s.setString(3, subject.id());
            s.setString(4, holder.token());
            return s.executeUpdate() > 0;
        }
    }

    /**
     * Deletes exactly the check-out {@code seen} (same holder, same heartbeat): false when it was
     * renewed, released or broken since it was read, so a decision made on it no longer holds.
     */
    static boolean deleteIfUnchanged(Connection c, Checkout seen) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM checkouts WHERE subject_kind = ? AND subject_id = ?"
                + " AND holder_token = ? AND heartbeat_at = ?")) {
            s.setString(1, seen.subject().kind().name());
            s.setString(2, seen.subject().id());
            s.setString(3, seen.holder().token());
            s.setObject(4, timestamp(seen.heartbeat()));
            return s.executeUpdate() > 0;
        }
    }

    static boolean delete(Connection c, Checkout.Subject subject, Checkout.Holder holder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM checkouts"
                + " WHERE subject_kind = ? AND subject_id = ? AND holder_token = ?")) {
            s.setString(1, subject.kind().name());
            s.setString(2, subject.id());
            s.setString(3, holder.token());
            return s.executeUpdate() > 0;
        }
    }

    static int deleteAll(Connection c, Checkout.Holder holder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM checkouts WHERE holder_token = ?")) {
            s.setString(1, holder.token());
            return s.executeUpdate();
        }
    }

    static void insertBreak(Connection c, BrokenCheckout broken) throws SQLException {
        Checkout lost = broken.lost();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO checkout_breaks (break_id, " + COLUMNS + ","
                + " broken_by, broken_on_host, reason, broken_at, takeover)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, lost.subject().kind().name());
            s.setString(3, lost.subject().id());
            s.setString(4, lost.holder().name());
            s.setString(5, lost.holder().host());
            s.setLong(6, lost.holder().pid());
            s.setString(7, lost.holder().token());
            s.setObject(8, timestamp(lost.since()));
            s.setObject(9, timestamp(lost.heartbeat()));
            s.setString(10, broken.brokenBy());
            s.setString(11, broken.brokenOnHost());
            s.setString(12, broken.reason());
            s.setObject(13, timestamp(broken.brokenAt()));
            s.setBoolean(14, broken.takeover());
            s.executeUpdate();
        }
    }

    /** The newest break of {@code holder}'s check-out of {@code subject}. */
    static Optional<BrokenCheckout> lastBreak(Connection c, Checkout.Subject subject, Checkout.Holder holder)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", broken_by, broken_on_host, reason,"
                + " broken_at, takeover FROM checkout_breaks WHERE holder_token = ? AND subject_kind = ?"
                + " AND subject_id = ? ORDER BY broken_at DESC")) {
            s.setString(1, holder.token());
            s.setString(2, subject.kind().name());
            s.setString(3, subject.id());
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(readBreak(rs)) : Optional.empty();
            }
        }
    }

    static List<BrokenCheckout> breaksSince(Connection c, Instant since) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", broken_by, broken_on_host, reason,"
                + " broken_at, takeover FROM checkout_breaks WHERE broken_at >= ? ORDER BY broken_at DESC")) {
            s.setObject(1, timestamp(since));
            try (ResultSet rs = s.executeQuery()) {
                List<BrokenCheckout> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(readBreak(rs));
                }
                return found;
            }
        }
    }

    private static BrokenCheckout readBreak(ResultSet rs) throws SQLException {
        return new BrokenCheckout(read(rs, 1), rs.getString(9), rs.getString(10), rs.getString(11), instant(rs, 12),
                rs.getBoolean(13));
    }

    private static Checkout read(ResultSet rs, int first) throws SQLException {
        var subject = new Checkout.Subject(Checkout.Kind.valueOf(rs.getString(first)), rs.getString(first + 1));
        var holder = new Checkout.Holder(rs.getString(first + 2), rs.getString(first + 3), rs.getLong(first + 4),
                rs.getString(first + 5));
        return new Checkout(subject, holder, instant(rs, first + 6), instant(rs, first + 7));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
