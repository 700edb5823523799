package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.PageSignOff;

/**
 * SQL for the {@code page_signoffs} table: one row per sign-off (签发) of a page, withdrawn in place,
 * never deleted, so the history of a page's sign-offs stays readable.
 */
final class PageSignOffTable {
    private static final String COLUMNS = "id, page_id, edition_id, page_number, signed_by, signed_at, layout_hash,"
            + " signed_layout, withdrawn_at, withdrawn_by, withdrawn_reason";

    private PageSignOffTable() {
    }

    /** The newest sign-off of each page of the edition, by page id. */
    static Map<String, PageSignOff> newestByPage(Connection c, String editionId) throws SQLException {
        Map<String, PageSignOff> newest = new LinkedHashMap<>();
        // Oldest first, so each page's newest row is the one left in the map.
        for (PageSignOff s : all(c, editionId)) {
            newest.put(s.pageId(), s);
        }
        return newest;
    }

    /** Every sign-off of the edition, oldest first. */
    static List<PageSignOff> all(Connection c, String editionId) throws SQLException {
        List<PageSignOff> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM page_signoffs WHERE edition_id = ? ORDER BY signed_at, id")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
        }
        return found;
    }

    static PageSignOff insert(Connection c, PageSignOff signOff) throws SQLException {
        PageSignOff stored = storable(signOff);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO page_signoffs (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, stored.id());
            s.setString(2, stored.pageId());
            s.setString(3, stored.editionId());
            s.setInt(4, stored.pageNumber());
            s.setString(5, stored.signedBy());
            s.setObject(6, timestamp(stored.signedAt()));
            s.setString(7, stored.layoutHash());
            s.setString(8, stored.signedLayout());
            if (stored.withdrawnAt().isPresent()) {
                s.setObject(9, timestamp(stored.withdrawnAt().get()));
            } else {
                s.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            s.setString(10, stored.withdrawnBy().orElse(null));
            s.setString(11, stored.withdrawnReason());
            s.executeUpdate();
        }
        return stored;
    }

    /**
     * Withdraws a sign-off that still holds; a sign-off already withdrawn keeps its first withdrawal
     * (when two desks notice the same change, the first one's record stands).
     *
     * @return whether this call withdrew it
     */
    static boolean withdraw(Connection c, String id, Instant at, Optional<String> by, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE page_signoffs SET withdrawn_at = ?, withdrawn_by = ?,"
                + " withdrawn_reason = ? WHERE id = ? AND withdrawn_at IS NULL")) {
            s.setObject(1, timestamp(at));
            s.setString(2, by.orElse(null));
            s.setString(3, reason);
            s.setString(4, id);
            return s.executeUpdate() == 1;
        }
    }

    static Optional<PageSignOff> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM page_signoffs WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The sign-off with its times as the database keeps them (microseconds), so a loaded value equals it. */
    static PageSignOff storable(PageSignOff s) {
        return new PageSignOff(s.id(), s.pageId(), s.editionId(), s.pageNumber(), s.signedBy(),
                ArticleTable.storable(s.signedAt()), s.layoutHash(), s.signedLayout(),
                s.withdrawnAt().map(ArticleTable::storable), s.withdrawnBy(), s.withdrawnReason());
    }

    private static PageSignOff read(ResultSet rs) throws SQLException {
        OffsetDateTime withdrawn = rs.getObject(9, OffsetDateTime.class);
        return new PageSignOff(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8),
                Optional.ofNullable(withdrawn).map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString(10)),
                rs.getString(11));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return ArticleTable.storable(instant).atOffset(ZoneOffset.UTC);
    }
}
