package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutProblem;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;

/**
 * Runs every check on an edition, page by page on the composed layouts, then across the edition.
 * Findings come sorted: errors first, then by page.
 */
public final class Preflight {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(Finding::pageNumber).thenComparing(Finding::check).thenComparing(Finding::contentId);
    private final PageComposer composer;
    private final PreflightRules rules;
    private final FontCatalogue fonts;

    /** Default thresholds; glyph coverage from the bundled fonts, the files the PDF embeds. */
    public Preflight(PageComposer composer) {
        this(composer, PreflightRules.defaults());
    }

    public Preflight(PageComposer composer, PreflightRules rules) {
        this(composer, rules, FontCatalogue.bundled());
    }

    public Preflight(PageComposer composer, PreflightRules rules, FontCatalogue fonts) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    public List<Finding> check(EditionContent content) {
        Set<Finding> findings = new LinkedHashSet<>();
        List<PageLayout> layouts = new ArrayList<>();
        for (Page page : content.pages()) {
            try {
                layouts.add(composer.compose(content, page.number()));
            } catch (RuntimeException e) {
                findings.add(new Finding(Severity.ERROR, Check.LAYOUT, page.number(), page.id(),
                        "page cannot be composed: " + e.getMessage()));
            }
        }
        Map<String, Integer> lastPages = lastPageOfEachStory(content);
        for (PageLayout layout : layouts) {
            checkPage(content, layout, lastPages, findings);
        }
        findings.addAll(new GlyphCheck(fonts).check(content, layouts));
        checkJumps(content, findings);
        checkUnplaced(content, findings);
        return findings.stream().sorted(ORDER).toList();
    }

    /** Whether any finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    private void checkPage(EditionContent content, PageLayout layout, Map<String, Integer> lastPages, Set<Finding> findings) {
        int page = layout.pageNumber();
        Set<String> oversetStories = new HashSet<>();
        for (Copyfit fit : layout.copyfits()) {
            if (fit.overset() && !overflowsHere(layout, fit)) {
                // A story running over several pages is overset once: where its last part overflows.
                oversetStories.add(fit.articleId());
            } else if (fit.overset()) {
                oversetStories.add(fit.articleId());
                findings.add(new Finding(Severity.ERROR, Check.OVERSET, page, fit.articleId(),
                        "overset: 超 " + fit.oversetChars() + " 字 (" + headline(content, fit.articleId()) + ")"));
            } else if (fit.linesFree() > rules.maxFreeLines() && lastPages.getOrDefault(fit.articleId(), page) == page) {
                // Every page a story runs on carries its copyfit; the free lines end its last frame, so say it there.
                findings.add(new Finding(Severity.WARNING, Check.PAGE_NOT_FILLED, page, fit.articleId(),
                        "frame not filled: 差 " + fit.linesFree() + " 行 (" + headline(content, fit.articleId()) + ")"));
            }
        }
        for (LayoutProblem problem : layout.problems()) {
            Finding finding = switch (problem.kind()) {
                case OVERSET -> oversetStories.contains(problem.contentId()) ? null
                        : new Finding(Severity.ERROR, Check.OVERSET, page, problem.contentId(), "overset: " + problem.detail());
                // GlyphCheck reads these across the whole edition, together with the lines.
                case MISSING_GLYPH -> null;
                case UNRESOLVED_JUMP -> new Finding(Severity.ERROR, Check.UNRESOLVED_JUMP, page, problem.contentId(),
                        "unresolved jump: " + problem.detail());
                case FRAME_OFF_GRID, MISSING_CONTENT -> new Finding(Severity.ERROR, Check.LAYOUT, page, problem.contentId(),
                        problem.kind().name().toLowerCase().replace('_', ' ') + ": " + problem.detail());
            };
            if (finding != null) {
                findings.add(finding);
            }
        }
        for (LayoutFrame frame : layout.frames()) {
            switch (frame.kind()) {
                case STORY -> checkStoryFrame(content, page, frame, findings);
                case PHOTO -> checkPhotoFrame(content, page, frame, findings);
            }
        }
    }

    private static boolean overflowsHere(PageLayout layout, Copyfit fit) {
        return fit.overflowingPart() < 0 || layout.frames().stream().anyMatch(f -> f.kind() == LayoutFrame.FrameKind.STORY
                && f.contentId().equals(fit.articleId()) && f.part() == fit.overflowingPart());
    }

    private static void checkStoryFrame(EditionContent content, int page, LayoutFrame frame, Set<Finding> findings) {
        if (frame.part() != 0) {
            return;
        }
        content.article(frame.contentId()).filter(a -> a.headline().isBlank()).ifPresent(a ->
                findings.add(new Finding(Severity.ERROR, Check.EMPTY_HEADLINE, page, a.id(),
                        "story has no headline (" + abbreviate(a.plainText()) + ")")));
    }

    private void checkPhotoFrame(EditionContent content, int page, LayoutFrame frame, Set<Finding> findings) {
        Photo photo = content.photo(frame.contentId()).orElse(null);
        if (photo == null) {
            findings.add(new Finding(Severity.ERROR, Check.LAYOUT, page, frame.contentId(), "placed photo is not in the edition"));
            return;
        }
        if (!PhotoColour.isReadable(photo)) {
            findings.add(new Finding(Severity.ERROR, Check.UNREADABLE_PHOTO, page, photo.id(),
                    "photo " + photo.fileName() + " is not a readable " + photo.mediaType() + " image"));
        }
        var caption = photo.caption();
        if (caption.text().isBlank()) {
            findings.add(new Finding(Severity.ERROR, Check.MISSING_CAPTION, page, photo.id(),
                    "photo " + photo.fileName() + " has no caption"));
        }
        if (caption.kind() == CaptionKind.NEWS && caption.photographer().isEmpty() && caption.credit().isEmpty()) {
            findings.add(new Finding(Severity.WARNING, Check.MISSING_CREDIT, page, photo.id(),
                    "photo " + photo.fileName() + " has no photographer or credit"));
        }
        frame.image().ifPresent(box -> {
            double ppi = effectivePpi(photo, box);
            if (ppi < rules.minPpi()) {
                findings.add(new Finding(Severity.WARNING, Check.LOW_RESOLUTION, page, photo.id(), String.format(
                        "photo %s prints at %.0f ppi (%dx%d px over %.0fx%.0f mm), below %.0f ppi", photo.fileName(), ppi,
                        photo.widthPx(), photo.heightPx(), box.width() * 25.4 / 72, box.height() * 25.4 / 72, rules.minPpi())));
            }
        });
        if (rules.cmykPrintRun() && PhotoColour.isRgb(photo)) {
            findings.add(new Finding(Severity.WARNING, Check.RGB_IN_CMYK, page, photo.id(),
                    "photo " + photo.fileName() + " is RGB in a CMYK print run: it is converted with the press profile; check its colours"));
        }
    }

    /** The picture is scaled to cover its box (as the renderers draw it), so the tighter side decides. */
    static double effectivePpi(Photo photo, Box box) {
        double pointsPerPixel = Math.max(box.width() / photo.widthPx(), box.height() / photo.heightPx());
        return 72.0 / pointsPerPixel;
    }

    /** For each placed story, the page of its last part: where its free lines end and its overset would go. */
    static Map<String, Integer> lastPageOfEachStory(EditionContent content) {
        Map<String, Integer> lastPart = new HashMap<>();
        Map<String, Integer> lastPage = new LinkedHashMap<>();
        for (Page page : content.pages()) {
            for (var placement : page.placements()) {
                if (placement instanceof StoryPlacement story
                        && story.part() >= lastPart.getOrDefault(story.articleId(), Integer.MIN_VALUE)) {
                    lastPart.put(story.articleId(), story.part());
                    lastPage.put(story.articleId(), page.number());
                }
            }
        }
        return lastPage;
    }

    /** Story parts must run 0, 1, 2 ... without a gap, or a jump line points nowhere. */
    private static void checkJumps(EditionContent content, Set<Finding> findings) {
        Map<String, Set<Integer>> parts = new TreeMap<>();
        Map<String, Integer> pageOfPart = new TreeMap<>();
        for (Page page : content.pages()) {
            for (var placement : page.placements()) {
                if (placement instanceof StoryPlacement story) {
                    parts.computeIfAbsent(story.articleId(), id -> new TreeSet<>()).add(story.part());
                    pageOfPart.put(story.articleId() + "#" + story.part(), page.number());
                }
            }
        }
        parts.forEach((articleId, set) -> {
            int expected = 0;
            for (int part : set) {
                if (part != expected) {
                    findings.add(new Finding(Severity.ERROR, Check.UNRESOLVED_JUMP, pageOfPart.get(articleId + "#" + part), articleId,
                            "part " + part + " continues part " + (part - 1) + ", which is placed nowhere: its 上接 line has no source"));
                }
                expected = part + 1;
            }
        });
    }

    private static void checkUnplaced(EditionContent content, Set<Finding> findings) {
        Set<String> placed = content.pages().stream().flatMap(p -> p.placements().stream())
                .filter(StoryPlacement.class::isInstance).map(p -> p.contentId()).collect(Collectors.toSet());
        for (Article article : content.articles()) {
            if (article.status() == ArticleStatus.SIGNED_OFF && !placed.contains(article.id())) {
                findings.add(new Finding(Severity.WARNING, Check.UNPLACED_STORY, 0, article.id(),
                        "signed-off story is on no page: " + article.headline()));
            }
        }
    }

    private static String headline(EditionContent content, String articleId) {
        return content.article(articleId).map(Article::headline).orElse(articleId);
    }

    private static String abbreviate(String text) {
        return GlyphCheck.abbreviate(text);
    }

    /** Findings grouped for summaries: how many errors and warnings. */
    public static String summary(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        return errors + " error(s), " + (findings.size() - errors) + " warning(s)";
    }
}
