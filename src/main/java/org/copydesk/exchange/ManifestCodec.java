package org.copydesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.GridRect;
import org.copydesk.model.LineBreakRules;
import org.copydesk.model.PageSpec;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoDetails;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;

/** Page specs, placements and captions as manifest JSON, and back with every field checked. */
final class ManifestCodec {
    private static final Words WORDS = Words.ofPackage(ManifestCodec.class);
    private final ObjectMapper json;

    ManifestCodec(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode spec(PageSpec spec) {
        ObjectNode s = json.createObjectNode();
        s.put("name", spec.name());
        s.put("trimWidthMm", spec.trimWidthMm());
        s.put("trimHeightMm", spec.trimHeightMm());
        s.put("marginTopMm", spec.marginTopMm());
        s.put("marginLeftMm", spec.marginLeftMm());
        s.put("columns", spec.columns());
        s.put("columnChars", spec.columnChars());
        s.put("gutterChars", spec.gutterChars());
        s.put("bodySizePt", spec.bodySizePt());
        s.put("leadingPt", spec.leadingPt());
        s.put("rows", spec.rows());
        s.put("lineBreakRules", spec.rules().name());
        return s;
    }

    PageSpec spec(JsonNode s, JsonFields f) {
        try {
            return new PageSpec(f.text(s, "name"), f.number(s, "trimWidthMm", 10, 2000), f.number(s, "trimHeightMm", 10, 2000),
                    f.number(s, "marginTopMm", 0, 500), f.number(s, "marginLeftMm", 0, 500), f.integer(s, "columns", 1, 40),
                    f.integer(s, "columnChars", 1, 200), f.integer(s, "gutterChars", 0, 20), f.number(s, "bodySizePt", 1, 100),
                    f.number(s, "leadingPt", 0, 100), f.integer(s, "rows", 1, 2000), f.enumValue(s, "lineBreakRules", LineBreakRules.class));
        } catch (IllegalArgumentException e) {
            throw f.problem(WORDS.format("field.invalid", e.getMessage()));
        }
    }

    ObjectNode placement(Placement placement) {
        ObjectNode p = json.createObjectNode();
        GridRect r = placement.frame();
        if (placement instanceof StoryPlacement story) {
            p.put("type", "story");
            p.put("articleId", story.articleId());
            p.put("part", story.part());
            p.put("textColumns", story.textColumns());
            p.put("headlineSizePt", story.headlineSizePt());
            // Written only when the frame is not plain, so packages of plain pages read as before.
            if (!story.style().equals(StoryStyle.PLAIN)) {
                ObjectNode look = p.putObject("style");
                look.put("border", story.style().border().name().toLowerCase(Locale.ROOT));
                look.put("tinted", story.style().tinted());
                look.put("verticalHeadline", story.style().verticalHeadline().name().toLowerCase(Locale.ROOT));
                look.put("verticalText", story.style().verticalText());
            }
        } else if (placement instanceof BannerPlacement banner) {
            p.put("type", "banner");
            p.put("bannerId", banner.bannerId());
            p.put("text", banner.text());
            p.put("tinted", banner.tinted());
            p.put("ruled", banner.ruled());
        } else if (placement instanceof IndexBoxPlacement index) {
            // The lines' pages are not written: a reader composes them from where the stories are.
            p.put("type", "index");
            p.put("indexId", index.indexId());
            p.put("title", index.title());
            ArrayNode entries = p.putArray("entries");
            for (IndexEntry entry : index.entries()) {
                ObjectNode e = entries.addObject();
                e.put("articleId", entry.articleId());
                if (!entry.shortText().isEmpty()) {
                    e.put("shortText", entry.shortText());
                }
            }
        } else if (placement instanceof PhotoPlacement photo) {
            p.put("type", "photo");
            p.put("photoId", photo.photoId());
            p.put("articleId", photo.articleId());
            photo.crop().ifPresent(crop -> {
                ObjectNode c = p.putObject("crop");
                c.put("focusX", crop.focusX());
                c.put("focusY", crop.focusY());
                c.put("zoom", crop.zoom());
            });
        } else if (placement instanceof AdPlacement ad) {
            // The writer adds "artwork" (the entry) and "artworkFileName" when the slot has its PDF.
            p.put("type", "ad");
            p.put("adId", ad.adId());
            p.put("advertiser", ad.advertiser());
        }
        p.put("column", r.column());
        p.put("row", r.row());
        p.put("columnSpan", r.columnSpan());
        p.put("rowSpan", r.rowSpan());
        return p;
    }

    /** A story frame's style; packages written before styles existed, and plain frames, have none. */
    private static StoryStyle style(JsonNode placement, JsonFields f) {
        if (!placement.has("style")) {
            return StoryStyle.PLAIN;
        }
        JsonNode look = f.object(placement, "style");
        return new StoryStyle(
                FrameBorder.valueOf(f.text(look, "border").toUpperCase(Locale.ROOT)),
                flag(look, "tinted", f),
                StoryStyle.VerticalHeadline.valueOf(f.text(look, "verticalHeadline").toUpperCase(Locale.ROOT)),
                flag(look, "verticalText", f));
    }

    /** A 导读 box's lines, in order, each a story id and an optional short text. */
    private static List<IndexEntry> indexEntries(JsonNode placement, JsonFields f) {
        List<IndexEntry> entries = new ArrayList<>();
        for (JsonNode e : f.array(placement, "entries")) {
            entries.add(new IndexEntry(f.text(e, "articleId"), f.optionalText(e, "shortText")));
        }
        if (entries.size() > IndexBoxPlacement.ENTRIES_MAX) {
            throw f.problem(WORDS.format("field.invalid", "entries: " + entries.size() + " > " + IndexBoxPlacement.ENTRIES_MAX));
        }
        return entries;
    }

    /** A true/false field; absent is false. */
    private static boolean flag(JsonNode node, String name, JsonFields f) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw f.problem(WORDS.format("field.invalid", name + ": " + value));
        }
        return value.booleanValue();
    }

    /** A photo frame's crop; packages written before crops existed have none and show the whole picture. */
    private static Optional<PhotoCrop> crop(JsonNode placement, JsonFields f) {
        if (!placement.has("crop")) {
            return Optional.empty();
        }
        JsonNode c = f.object(placement, "crop");
        return Optional.of(new PhotoCrop(f.number(c, "focusX", 0, 1), f.number(c, "focusY", 0, 1),
                f.number(c, "zoom", 1, PhotoCrop.MAX_ZOOM)));
    }

    List<Placement> placements(JsonNode array, JsonFields f) {
        List<Placement> placements = new ArrayList<>();
        for (JsonNode p : array) {
            try {
                GridRect frame = new GridRect(f.integer(p, "column", 0, 1000), f.integer(p, "row", 0, 10000),
                        f.integer(p, "columnSpan", 1, 1000), f.integer(p, "rowSpan", 1, 10000));
                placements.add(switch (f.text(p, "type")) {
                    case "story" -> new StoryPlacement(f.text(p, "articleId"), frame, f.integer(p, "part", 0, 100),
                            f.integer(p, "textColumns", 1, 100), f.number(p, "headlineSizePt", 0, 500), style(p, f));
                    case "banner" -> new BannerPlacement(f.text(p, "bannerId"), frame, f.text(p, "text"),
                            flag(p, "tinted", f), flag(p, "ruled", f));
                    case "index" -> new IndexBoxPlacement(f.text(p, "indexId"), frame, f.optionalText(p, "title"),
                            indexEntries(p, f));
                    case "photo" -> new PhotoPlacement(f.text(p, "photoId"), frame, f.optionalText(p, "articleId"),
                            crop(p, f));
                    // The reader attaches the artwork the placement names.
                    case "ad" -> new AdPlacement(f.text(p, "adId"), frame, f.optionalText(p, "advertiser"), Optional.empty());
                    default -> throw f.problem(WORDS.format("manifest.unknownPlacement", p.get("type")));
                });
            } catch (IllegalArgumentException e) {
                throw f.problem(WORDS.format("field.invalid", e.getMessage()));
            }
        }
        return placements;
    }

    ObjectNode caption(Caption caption) {
        ObjectNode c = json.createObjectNode();
        c.put("text", caption.text());
        c.put("photographer", caption.photographer());
        c.put("credit", caption.credit());
        c.put("kind", caption.kind().name());
        return c;
    }

    Caption caption(JsonNode c, JsonFields f) {
        return new Caption(f.text(c, "text"), f.text(c, "photographer"), f.text(c, "credit"), f.enumValue(c, "kind", CaptionKind.class));
    }

    ObjectNode details(PhotoDetails details) {
        ObjectNode d = json.createObjectNode();
        d.put("headline", details.headline());
        ArrayNode keywords = d.putArray("keywords");
        details.keywords().forEach(keywords::add);
        d.put("city", details.city());
        d.put("dateCreated", details.dateCreated());
        d.put("source", details.source());
        return d;
    }

    /** A photo's details; every field optional, as a later version may leave some out. */
    PhotoDetails details(JsonNode d, JsonFields f) {
        return new PhotoDetails(f.optionalText(d, "headline"), f.optionalTexts(d, "keywords"), f.optionalText(d, "city"),
                f.optionalText(d, "dateCreated"), f.optionalText(d, "source"));
    }
}
