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
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.model.Page;
import org.copydesk.model.PageChange;

/** SQL for {@code page_changes}: the record of who changed which page's make-up, and when. */
final class PageChangeTable {
    private PageChangeTable() {
    }

    /**
     * Records, for each page {@code before} and {@code after} differ in, what changed, as {@code person}
     * at {@code at}. Pages equal in both are not recorded: saving a page unchanged is not a change.
     */
    static void recordDifferences(Connection c, String editionId, List<Page> before, List<Page> after, String person,
                                  Instant at) throws SQLException {
        Map<String, Page> old = before.stream().collect(Collectors.toMap(Page::id, Function.identity()));
        Map<String, Page> now = after.stream().collect(Collectors.toMap(Page::id, Function.identity()));
        for (Page page : before) {
            if (!now.containsKey(page.id())) {
                insert(c, editionId, new PageChange(page.id(), page.number(), PageChange.Kind.DELETED, person, at));
            }
        }
        for (Page page : after) {
            Page was = old.get(page.id());
            if (was == null) {
                insert(c, editionId, new PageChange(page.id(), page.number(), PageChange.Kind.ADDED, person, at));
            } else if (was.number() != page.number()) {
                insert(c, editionId, new PageChange(page.id(), page.number(), PageChange.Kind.MOVED, person, at));
            } else if (!was.equals(page)) {
                insert(c, editionId, new PageChange(page.id(), page.number(), PageChange.Kind.MAKEUP, person, at));
            }
        }
    }

    static void insert(Connection c, String editionId, PageChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO page_changes"
                + " (edition_id, page_id, page_number, change_kind, person, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, editionId);
            s.setString(2, change.pageId());
            s.setInt(3, change.pageNumber());
            s.setString(4, change.kind().code());
            s.setString(5, change.person());
            s.setObject(6, ArticleTable.storable(change.at()).atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** The edition's page changes, oldest first. */
    static List<PageChange> ofEdition(Connection c, String editionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT page_id, page_number, change_kind, person, changed_at"
                + " FROM page_changes WHERE edition_id = ? ORDER BY changed_at, id")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                List<PageChange> changes = new ArrayList<>();
                while (rs.next()) {
                    changes.add(new PageChange(rs.getString(1), rs.getInt(2),
                            PageChange.Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
                return changes;
            }
        }
    }
}
