package org.copydesk.typeset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;

/**
 * What a composed page prints, in a canonical form: every line's text, position, face and size and
 * every frame's place, crop and picture, in whole thousandths of a point. A sign-off (签发) records
 * its {@link #digest()} and its {@link #json()}; comparing a later page's snapshot with the signed one
 * says whether, and which lines, changed.
 *
 * <p>The JSON is written here field by field in a fixed order, with integers only, so the same page
 * gives the same bytes on every run and machine (no map order, no float printing, no object
 * identity), and the digest is the SHA-256 of those bytes.
 *
 * @param lines  every line of the page in reading order (running head, then frame by frame)
 * @param frames every frame of the page in reading order
 */
public record PageSnapshot(List<Line> lines, List<Frame> frames) {
    /** Positions are kept in thousandths of a point: far finer than print, coarse enough to be exact. */
    private static final double UNITS_PER_POINT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public PageSnapshot {
        lines = List.copyOf(lines);
        frames = List.copyOf(frames);
    }

    /**
     * One set line.
     *
     * @param frame    the frame's content id (story, photo or ad slot) and part, as {@code id#part}; empty for the running head
     * @param role     what kind of line ({@link LineRole} name)
     * @param text     what it says
     * @param face     the face of its first run (a line mixing faces lists each in {@code faces})
     * @param faces    every run's face and size, as {@code FACE@size}, joined by spaces
     * @param x        the left edge of its first glyph, in thousandths of a point
     * @param baseline its baseline, in thousandths of a point
     * @param glyphs   a digest of every glyph's x and advance, so spacing changes count even where the text does not
     */
    public record Line(String frame, String role, String text, String face, String faces, long x, long baseline,
                       String glyphs) {
        public Line {
            Objects.requireNonNull(frame, "frame");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(face, "face");
            Objects.requireNonNull(faces, "faces");
            Objects.requireNonNull(glyphs, "glyphs");
        }

        /** Same words in the same faces and sizes, wherever they sit. */
        public boolean sameWords(Line other) {
            return frame.equals(other.frame) && text.equals(other.text) && faces.equals(other.faces);
        }
    }

    /**
     * One frame.
     *
     * @param kind    story, photo or ad
     * @param id      content id and part, as {@code id#part}
     * @param box     x, y, width, height in thousandths of a point
     * @param crop    for a photo: the drawn picture box and the crop's focus and zoom in thousandths; empty otherwise
     * @param picture the SHA-256 of the photo's bytes or the ad's artwork; empty when there is none
     */
    public record Frame(String kind, String id, List<Long> box, List<Long> crop, String picture) {
        public Frame {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            box = List.copyOf(box);
            crop = List.copyOf(crop);
            Objects.requireNonNull(picture, "picture");
        }
    }

    /** The snapshot of {@code layout}, with the pictures of its photo and ad frames read from {@code content}. */
    public static PageSnapshot of(PageLayout layout, EditionContent content) {
        List<Line> lines = new ArrayList<>();
        layout.extras().forEach(line -> lines.add(line("", line)));
        List<Frame> frames = new ArrayList<>();
        Page page = content.pages().stream().filter(p -> p.id().equals(layout.pageId())).findFirst().orElse(null);
        for (LayoutFrame frame : layout.frames()) {
            String id = frame.contentId() + "#" + frame.part();
            frame.lines().forEach(line -> lines.add(line(id, line)));
            List<Long> crop = frame.image().map(fit -> List.of(units(fit.box().x()), units(fit.box().y()),
                    units(fit.box().width()), units(fit.box().height()), thousandths(fit.crop().focusX()),
                    thousandths(fit.crop().focusY()), thousandths(fit.crop().zoom()))).orElse(List.of());
            frames.add(new Frame(frame.kind().name(), id, box(frame.bounds()), crop, picture(frame, content, page)));
        }
        // Tints (a boxed story's 底纹, a banner's ground) print too: a tint put on or taken off changes the page.
        for (Fill fill : layout.fills()) {
            frames.add(new Frame("FILL", "", box(fill.box()), List.of(thousandths(fill.ink())), ""));
        }
        return new PageSnapshot(lines, frames);
    }

    private static Line line(String frame, LayoutLine line) {
        StringBuilder faces = new StringBuilder();
        StringBuilder glyphs = new StringBuilder();
        for (GlyphRun run : line.runs()) {
            if (faces.length() > 0) {
                faces.append(' ');
            }
            faces.append(run.face().name()).append('@').append(units(run.sizePt()));
            for (int i = 0; i < run.length(); i++) {
                glyphs.append(units(run.x(i))).append(',').append(units(run.advance(i))).append(';');
            }
        }
        String face = line.runs().isEmpty() ? "" : line.runs().get(0).face().name();
        long x = units(line.runs().isEmpty() ? line.x() : line.runs().get(0).left());
        return new Line(frame, line.role().name(), line.text(), face, faces.toString(), x, units(line.baseline()),
                sha256(glyphs.toString()).substring(0, 16));
    }

    private static String picture(LayoutFrame frame, EditionContent content, Page page) {
        return switch (frame.kind()) {
            case PHOTO -> content.photo(frame.contentId()).map(Photo::sha256).orElse("");
            case AD -> page == null ? "" : page.placements().stream()
                    .filter(p -> p instanceof AdPlacement ad && ad.adId().equals(frame.contentId()))
                    .map(p -> ((AdPlacement) p).artwork().map(a -> a.sha256()).orElse(""))
                    .findFirst().orElse("");
            case STORY, BANNER, INDEX -> "";
        };
    }

    private static List<Long> box(Box box) {
        return List.of(units(box.x()), units(box.y()), units(box.width()), units(box.height()));
    }

    private static long units(double points) {
        return Math.round(points * UNITS_PER_POINT);
    }

    private static long thousandths(double value) {
        return Math.round(value * 1000);
    }

    /** The canonical compact JSON: fixed field order, integers only. */
    public String json() {
        StringBuilder out = new StringBuilder(lines.size() * 80 + 64);
        out.append("{\"v\":1,\"lines\":[");
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            out.append(i == 0 ? "" : ",").append("{\"f\":");
            string(out, l.frame());
            out.append(",\"r\":");
            string(out, l.role());
            out.append(",\"t\":");
            string(out, l.text());
            out.append(",\"face\":");
            string(out, l.face());
            out.append(",\"faces\":");
            string(out, l.faces());
            out.append(",\"x\":").append(l.x()).append(",\"y\":").append(l.baseline()).append(",\"g\":");
            string(out, l.glyphs());
            out.append('}');
        }
        out.append("],\"frames\":[");
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            out.append(i == 0 ? "" : ",").append("{\"k\":");
            string(out, f.kind());
            out.append(",\"id\":");
            string(out, f.id());
            out.append(",\"box\":").append(numbers(f.box())).append(",\"crop\":").append(numbers(f.crop()))
                    .append(",\"pic\":");
            string(out, f.picture());
            out.append('}');
        }
        return out.append("]}").toString();
    }

    /** {@code sha256:} and the hex SHA-256 of {@link #json()}. */
    public String digest() {
        return "sha256:" + sha256(json());
    }

    /**
     * Reads a snapshot written by {@link #json()}.
     *
     * @throws IllegalArgumentException when the text is not such a snapshot
     */
    public static PageSnapshot parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || root.path("v").asInt() != 1) {
                throw new IllegalArgumentException("not a page snapshot of version 1");
            }
            List<Line> lines = new ArrayList<>();
            for (JsonNode l : root.path("lines")) {
                lines.add(new Line(l.path("f").asText(), l.path("r").asText(), l.path("t").asText(),
                        l.path("face").asText(), l.path("faces").asText(), l.path("x").asLong(), l.path("y").asLong(),
                        l.path("g").asText()));
            }
            List<Frame> frames = new ArrayList<>();
            for (JsonNode f : root.path("frames")) {
                frames.add(new Frame(f.path("k").asText(), f.path("id").asText(), longs(f.path("box")),
                        longs(f.path("crop")), f.path("pic").asText()));
            }
            return new PageSnapshot(lines, frames);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a page snapshot: " + e.getMessage(), e);
        }
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asLong()));
        return values;
    }

    private static String numbers(List<Long> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(values.get(i));
        }
        return out.append(']').toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as is (UTF-8). */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
