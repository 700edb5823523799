package org.copydesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Photo;

/**
 * An article as a ninjs 3.1 object, and back. Standard fields carry what other newsroom systems
 * read (headlines, by, bodies as plain text and XHTML, pubStatus, photos as associations); the
 * exact block structure and Copydesk's own facts travel in a body and in altIds of Copydesk's
 * roles, so import reproduces the article exactly.
 */
final class NinjsArticle {
    private static final Words WORDS = Words.ofPackage(NinjsArticle.class);
    static final String ARTICLE_URN = "urn:copydesk:article:";
    static final String PHOTO_URN = "urn:copydesk:photo:";
    static final String PACKAGE_FILE_URN = "urn:copydesk:package-file:";
    static final String BLOCKS_TYPE = "application/vnd.copydesk.blocks+json";
    private static final String ID_EDITION = "copydesk-edition";
    private static final String ID_STATUS = "copydesk-status";
    private static final String ID_TARGET = "copydesk-target-length";
    /**
     * The 转版标题 the desk wrote, as a {@code descriptions} item of Copydesk's role: a ninjs
     * headline of a new role would make older Copydesk readers (which refuse unknown headline
     * roles) refuse the whole package, and other systems would take it for a headline of the story.
     */
    static final String JUMP_HEADLINE_ROLE = "copydesk-jump-headline";

    private final ObjectMapper json;

    NinjsArticle(ObjectMapper json) {
        this.json = json;
    }

    /** The ninjs object; {@code photoFiles} maps photo id to its file in the package. */
    ObjectNode write(Article article, List<Photo> photos, Map<String, String> photoFiles) {
        return write(article, photos, photoFiles, List.of());
    }

    /** As above, with the editors' notes on the story as metadata ({@link NinjsNotes}), never in a body. */
    ObjectNode write(Article article, List<Photo> photos, Map<String, String> photoFiles,
                     List<org.copydesk.model.EditorNote> notes) {
        ObjectNode n = json.createObjectNode();
        n.put("uri", ARTICLE_URN + article.id());
        n.put("type", "text");
        n.put("profile", "copydesk-article");
        n.put("version", Long.toString(article.version()));
        n.put("firstCreated", article.created().toString());
        n.put("versionCreated", article.updated().toString());
        n.put("pubStatus", switch (article.status()) {
            case SIGNED_OFF -> "usable";
            case SPIKED -> "canceled";
            case DRAFT, SUBMITTED, EDITING, FOR_REVIEW -> "withheld";
        });
        n.put("language", "zh-CN");
        ArrayNode headlines = n.putArray("headlines");
        headline(headlines, "kicker", article.kicker());
        headline(headlines, "main", article.headline());
        headline(headlines, "subhead", article.subtitle());
        if (!article.byline().isEmpty()) {
            n.put("by", article.byline());
        }
        article.body().stream().filter(Block.Lead.class::isInstance).map(b -> ((Block.Lead) b).dateline())
                .filter(d -> !d.isEmpty()).findFirst().ifPresent(d -> n.put("located", d));
        ArrayNode bodies = n.putArray("bodies");
        body(bodies, "main", "text/plain", article.plainText());
        body(bodies, "richtext", "application/xhtml+xml", xhtml(article.body()));
        body(bodies, "copydesk-blocks", BLOCKS_TYPE, blocksJson(article.body()));
        ArrayNode altIds = n.putArray("altIds");
        altId(altIds, ID_EDITION, article.editionId());
        altId(altIds, ID_STATUS, article.status().name());
        altId(altIds, ID_TARGET, Integer.toString(article.targetLength()));
        if (!photos.isEmpty()) {
            ArrayNode associations = n.putArray("associations");
            int index = 1;
            for (Photo photo : photos) {
                associations.add(association(photo, "photo" + index++, photoFiles.get(photo.id())));
            }
        }
        if (!article.jumpHeadline().isBlank()) {
            // Only one the desk wrote: an empty one is derived from the headline again on import.
            n.putArray("descriptions").addObject().put("role", JUMP_HEADLINE_ROLE).put("contentType", "text/plain")
                    .put("value", article.jumpHeadline());
        }
        new NinjsNotes(json).write(n, notes);
        return n;
    }

    private ObjectNode association(Photo photo, String name, String file) {
        ObjectNode a = json.createObjectNode();
        a.put("name", name);
        a.put("uri", PHOTO_URN + photo.id());
        a.put("type", "picture");
        if (!photo.caption().photographer().isEmpty()) {
            a.put("by", photo.caption().photographer());
        }
        ArrayNode descriptions = a.putArray("descriptions");
        if (!photo.caption().text().isEmpty()) {
            descriptions.addObject().put("role", "caption").put("value", photo.caption().text());
        }
        String creditLine = photo.caption().photographer().isEmpty() ? photo.caption().credit() : photo.caption().photographer() + "/摄";
        if (!creditLine.isEmpty()) {
            descriptions.addObject().put("role", "creditline").put("value", creditLine);
        }
        ObjectNode rendition = a.putArray("renditions").addObject();
        rendition.put("name", "original");
        // ninjs declares href a URI, so the package-relative path travels as a URN.
        rendition.put("href", PACKAGE_FILE_URN + file);
        rendition.put("contentType", photo.mediaType());
        rendition.put("width", photo.widthPx());
        rendition.put("height", photo.heightPx());
        return a;
    }

    /** Reads the article back, checking each field it needs. */
    Article read(JsonNode n, String entry, String editionId) {
        JsonFields f = new JsonFields(entry);
        if (!n.isObject()) {
            throw f.problem(WORDS.format("article.notObject"));
        }
        String uri = f.text(n, "uri");
        if (!uri.startsWith(ARTICLE_URN) || uri.length() == ARTICLE_URN.length()) {
            throw f.problem(WORDS.format("article.badUri", ARTICLE_URN, uri));
        }
        String id = uri.substring(ARTICLE_URN.length());
        long version;
        try {
            version = Long.parseLong(f.text(n, "version"));
        } catch (NumberFormatException e) {
            throw f.problem(WORDS.format("article.badVersion"));
        }
        String kicker = "";
        String headline = "";
        String subtitle = "";
        for (JsonNode h : f.array(n, "headlines")) {
            String role = f.text(h, "role");
            String value = f.within(WORDS.format("part.headline", role)).text(h, "value");
            switch (role) {
                case "kicker" -> kicker = value;
                case "main" -> headline = value;
                case "subhead" -> subtitle = value;
                default -> throw f.problem(WORDS.format("article.unknownHeadlineRole", h.get("role")));
            }
        }
        String blocks = null;
        for (JsonNode b : f.array(n, "bodies")) {
            if (BLOCKS_TYPE.equals(f.optionalText(b, "contentType"))) {
                blocks = f.within(WORDS.format("part.body", BLOCKS_TYPE)).text(b, "value");
            }
        }
        if (blocks == null) {
            throw f.problem(WORDS.format("article.noBlocks", BLOCKS_TYPE));
        }
        String articleEdition = null;
        ArticleStatus status = null;
        int target = 0;
        for (JsonNode alt : f.array(n, "altIds")) {
            String value = f.text(alt, "value");
            switch (f.text(alt, "role")) {
                case ID_EDITION -> articleEdition = value;
                case ID_STATUS -> status = parseStatus(f, value);
                case ID_TARGET -> target = parseTarget(f, value);
                default -> { }
            }
        }
        if (status == null) {
            throw f.problem(WORDS.format("article.noStatus", ID_STATUS));
        }
        if (!editionId.equals(articleEdition)) {
            throw f.problem(WORDS.format("article.otherEdition", articleEdition, editionId));
        }
        Article article = new Article(id, editionId, kicker, headline, subtitle, f.optionalText(n, "by"),
                readBlocks(f, blocks), status, target, version, f.instant(n, "firstCreated"), f.instant(n, "versionCreated"),
                jumpHeadline(n, f));
        if (article.textCharacters() > Article.MAX_TEXT_CHARACTERS) {
            throw f.problem(WORDS.format("article.tooLong", article.textCharacters(), Article.MAX_TEXT_CHARACTERS));
        }
        return article;
    }

    /** The desk's 转版标题, when the package carries one (older packages do not: it is then derived). */
    private static String jumpHeadline(JsonNode n, JsonFields f) {
        if (n.get("descriptions") == null) {
            return "";
        }
        String jump = "";
        for (JsonNode d : f.array(n, "descriptions")) {
            if (JUMP_HEADLINE_ROLE.equals(f.optionalText(d, "role"))) {
                jump = f.within(WORDS.format("part.jumpHeadline")).text(d, "value").strip();
            }
        }
        int length = jump.codePointCount(0, jump.length());
        if (jump.contains("\n") || jump.contains("\r") || length > Article.MAX_JUMP_HEADLINE) {
            throw f.problem(WORDS.format("article.badJumpHeadline", length, Article.MAX_JUMP_HEADLINE));
        }
        return jump;
    }

    private static ArticleStatus parseStatus(JsonFields f, String value) {
        try {
            return ArticleStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw f.problem(WORDS.format("article.unknownStatus", value));
        }
    }

    private static int parseTarget(JsonFields f, String value) {
        try {
            int target = Integer.parseInt(value);
            if (target < 0) {
                throw new NumberFormatException();
            }
            return target;
        } catch (NumberFormatException e) {
            throw f.problem(WORDS.format("article.badTarget", value));
        }
    }

    private String blocksJson(List<Block> blocks) {
        ArrayNode array = json.createArrayNode();
        for (Block block : blocks) {
            ObjectNode b = array.addObject();
            if (block instanceof Block.Lead lead) {
                b.put("kind", "lead").put("dateline", lead.dateline()).put("text", lead.body());
            } else {
                b.put("kind", kind(block)).put("text", block.text());
            }
        }
        return array.toString();
    }

    private static String kind(Block block) {
        if (block instanceof Block.Subhead) {
            return "subhead";
        }
        if (block instanceof Block.EndByline) {
            return "endByline";
        }
        return "paragraph";
    }

    private List<Block> readBlocks(JsonFields f, String value) {
        JsonNode array;
        try {
            array = json.readTree(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw f.problem(WORDS.format("article.blocksNotJson", e.getOriginalMessage()));
        }
        if (array == null || !array.isArray()) {
            throw f.problem(WORDS.format("article.blocksNotArray"));
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonNode b : array) {
            JsonFields bf = f.within(WORDS.format("part.block", blocks.size() + 1));
            String text = bf.text(b, "text");
            blocks.add(switch (bf.text(b, "kind")) {
                case "lead" -> new Block.Lead(bf.text(b, "dateline"), text);
                case "paragraph" -> new Block.Paragraph(text);
                case "subhead" -> new Block.Subhead(text);
                case "endByline" -> new Block.EndByline(text);
                default -> throw f.problem(WORDS.format("article.unknownBlockKind", b.get("kind")));
            });
        }
        return blocks;
    }

    /** The body as XHTML for systems that show rich text: paragraphs, subheads, the dateline in bold. */
    private static String xhtml(List<Block> blocks) {
        StringBuilder x = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        for (Block block : blocks) {
            if (block instanceof Block.Lead lead) {
                x.append("<p>");
                if (!lead.dateline().isEmpty()) {
                    x.append("<strong>").append(escape(lead.dateline())).append("</strong>\u3000");
                }
                x.append(escape(lead.body())).append("</p>");
            } else {
                String tag = block instanceof Block.Subhead ? "h3" : "p";
                String attributes = block instanceof Block.EndByline ? " class=\"byline\"" : "";
                x.append('<').append(tag).append(attributes).append('>').append(escape(block.text()))
                        .append("</").append(tag).append('>');
            }
        }
        return x.append("</div>").toString();
    }

    private static void headline(ArrayNode headlines, String role, String value) {
        if (!value.isEmpty()) {
            headlines.addObject().put("role", role).put("value", value);
        }
    }

    private static void body(ArrayNode bodies, String role, String contentType, String value) {
        bodies.addObject().put("role", role).put("contentType", contentType).put("value", value)
                .put("charCount", value.codePointCount(0, value.length()));
    }

    private static void altId(ArrayNode altIds, String role, String value) {
        altIds.addObject().put("role", role).put("value", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
