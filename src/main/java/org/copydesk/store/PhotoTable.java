package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoDetails;

/** SQL for the {@code photos} table: the original bytes with their caption and credit. */
final class PhotoTable {
    private static final Words WORDS = Words.ofPackage(PhotoTable.class);
    private static final String COLUMNS = "id, edition_id, file_name, media_type, content, sha256, width_px, height_px,"
            + " caption_text, photographer, credit, caption_kind, orientation, details_json";
    private static final StoreJson JSON = new StoreJson();

    private PhotoTable() {
    }

    static List<Photo> ofEdition(Connection c, String editionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM photos WHERE edition_id = ?"
                + " ORDER BY list_order, id")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                List<Photo> photos = new ArrayList<>();
                while (rs.next()) {
                    photos.add(read(rs));
                }
                return photos;
            }
        }
    }

    static Optional<Photo> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM photos WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Inserts the photo at the end of its edition's list. The caller holds the edition's lock
     * ({@link EditionTable#lock}) or has just inserted the edition.
     */
    static void insert(Connection c, Photo p) throws SQLException {
        byte[] bytes = p.bytes();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO photos (list_order, size_bytes, " + COLUMNS + ")"
                + " VALUES ((SELECT COALESCE(MAX(list_order) + 1, 0) FROM photos WHERE edition_id = ?),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, p.editionId());
            s.setLong(2, bytes.length);
            s.setString(3, p.id());
            s.setString(4, p.editionId());
            s.setString(5, p.fileName());
            s.setString(6, p.mediaType());
            s.setBytes(7, bytes);
            s.setString(8, p.sha256());
            s.setInt(9, p.widthPx());
            s.setInt(10, p.heightPx());
            setCaption(s, 11, p.caption());
            s.setInt(15, p.orientation());
            // No details is NULL, as in rows from before schema 7.
            s.setString(16, p.details().saysNothing() ? null : JSON.photoDetails(p.details()));
            s.executeUpdate();
        }
    }

    static boolean updateCaption(Connection c, String photoId, Caption caption) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE photos SET caption_text = ?, photographer = ?,"
                + " credit = ?, caption_kind = ? WHERE id = ?")) {
            setCaption(s, 1, caption);
            s.setString(5, photoId);
            return s.executeUpdate() == 1;
        }
    }

    private static void setCaption(PreparedStatement s, int first, Caption caption) throws SQLException {
        s.setString(first, caption.text());
        s.setString(first + 1, caption.photographer());
        s.setString(first + 2, caption.credit());
        s.setString(first + 3, caption.kind().name());
    }

    private static Photo read(ResultSet rs) throws SQLException {
        String kind = rs.getString(12);
        CaptionKind captionKind;
        try {
            captionKind = CaptionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new StoreException(WORDS.format("data.unknownCaptionKind", rs.getString(1), kind), e);
        }
        Caption caption = new Caption(rs.getString(9), rs.getString(10), rs.getString(11), captionKind);
        String details = rs.getString(14);
        return new Photo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
                rs.getString(6), rs.getInt(7), rs.getInt(8), caption, rs.getInt(13),
                details == null ? PhotoDetails.NONE : JSON.photoDetails(details));
    }
}
