package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * For the search index: per edition, one line of cheap aggregates that changes when anything the
 * index holds changes (the edition's name, date and number; its stories' count and newest save; its
 * photos' count and caption lengths; its frames on pages). One query over the indexed foreign keys,
 * the same SQL on H2 and PostgreSQL. A caption rewritten to the same length is the one change it
 * cannot see; the next story save in that edition brings it in.
 */
final class SearchFingerprints {
    private static final String SQL = "SELECT e.id, e.name, e.publication_date, e.issue_number,"
            + " (SELECT COUNT(*) FROM articles a WHERE a.edition_id = e.id),"
            + " (SELECT MAX(a.updated_at) FROM articles a WHERE a.edition_id = e.id),"
            + " (SELECT COUNT(*) FROM photos p WHERE p.edition_id = e.id),"
            + " (SELECT COALESCE(SUM(LENGTH(p.caption_text) + LENGTH(p.photographer)), 0) FROM photos p"
            + "   WHERE p.edition_id = e.id),"
            + " (SELECT COUNT(*) FROM placements pl JOIN pages pg ON pl.page_id = pg.id WHERE pg.edition_id = e.id),"
            + " (SELECT COALESCE(SUM(pg.page_number * (pl.list_order + 1) + LENGTH(pl.content_id)), 0)"
            + "   FROM placements pl JOIN pages pg ON pl.page_id = pg.id WHERE pg.edition_id = e.id)"
            + " FROM editions e";

    private SearchFingerprints() {
    }

    static Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(SQL); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int column = 2; column <= 10; column++) {
                    line.append(rs.getObject(column)).append('|');
                }
                found.put(rs.getString(1), line.toString());
            }
        }
        return found;
    }
}
