package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LayoutProblem;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.PageLayout;

/**
 * Finds characters the fonts cannot draw, across the whole edition at once, so that each missing
 * character is reported once per story (or caption, or page head) with the line it is on, even when
 * the story runs over several pages. Text that was set is read from the lines; text that did not
 * fit (overset) is read from the article, so a missing glyph there is not lost either.
 */
final class GlyphCheck {
    /** Where a missing character was first met: the page, the kind of line, a snippet of it, and the face. */
    private record Sighting(int page, LineRole role, String snippet, FontFace face) {
    }

    private final FontCatalogue fonts;
    private final HouseStyle style;
    private final PreflightText text;

    GlyphCheck(FontCatalogue fonts, HouseStyle style, PreflightText text) {
        this.fonts = fonts;
        this.style = style;
        this.text = text;
    }

    /** The findings for the composed pages of {@code content}, {@code layouts} in page order. */
    List<Finding> check(EditionContent content, List<PageLayout> layouts) {
        // content id -> code point -> first sighting
        Map<String, Map<Integer, Sighting>> set = new LinkedHashMap<>();
        for (PageLayout layout : layouts) {
            for (LayoutFrame frame : layout.frames()) {
                scanLines(layout.pageNumber(), frame.lines(), set.computeIfAbsent(frame.contentId(), id -> new TreeMap<>()));
            }
            scanLines(layout.pageNumber(), layout.extras(), set.computeIfAbsent(layout.pageId(), id -> new TreeMap<>()));
        }
        Map<String, Map<Integer, Sighting>> overset = new LinkedHashMap<>();
        Preflight.lastPageOfEachStory(content).forEach((articleId, page) -> content.article(articleId).ifPresent(article ->
                scanUnsetText(article, page, set.getOrDefault(articleId, Map.of()),
                        overset.computeIfAbsent(articleId, id -> new TreeMap<>()))));

        List<Finding> findings = new ArrayList<>();
        set.forEach((id, missing) -> report(findings, Severity.ERROR, id, missing, "missing-glyph"));
        overset.forEach((id, missing) -> report(findings, Severity.WARNING, id, missing, "missing-glyph.overset"));
        keepUnexplainedComposerNotes(layouts, set, overset, findings);
        return findings;
    }

    private void scanLines(int page, List<LayoutLine> lines, Map<Integer, Sighting> missing) {
        for (LayoutLine line : lines) {
            for (GlyphRun run : line.runs()) {
                run.text().codePoints().filter(cp -> !drawable(run.face(), cp)).forEach(cp -> missing.putIfAbsent(cp,
                        new Sighting(page, line.role(), abbreviate(line.text()), run.face())));
            }
        }
    }

    /** Characters in the story's text that no set line shows: they are in its overset. */
    private void scanUnsetText(Article article, int page, Map<Integer, Sighting> alreadySeen, Map<Integer, Sighting> missing) {
        for (StoryText piece : StoryText.of(article, style)) {
            String text = piece.text();
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int cp = text.codePointAt(i);
                if (!drawable(piece.face(), cp) && !alreadySeen.containsKey(cp)) {
                    missing.putIfAbsent(cp, new Sighting(page, piece.role(), around(text, i), piece.face()));
                }
            }
        }
    }

    /**
     * The composer notes missing glyphs too, without saying on which line. Its note is kept only for
     * what the scan above did not explain: content with no character reported, on a page where
     * nothing was reported (caption and page-head notes come under the page's id). A story set over
     * several pages carries the same note on each: it is kept once.
     */
    private void keepUnexplainedComposerNotes(List<PageLayout> layouts, Map<String, Map<Integer, Sighting>> set,
                                                     Map<String, Map<Integer, Sighting>> overset, List<Finding> findings) {
        Set<Integer> pagesWithSightings = new HashSet<>();
        set.values().forEach(m -> m.values().forEach(s -> pagesWithSightings.add(s.page())));
        Set<String> notesKept = new HashSet<>();
        for (PageLayout layout : layouts) {
            for (LayoutProblem problem : layout.problems()) {
                if (problem.kind() != LayoutProblem.Kind.MISSING_GLYPH) {
                    continue;
                }
                String id = problem.contentId();
                boolean explained = !set.getOrDefault(id, Map.of()).isEmpty() || !overset.getOrDefault(id, Map.of()).isEmpty()
                        || id.equals(layout.pageId()) && pagesWithSightings.contains(layout.pageNumber());
                if (!explained && notesKept.add(id + "\n" + problem.detail())) {
                    findings.add(text.finding(Severity.ERROR, Check.MISSING_GLYPH, layout.pageNumber(), id,
                            Message.of("missing-glyph.composer", problem.detail())));
                }
            }
        }
    }

    /** One finding per content and page, listing each character once. */
    private void report(List<Finding> findings, Severity severity, String contentId, Map<Integer, Sighting> missing,
                        String key) {
        Map<Integer, List<Map.Entry<Integer, Sighting>>> byPage = missing.entrySet().stream()
                .collect(Collectors.groupingBy(e -> e.getValue().page(), TreeMap::new, Collectors.toList()));
        byPage.forEach((page, entries) -> findings.add(text.finding(severity, Check.MISSING_GLYPH, page, contentId,
                Message.of(key, entries.stream().map(e -> character(e.getKey(), e.getValue())).toList()))));
    }

    /** One missing character: itself, its code point, and the line it is on. */
    private static Message character(int codePoint, Sighting sighting) {
        return Message.of("missing-glyph.character", Character.toString(codePoint), String.format("U+%04X", codePoint),
                Message.of("line-role." + sighting.role().name()), sighting.snippet(),
                Message.of("font-face." + sighting.face().name()));
    }

    private boolean drawable(FontFace face, int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || fonts.metrics(face).covers(codePoint);
    }

    static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) <= 16 ? text
                : text.substring(0, text.offsetByCodePoints(0, 15)) + "…";
    }

    /** A few characters either side of index {@code i}, so the desk can find the place in a long paragraph. */
    private static String around(String text, int i) {
        int start = i;
        for (int k = 0; k < 6 && start > 0; k++) {
            start = text.offsetByCodePoints(start, -1);
        }
        String tail = text.substring(start);
        String snippet = abbreviate(tail);
        return (start > 0 ? "…" : "") + snippet;
    }
}
