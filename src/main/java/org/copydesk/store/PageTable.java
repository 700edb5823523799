package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;

/** SQL for {@code pages} and their {@code placements}. */
final class PageTable {
    private static final Words WORDS = Words.ofPackage(PageTable.class);
    private static final String PLACEMENT_COLUMNS = "page_id, list_order, kind, content_id, grid_column, grid_row,"
            + " column_span, row_span, part_order, text_columns, headline_size_pt, for_article_id, advertiser,"
            + " crop_focus_x, crop_focus_y, crop_zoom, frame_border, tinted, headline_side, vertical_text, banner_text, ruled,"
            + " index_title, index_entries";

    private PageTable() {
    }

    /** The edition's pages in page-number order, each with its placements in list order. */
    static List<Page> ofEdition(Connection c, StoreJson json, String editionId) throws SQLException {
        Map<String, Page> pages = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, page_number, section, spec_json, proof_round FROM pages"
                + " WHERE edition_id = ? ORDER BY page_number, id")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Page page = new Page(rs.getString(1), editionId, rs.getInt(2), rs.getString(3),
                            json.spec(rs.getString(4)), List.of(), proofRound(rs.getString(5)));
                    pages.put(page.id(), page);
                }
            }
        }
        Map<String, List<Placement>> placements = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + PLACEMENT_COLUMNS + " FROM placements"
                + " WHERE page_id IN (SELECT id FROM pages WHERE edition_id = ?) ORDER BY page_id, list_order")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    placements.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(readPlacement(rs, json));
                }
            }
        }
        Map<String, AdArtwork> artwork = artworkOfEdition(c, editionId);
        List<Page> result = new ArrayList<>(pages.size());
        for (Page page : pages.values()) {
            List<Placement> onPage = placements.getOrDefault(page.id(), List.of()).stream()
                    .map(p -> p instanceof AdPlacement ad
                            ? ad.withArtwork(Optional.ofNullable(artwork.get(artworkKey(page.id(), ad.adId())))) : p)
                    .toList();
            result.add(page.withPlacements(onPage));
        }
        return result;
    }

    /** Pages in the order {@link #ofEdition} reads them: by number, then id. */
    static List<Page> inStoredOrder(List<Page> pages) {
        return pages.stream().sorted(Comparator.comparingInt(Page::number).thenComparing(Page::id)).toList();
    }

    /** Deletes a page; its frames go with it (the stories and photos stay in the edition). */
    static void delete(Connection c, String pageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pages WHERE id = ?")) {
            s.setString(1, pageId);
            s.executeUpdate();
        }
    }

    /** Takes every frame of a story off the pages of an edition. */
    static void removeStory(Connection c, String editionId, String articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM placements WHERE kind = 'story' AND content_id = ?"
                + " AND page_id IN (SELECT id FROM pages WHERE edition_id = ?)")) {
            s.setString(1, articleId);
            s.setString(2, editionId);
            s.executeUpdate();
        }
    }

    /**
     * Inserts the page, or updates it when a page with its id exists in the same edition. An update
     * leaves the stored proof round (校次) alone: it moves only through the stage rules.
     */
    static void save(Connection c, StoreJson json, Page page) throws SQLException {
        int updated;
        try (PreparedStatement s = c.prepareStatement("UPDATE pages SET page_number = ?, section = ?, spec_json = ?"
                + " WHERE id = ? AND edition_id = ?")) {
            s.setInt(1, page.number());
            s.setString(2, page.section());
            s.setString(3, json.spec(page.spec()));
            s.setString(4, page.id());
            s.setString(5, page.editionId());
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            insert(c, json, page);
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM placements WHERE page_id = ?")) {
            s.setString(1, page.id());
            s.executeUpdate();
        }
        insertPlacements(c, json, page);
    }

    static void insert(Connection c, StoreJson json, Page page) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pages (id, edition_id, page_number, section, spec_json,"
                + " proof_round) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, page.id());
            s.setString(2, page.editionId());
            s.setInt(3, page.number());
            s.setString(4, page.section());
            s.setString(5, json.spec(page.spec()));
            s.setString(6, page.proofRound().name());
            s.executeUpdate();
        }
        insertPlacements(c, json, page);
    }

    /** A round this Copydesk does not know (a newer one wrote it) reads as the first proof. */
    private static ProofRound proofRound(String name) {
        return org.copydesk.model.Stage.of(org.copydesk.model.Stage.Kind.PAGE, name)
                .map(ProofRound.class::cast).orElse(ProofRound.FIRST);
    }

    static boolean exists(Connection c, String pageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pages WHERE id = ?")) {
            s.setString(1, pageId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertPlacements(Connection c, StoreJson json, Page page) throws SQLException {
        saveArtwork(c, page);
        if (page.placements().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO placements (" + PLACEMENT_COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (Placement placement : page.placements()) {
                GridRect r = placement.frame();
                s.setString(1, page.id());
                s.setInt(2, order++);
                s.setString(4, placement.contentId());
                s.setInt(5, r.column());
                s.setInt(6, r.row());
                s.setInt(7, r.columnSpan());
                s.setInt(8, r.rowSpan());
                if (placement instanceof StoryPlacement story) {
                    s.setString(3, "story");
                    s.setInt(9, story.part());
                    s.setInt(10, story.textColumns());
                    s.setDouble(11, story.headlineSizePt());
                    s.setNull(12, Types.VARCHAR);
                    s.setNull(13, Types.VARCHAR);
                    setCrop(s, Optional.empty());
                    setStyle(s, story.style());
                } else if (placement instanceof PhotoPlacement photo) {
                    s.setString(3, "photo");
                    s.setNull(9, Types.INTEGER);
                    s.setNull(10, Types.INTEGER);
                    s.setNull(11, Types.DOUBLE);
                    s.setString(12, photo.articleId());
                    s.setNull(13, Types.VARCHAR);
                    setCrop(s, photo.crop());
                    setStyle(s, StoryStyle.PLAIN);
                } else if (placement instanceof BannerPlacement banner) {
                    s.setString(3, "banner");
                    s.setNull(9, Types.INTEGER);
                    s.setNull(10, Types.INTEGER);
                    s.setNull(11, Types.DOUBLE);
                    s.setNull(12, Types.VARCHAR);
                    s.setNull(13, Types.VARCHAR);
                    setCrop(s, Optional.empty());
                    setStyle(s, StoryStyle.PLAIN.withTint(banner.tinted()));
                    s.setString(21, banner.text());
                    s.setBoolean(22, banner.ruled());
                } else if (placement instanceof IndexBoxPlacement index) {
                    s.setString(3, "index");
                    s.setNull(9, Types.INTEGER);
                    s.setNull(10, Types.INTEGER);
                    s.setNull(11, Types.DOUBLE);
                    s.setNull(12, Types.VARCHAR);
                    s.setNull(13, Types.VARCHAR);
                    setCrop(s, Optional.empty());
                    setStyle(s, StoryStyle.PLAIN);
                    s.setString(23, index.title());
                    s.setString(24, json.indexEntries(index.entries()));
                } else {
                    AdPlacement ad = (AdPlacement) placement;
                    s.setString(3, "ad");
                    s.setNull(9, Types.INTEGER);
                    s.setNull(10, Types.INTEGER);
                    s.setNull(11, Types.DOUBLE);
                    s.setNull(12, Types.VARCHAR);
                    s.setString(13, ad.advertiser());
                    setCrop(s, Optional.empty());
                    setStyle(s, StoryStyle.PLAIN);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Placement readPlacement(ResultSet rs, StoreJson json) throws SQLException {
        GridRect frame = new GridRect(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8));
        String kind = rs.getString(3);
        return switch (kind) {
            case "story" -> new StoryPlacement(rs.getString(4), frame, rs.getInt(9), rs.getInt(10), rs.getDouble(11),
                    readStyle(rs));
            case "banner" -> new BannerPlacement(rs.getString(4), frame, rs.getString(21), rs.getBoolean(18),
                    rs.getBoolean(22));
            case "index" -> new IndexBoxPlacement(rs.getString(4), frame, rs.getString(23),
                    rs.getString(24) == null ? List.of() : json.indexEntries(rs.getString(24)));
            case "photo" -> new PhotoPlacement(rs.getString(4), frame, rs.getString(12), readCrop(rs));
            case "ad" -> new AdPlacement(rs.getString(4), frame, rs.getString(13), Optional.empty());
            default -> throw new StoreException(WORDS.format("data.unknownPlacement", rs.getString(1), kind));
        };
    }

    /**
     * A story frame's style; a plain one is all NULLs, so rows written before schema 15 and plain
     * frames read alike. Banners and other frames reach here with only the tint (or nothing) set.
     */
    private static void setStyle(PreparedStatement s, StoryStyle style) throws SQLException {
        setText(s, 17, style.border() == FrameBorder.NONE ? null : style.border().name());
        setFlag(s, 18, style.tinted());
        setText(s, 19, style.verticalHeadline() == StoryStyle.VerticalHeadline.NONE ? null : style.verticalHeadline().name());
        setFlag(s, 20, style.verticalText());
        s.setNull(21, Types.VARCHAR);
        s.setNull(22, Types.BOOLEAN);
        s.setNull(23, Types.VARCHAR);
        s.setNull(24, Types.VARCHAR);
    }

    private static void setText(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static void setFlag(PreparedStatement s, int index, boolean value) throws SQLException {
        if (value) {
            s.setBoolean(index, true);
        } else {
            s.setNull(index, Types.BOOLEAN);
        }
    }

    private static StoryStyle readStyle(ResultSet rs) throws SQLException {
        try {
            String border = rs.getString(17);
            String side = rs.getString(19);
            return new StoryStyle(border == null ? FrameBorder.NONE : FrameBorder.valueOf(border), rs.getBoolean(18),
                    side == null ? StoryStyle.VerticalHeadline.NONE : StoryStyle.VerticalHeadline.valueOf(side),
                    rs.getBoolean(20));
        } catch (IllegalArgumentException e) {
            throw new StoreException(WORDS.format("data.badFrameStyle", rs.getString(1), rs.getString(4), e.getMessage()), e);
        }
    }

    private static void setCrop(PreparedStatement s, Optional<PhotoCrop> crop) throws SQLException {
        if (crop.isPresent()) {
            s.setDouble(14, crop.get().focusX());
            s.setDouble(15, crop.get().focusY());
            s.setDouble(16, crop.get().zoom());
        } else {
            s.setNull(14, Types.DOUBLE);
            s.setNull(15, Types.DOUBLE);
            s.setNull(16, Types.DOUBLE);
        }
    }

    private static Optional<PhotoCrop> readCrop(ResultSet rs) throws SQLException {
        double zoom = rs.getDouble(16);
        if (rs.wasNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PhotoCrop(rs.getDouble(14), rs.getDouble(15), zoom));
        } catch (IllegalArgumentException e) {
            throw new StoreException(WORDS.format("data.badCrop", rs.getString(1), rs.getString(4), e.getMessage()), e);
        }
    }

    /** Each ad slot's artwork on the edition's pages, by {@link #artworkKey}. */
    private static Map<String, AdArtwork> artworkOfEdition(Connection c, String editionId) throws SQLException {
        Map<String, AdArtwork> artwork = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT page_id, ad_id, file_name, content FROM ad_artwork"
                + " WHERE page_id IN (SELECT id FROM pages WHERE edition_id = ?)")) {
            s.setString(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    artwork.put(artworkKey(rs.getString(1), rs.getString(2)), new AdArtwork(rs.getString(3), rs.getBytes(4)));
                }
            }
        }
        return artwork;
    }

    private static String artworkKey(String pageId, String adId) {
        return pageId + "\n" + adId;
    }

    /**
     * Brings the page's ad artwork rows in line with its ad slots: rows of slots gone or without
     * artwork are deleted; a slot's file is written only when it is new or changed (by digest), so
     * moving other frames on the page does not rewrite advertisers' PDFs.
     */
    private static void saveArtwork(Connection c, Page page) throws SQLException {
        Map<String, String> stored = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ad_id, sha256, file_name FROM ad_artwork WHERE page_id = ?")) {
            s.setString(1, page.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2) + "\n" + rs.getString(3));
                }
            }
        }
        Map<String, AdArtwork> wanted = new LinkedHashMap<>();
        for (Placement placement : page.placements()) {
            if (placement instanceof AdPlacement ad && ad.artwork().isPresent()) {
                wanted.put(ad.adId(), ad.artwork().get());
            }
        }
        for (String adId : stored.keySet()) {
            AdArtwork art = wanted.get(adId);
            if (art == null || !stored.get(adId).equals(art.sha256() + "\n" + art.fileName())) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM ad_artwork WHERE page_id = ? AND ad_id = ?")) {
                    s.setString(1, page.id());
                    s.setString(2, adId);
                    s.executeUpdate();
                }
            } else {
                wanted.remove(adId);
            }
        }
        for (Map.Entry<String, AdArtwork> e : wanted.entrySet()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ad_artwork"
                    + " (page_id, ad_id, file_name, sha256, size_bytes, content) VALUES (?, ?, ?, ?, ?, ?)")) {
                AdArtwork art = e.getValue();
                s.setString(1, page.id());
                s.setString(2, e.getKey());
                s.setString(3, art.fileName());
                s.setString(4, art.sha256());
                s.setLong(5, art.size());
                s.setBytes(6, art.pdf());
                s.executeUpdate();
            }
        }
    }
}
