package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSignOff;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
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
    private final PreflightText text;

    /**
     * Default thresholds; glyph coverage from the bundled fonts, the files the PDF embeds; messages in
     * the system's language (see {@link PreflightText#forSystem()}).
     */
    public Preflight(PageComposer composer) {
        this(composer, PreflightRules.defaults());
    }

    /** Default thresholds, messages in {@code locale} (Chinese for any Chinese locale, else English). */
    public Preflight(PageComposer composer, Locale locale) {
        this(composer, PreflightRules.defaults(), locale);
    }

    public Preflight(PageComposer composer, PreflightRules rules) {
        this(composer, rules, FontCatalogue.bundled());
    }

    public Preflight(PageComposer composer, PreflightRules rules, Locale locale) {
        this(composer, rules, FontCatalogue.bundled(), PreflightText.forLocale(locale));
    }

    public Preflight(PageComposer composer, PreflightRules rules, FontCatalogue fonts) {
        this(composer, rules, fonts, PreflightText.forSystem());
    }

    public Preflight(PageComposer composer, PreflightRules rules, FontCatalogue fonts, Locale locale) {
        this(composer, rules, fonts, PreflightText.forLocale(locale));
    }

    private Preflight(PageComposer composer, PreflightRules rules, FontCatalogue fonts, PreflightText text) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.text = text;
    }

    /** The language the findings' messages are written in. */
    public Locale locale() {
        return text.locale();
    }

    public List<Finding> check(EditionContent content) {
        return check(content, Optional.empty());
    }

    /**
     * Every check, and each page's sign-off (签发) against {@code signOffs}, the newest sign-off of
     * each page by page id: a page changed after its sign-off is flagged, and for the press a page
     * without one.
     */
    public List<Finding> check(EditionContent content, Map<String, PageSignOff> signOffs) {
        return check(content, Optional.of(signOffs));
    }

    private List<Finding> check(EditionContent content, Optional<Map<String, PageSignOff>> signOffs) {
        Set<Finding> findings = new LinkedHashSet<>();
        List<PageLayout> layouts = new ArrayList<>();
        for (Page page : content.pages()) {
            try {
                layouts.add(composer.compose(content, page.number()));
            } catch (RuntimeException e) {
                findings.add(text.finding(Severity.ERROR, Check.LAYOUT, page.number(), page.id(),
                        Message.of("layout.uncomposable", String.valueOf(e.getMessage()))));
            }
        }
        Map<String, Integer> lastPages = lastPageOfEachStory(content);
        OverprintCheck overprint = new OverprintCheck(text);
        for (PageLayout layout : layouts) {
            checkPage(content, layout, lastPages, findings);
            findings.addAll(overprint.textOverPhotos(content, layout));
        }
        EmptyAreaCheck emptyAreas = new EmptyAreaCheck(rules, text);
        for (Page page : content.pages()) {
            findings.addAll(overprint.overlappingFrames(content, page));
            findings.addAll(overprint.onMasthead(content, page));
            findings.addAll(emptyAreas.check(page));
        }
        findings.addAll(new SignOffCheck(rules, text).check(content));
        signOffs.ifPresent(s -> findings.addAll(new PageSignOffCheck(rules, text).check(content, layouts, s)));
        findings.addAll(new AdSlotCheck(rules, text).check(content));
        findings.addAll(new IndexBoxCheck(text).check(content));
        findings.addAll(new ChineseCopyCheck(text).check(content));
        findings.addAll(new GlyphCheck(fonts, composer.houseStyle(), text).check(content, layouts));
        checkJumps(content, findings);
        checkUnplaced(content, findings);
        checkUnplacedPhotos(content, findings);
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
                findings.add(text.finding(Severity.ERROR, Check.OVERSET, page, fit.articleId(),
                        Message.of("overset", fit.oversetChars(), storyName(content, fit.articleId()))));
            } else if (fit.linesFree() > rules.maxFreeLines() && lastPages.getOrDefault(fit.articleId(), page) == page) {
                // Every page a story runs on carries its copyfit; the free lines end its last frame, so say it there.
                findings.add(text.finding(Severity.WARNING, Check.PAGE_NOT_FILLED, page, fit.articleId(),
                        Message.of("page-not-filled", fit.linesFree(), storyName(content, fit.articleId()))));
            }
        }
        for (LayoutProblem problem : layout.problems()) {
            Finding finding = switch (problem.kind()) {
                case OVERSET -> oversetStories.contains(problem.contentId()) ? null
                        : text.finding(Severity.ERROR, Check.OVERSET, page, problem.contentId(),
                                Message.of("overset.composer", problem.detail()));
                // GlyphCheck reads these across the whole edition, together with the lines.
                case MISSING_GLYPH -> null;
                case UNRESOLVED_JUMP -> text.finding(Severity.ERROR, Check.UNRESOLVED_JUMP, page, problem.contentId(),
                        Message.of("unresolved-jump.composer", problem.detail()));
                case FRAME_OFF_GRID -> text.finding(Severity.ERROR, Check.LAYOUT, page, problem.contentId(),
                        Message.of("layout.frame-off-grid", problem.detail()));
                case MISSING_CONTENT -> text.finding(Severity.ERROR, Check.LAYOUT, page, problem.contentId(),
                        Message.of("layout.missing-content", problem.detail()));
                case INDEX_ENTRY_CUT -> text.finding(Severity.WARNING, Check.INDEX_ENTRY, page, problem.contentId(),
                        Message.of("index-entry.cut", storyName(content, problem.contentId())));
            };
            if (finding != null) {
                findings.add(finding);
            }
        }
        for (LayoutFrame frame : layout.frames()) {
            switch (frame.kind()) {
                case STORY -> checkStoryFrame(content, page, frame, findings);
                case PHOTO -> checkPhotoFrame(content, page, frame, findings);
                case AD -> {
                    // An ad slot's one check, missing artwork, is AdSlotCheck's: it reads the placement.
                }
            }
        }
    }

    private static boolean overflowsHere(PageLayout layout, Copyfit fit) {
        return fit.overflowingPart() < 0 || layout.frames().stream().anyMatch(f -> f.kind() == LayoutFrame.FrameKind.STORY
                && f.contentId().equals(fit.articleId()) && f.part() == fit.overflowingPart());
    }

    private void checkStoryFrame(EditionContent content, int page, LayoutFrame frame, Set<Finding> findings) {
        if (frame.part() != 0) {
            return;
        }
        content.article(frame.contentId()).filter(a -> a.headline().isBlank()).ifPresent(a ->
                findings.add(text.finding(Severity.ERROR, Check.EMPTY_HEADLINE, page, a.id(),
                        Message.of("empty-headline", storyName(a)))));
    }

    private void checkPhotoFrame(EditionContent content, int page, LayoutFrame frame, Set<Finding> findings) {
        Photo photo = content.photo(frame.contentId()).orElse(null);
        if (photo == null) {
            findings.add(text.finding(Severity.ERROR, Check.LAYOUT, page, frame.contentId(),
                    Message.of("layout.photo-not-in-edition", frame.contentId())));
            return;
        }
        if (!photo.bytesMatchDigest()) {
            findings.add(damaged(page, photo));
        } else if (!PhotoColour.isReadable(photo)) {
            findings.add(text.finding(Severity.ERROR, Check.UNREADABLE_PHOTO, page, photo.id(),
                    Message.of("unreadable-photo", photo.fileName(), photo.mediaType())));
        } else if (!photo.fileIsComplete()) {
            // Stored before import decoded every photo: its header reads, its pixels stop short.
            findings.add(text.finding(Severity.ERROR, Check.UNREADABLE_PHOTO, page, photo.id(),
                    Message.of("incomplete-photo", photo.fileName(), photo.mediaType())));
        }
        Set<CaptionRules.Problem> captionProblems = CaptionRules.problems(photo.caption());
        if (captionProblems.contains(CaptionRules.Problem.NO_TEXT)) {
            findings.add(text.finding(Severity.ERROR, Check.MISSING_CAPTION, page, photo.id(),
                    Message.of("missing-caption", photo.fileName())));
        }
        if (captionProblems.contains(CaptionRules.Problem.NO_FULL_STOP)) {
            findings.add(text.finding(Severity.WARNING, Check.CAPTION_NOT_A_SENTENCE, page, photo.id(),
                    Message.of("caption-not-a-sentence", photo.fileName())));
        }
        if (captionProblems.contains(CaptionRules.Problem.NO_CREDIT)) {
            findings.add(text.finding(Severity.WARNING, Check.MISSING_CREDIT, page, photo.id(),
                    Message.of("missing-credit", photo.fileName())));
        }
        frame.image().ifPresent(fit -> {
            double ppi = fit.effectivePpi();
            Box box = fit.box();
            if (ppi < rules.minPpi()) {
                // Whole numbers: a fraction of a ppi or a millimetre tells the desk nothing.
                findings.add(text.finding(Severity.WARNING, Check.LOW_RESOLUTION, page, photo.id(), Message.of(
                        "low-resolution", photo.fileName(), Math.round(ppi), photo.widthPx(), photo.heightPx(),
                        Math.round(box.width() * 25.4 / 72), Math.round(box.height() * 25.4 / 72), Math.round(rules.minPpi()))));
            }
        });
        if (rules.cmykPrintRun() && PhotoColour.isRgb(photo)) {
            findings.add(text.finding(Severity.WARNING, Check.RGB_IN_CMYK, page, photo.id(),
                    Message.of("rgb-in-cmyk", photo.fileName())));
        }
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
    private void checkJumps(EditionContent content, Set<Finding> findings) {
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
                    findings.add(text.finding(Severity.ERROR, Check.UNRESOLVED_JUMP, pageOfPart.get(articleId + "#" + part),
                            articleId, Message.of("unresolved-jump", part, part - 1, storyName(content, articleId))));
                }
                expected = part + 1;
            }
        });
    }

    private void checkUnplaced(EditionContent content, Set<Finding> findings) {
        Set<String> placed = content.pages().stream().flatMap(p -> p.placements().stream())
                .filter(StoryPlacement.class::isInstance).map(p -> p.contentId()).collect(Collectors.toSet());
        for (Article article : content.articles()) {
            if (article.status() == ArticleStatus.SIGNED_OFF && !placed.contains(article.id())) {
                findings.add(text.finding(Severity.WARNING, Check.UNPLACED_STORY, 0, article.id(),
                        Message.of("unplaced-story", storyName(article))));
            }
        }
    }

    /** An edition package carries every photo, placed or not, and refuses damaged ones: say so before. */
    private void checkUnplacedPhotos(EditionContent content, Set<Finding> findings) {
        Set<String> placed = content.pages().stream().flatMap(p -> p.placements().stream())
                .filter(PhotoPlacement.class::isInstance).map(p -> p.contentId()).collect(Collectors.toSet());
        for (Photo photo : content.photos()) {
            if (!placed.contains(photo.id()) && !photo.bytesMatchDigest()) {
                findings.add(damaged(0, photo));
            }
        }
    }

    private Finding damaged(int page, Photo photo) {
        return text.finding(Severity.ERROR, Check.DAMAGED_PHOTO, page, photo.id(),
                Message.of("damaged-photo", photo.fileName()));
    }

    private static String storyName(EditionContent content, String articleId) {
        return content.article(articleId).map(Preflight::storyName).orElse(articleId);
    }

    /**
     * How a message names a story: its headline; without one, the start of its first paragraph that
     * has text (what the desk sees first in the galley); with no text at all, its id.
     */
    static String storyName(Article article) {
        if (!article.headline().isBlank()) {
            return article.headline().strip();
        }
        return article.body().stream().map(Block::text).map(String::strip).filter(t -> !t.isEmpty()).findFirst()
                .map(GlyphCheck::abbreviate).orElse(article.id());
    }

    /** How many errors and warnings, in the system's language (see {@link PreflightText#forSystem()}). */
    public static String summary(List<Finding> findings) {
        return PreflightText.forSystem().summary(findings);
    }
}
