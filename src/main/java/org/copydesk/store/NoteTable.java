package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.EditorNote;

/** SQL for {@code editor_notes} (schema 11): editors' notes on ranges of a story's text. */
final class NoteTable {
    private static final String COLUMNS = "id, article_id, paragraph_index, start_offset, end_offset, quoted_text,"
            + " note_text, author, created_at, resolved, detached";

    private NoteTable() {
    }

    static List<EditorNote> ofArticle(Connection c, String articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM editor_notes WHERE article_id = ?"
                + " ORDER BY created_at, id")) {
            s.setString(1, articleId);
            return read(s);
        }
    }

    static List<EditorNote> ofEdition(Connection c, String editionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT n." + COLUMNS.replace(", ", ", n.")
                + " FROM editor_notes n JOIN articles a ON a.id = n.article_id WHERE a.edition_id = ?"
                + " ORDER BY n.article_id, n.created_at, n.id")) {
            s.setString(1, editionId);
            return read(s);
        }
    }

    /** Writes the note over the stored one with its id, or inserts it; false when its story is gone. */
    static boolean save(Connection c, EditorNote n) throws SQLException {
        if (ArticleTable.version(c, n.articleId()).isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE editor_notes SET paragraph_index = ?, start_offset = ?,"
                + " end_offset = ?, quoted_text = ?, note_text = ?, resolved = ?, detached = ? WHERE id = ? AND article_id = ?")) {
            s.setInt(1, n.paragraph());
            s.setInt(2, n.start());
            s.setInt(3, n.end());
            s.setString(4, n.quoted());
            s.setString(5, n.text());
            s.setBoolean(6, n.resolved());
            s.setBoolean(7, n.detached());
            s.setString(8, n.id());
            s.setString(9, n.articleId());
            if (s.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO editor_notes (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, n.id());
            s.setString(2, n.articleId());
            s.setInt(3, n.paragraph());
            s.setInt(4, n.start());
            s.setInt(5, n.end());
            s.setString(6, n.quoted());
            s.setString(7, n.text());
            s.setString(8, n.author());
            s.setObject(9, ArticleTable.storable(n.created()).atOffset(ZoneOffset.UTC));
            s.setBoolean(10, n.resolved());
            s.setBoolean(11, n.detached());
            s.executeUpdate();
            return true;
        }
    }

    private static List<EditorNote> read(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            List<EditorNote> notes = new ArrayList<>();
            while (rs.next()) {
                notes.add(new EditorNote(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getBoolean(10), rs.getBoolean(11)));
            }
            return notes;
        }
    }
}
