package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexReference;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PaperSettings;
import org.copydesk.model.Photo;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * The composition engine: a page of an edition in, a {@link PageLayout} out. Pure, and cheap to
 * rerun on every keystroke: each story is composed through all its linked frames and cached under
 * what it prints (headlines, byline, body blocks) and the geometry of its frames, and everything
 * else on a page under what it is set from, so after an edit only the edited story's frames are
 * set again. Thread-safe.
 */
public final class NewspaperComposer implements PageComposer {
    private static final int CACHE_STORIES = 512;
    private static final int CACHE_FURNITURE = 512;

    private final FontCatalogue fonts;
    private final HouseStyle style;
    private final PaperSettings paper;
    private final BreakOpportunities breaks = new BreakOpportunities();
    /** Paragraphs prepared for fitting, kept: a keystroke sets its story again, paragraph by paragraph. */
    private final PreparedPassages prepared = new PreparedPassages();
    private final StoryFlowComposer stories;
    /** Set stories; of each, only the newest two versions (typing makes one a keystroke): see {@link RecentVersions}. */
    private final RecentVersions<StoryKey, StoryFlow> cache = new RecentVersions<>(CACHE_STORIES, 2, StoryKey::id);
    private final AtomicLong storiesComposed = new AtomicLong();
    /**
     * Everything on a page but its stories (masthead or running head, banners, 导读 boxes, photos,
     * ads), kept by what each is set from: a keystroke in a story sets none of them again.
     */
    private final Map<Object, Kept> furniture = RecentlyUsed.map(CACHE_FURNITURE);
    private final AtomicLong furnitureSet = new AtomicLong();

    /** A piece of furniture as set, with the missing-glyph notes and the problems setting it met. */
    private record Kept(Object value, List<String> notes, List<LayoutProblem> problems) {
    }

    /** What a masthead or running head is set from (the paper's style and settings are the composer's). */
    private record HeadKey(Edition edition, Page page, int pageCount) {
    }

    /** What a photo frame prints of its photo: the caption under a picture of these proportions. */
    private record PhotoKey(String id, org.copydesk.model.Caption caption, int widthPx, int heightPx) {
    }

    /** What a 导读 box prints for one entry: its text and the page it names. */
    private record IndexLine(org.copydesk.model.IndexEntry entry, String text, String pageLabel) {
    }

    /** What a frame of furniture is set from, beside the composer's style: its kind, page and placement. */
    private record FrameKey(String kind, PageSpec spec, int pageNumber, Placement placement, GridRect rect,
                            Object content) {
    }

    /**
     * What a story's layout depends on: the text it prints and its frames' geometry. Status,
     * version and timestamps are left out, so an autosave that changes nothing printed is free.
     */
    private record StoryKey(String id, String kicker, String headline, String subtitle, String byline,
                            String jumpHeadline, List<Block> body, List<StoryPart> parts) {
        static StoryKey of(Article a, List<StoryPart> parts) {
            return new StoryKey(a.id(), a.kicker(), a.headline(), a.subtitle(), a.byline(), a.jumpHeadline(), a.body(),
                    parts);
        }
    }

    /** A composer for a paper with the built-in house style and settings. */
    public NewspaperComposer(FontCatalogue fonts) {
        this(fonts, HouseStyle.newspaper());
    }

    public NewspaperComposer(FontCatalogue fonts, HouseStyle style) {
        this(fonts, style, PaperSettings.defaults());
    }

    /**
     * A composer setting type in the paper's {@code style}, with page 1's masthead printing the
     * masthead text and registration line of the paper's {@code settings}.
     */
    public NewspaperComposer(FontCatalogue fonts, HouseStyle style, PaperSettings settings) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.style = Objects.requireNonNull(style, "style");
        this.paper = Objects.requireNonNull(settings, "settings");
        this.stories = new StoryFlowComposer(fonts, breaks, style, prepared);
    }

    @Override
    public HouseStyle houseStyle() {
        return style;
    }

    /** A composer measuring with the bundled font files. */
    public static NewspaperComposer withBundledFonts() {
        return new NewspaperComposer(FontCatalogue.bundled());
    }

    /** How many story flows this composer has set (not taken from its cache) since it was made. */
    public long storiesComposed() {
        return storiesComposed.get();
    }

    /** How many set stories (versions) this composer keeps: for tests. */
    int storiesKept() {
        return cache.size();
    }

    /** Forgets every cached story and frame, so the next compose sets everything again. */
    public void clearCache() {
        cache.clear();
        furniture.clear();
        prepared.clear();
    }

    /** How many pieces of furniture (masthead, boxes, photos ...) this composer has set, not taken from its cache. */
    long furnitureSet() {
        return furnitureSet.get();
    }

    /**
     * The furniture {@code key} names, set by {@code set} unless kept. The setter and the problems
     * meet what setting it met either way, in the same order, so the page's missing-glyph problems
     * are those of a fresh composition.
     */
    @SuppressWarnings("unchecked")
    private <T> T kept(Object key, Typesetter setter, List<LayoutProblem> problems,
                       java.util.function.BiFunction<Typesetter, List<LayoutProblem>, T> set) {
        Kept kept = furniture.get(key);
        if (kept != null) {
            setter.meet(kept.notes());
            problems.addAll(kept.problems());
            return (T) kept.value();
        }
        int mark = setter.notesMet();
        List<LayoutProblem> met = new ArrayList<>();
        T value = set.apply(setter, met);
        furnitureSet.incrementAndGet();
        furniture.put(key, new Kept(value, setter.notesSince(mark), List.copyOf(met)));
        problems.addAll(met);
        return value;
    }

    /** How many passages this composer prepared (not taken from those it keeps): for tests. */
    long passagesPrepared() {
        return prepared.made();
    }

    @Override
    public PageLayout compose(EditionContent content, int pageNumber) {
        Page page = content.page(pageNumber).orElseThrow(() -> new IllegalArgumentException(
                "edition " + content.edition().id() + " has no page " + pageNumber));
        Typesetter setter = new Typesetter(fonts, breaks, page.spec().rules(), prepared);
        List<LayoutFrame> frames = new ArrayList<>();
        List<Copyfit> copyfits = new ArrayList<>();
        List<LayoutProblem> problems = new ArrayList<>();
        Map<String, StoryFlow> flows = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        List<Fill> fills = new ArrayList<>();
        List<LayoutLine> extras;
        var head = new HeadKey(content.edition(), page, content.pages().size());
        if (MastheadBlock.hasBlock(page)) {
            MastheadBlock.Result masthead = kept(head, setter, problems, (s, met) ->
                    MastheadBlock.compose(s, style, paper, content.edition(), page, content.pages().size()));
            extras = masthead.lines();
            rules.addAll(masthead.rules());
        } else {
            rules.add(RunningHead.rule(page.spec()));
            extras = kept(head, setter, problems, (s, met) -> RunningHead.lines(s, style, content.edition(), page));
        }
        for (Placement placement : page.placements()) {
            if (placement instanceof StoryPlacement story) {
                storyFrame(content, page, story, flows, problems).ifPresent(part -> {
                    frames.add(part.frame());
                    rules.addAll(part.rules());
                    var dress = FrameDecoration.ofStory(part.frame().bounds(), story.style());
                    rules.addAll(dress.rules());
                    fills.addAll(dress.fills());
                });
            } else if (placement instanceof BannerPlacement banner) {
                bannerFrame(setter, page, banner, problems).ifPresent(frame -> {
                    frames.add(frame);
                    var dress = FrameDecoration.ofBanner(frame.bounds(), banner);
                    rules.addAll(dress.rules());
                    fills.addAll(dress.fills());
                });
            } else if (placement instanceof IndexBoxPlacement index) {
                indexFrame(setter, content, page, index, problems).ifPresent(box -> {
                    frames.add(box.frame());
                    rules.addAll(box.decoration().rules());
                    fills.addAll(box.decoration().fills());
                });
            } else if (placement instanceof PhotoPlacement photo) {
                photoFrame(setter, content, page, photo, problems).ifPresent(frames::add);
            } else if (placement instanceof AdPlacement ad) {
                adFrame(setter, page, ad, problems).ifPresent(frames::add);
            }
        }
        for (StoryFlow flow : flows.values()) {
            copyfits.add(flow.copyfit());
            problems.addAll(flow.problems());
        }
        problems.addAll(setter.missingGlyphs(page.id()));
        rules.addAll(ColumnRules.betweenStories(page.spec(), page.placements()));
        rules.addAll(ColumnRules.betweenStackedStories(page.spec(), page.placements()));
        return new PageLayout(page.id(), page.number(), page.spec(), frames, extras, rules, copyfits, problems, fills);
    }

    /** As {@link PageComposer#capacity}, setting only the story: the rest of the page does not change what it holds. */
    @Override
    public FrameCapacity capacity(EditionContent content, int pageNumber, StoryPlacement proposed) {
        EditionContent proposal = FrameCapacity.propose(content, pageNumber, proposed);
        return FrameCapacity.of(flow(proposal, proposal.article(proposed.articleId()).orElseThrow()).copyfit());
    }

    private Optional<StoryFlow.PartLayout> storyFrame(EditionContent content, Page page, StoryPlacement placement,
                                                      Map<String, StoryFlow> flows, List<LayoutProblem> problems) {
        Optional<Article> article = content.article(placement.articleId());
        if (article.isEmpty()) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.MISSING_CONTENT, placement.articleId(),
                    "page " + page.number() + " places story " + placement.articleId() + ", which the edition lacks"));
            return Optional.empty();
        }
        StoryFlow flow = flows.computeIfAbsent(placement.articleId(), id -> flow(content, article.get()));
        return flow.parts().stream()
                .filter(p -> p.part().pageNumber() == page.number() && p.part().placement().equals(placement))
                .findFirst();
    }

    private StoryFlow flow(EditionContent content, Article article) {
        StoryKey key = StoryKey.of(article, parts(content, article.id()));
        StoryFlow cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        StoryFlow flow = stories.compose(article, key.parts());
        storiesComposed.incrementAndGet();
        cache.put(key, flow);
        return flow;
    }

    /** Every frame of the story in the edition, in part order, with the pages its jumps name. */
    static List<StoryPart> parts(EditionContent content, String articleId) {
        record Found(Page page, StoryPlacement placement) {
        }
        List<Found> found = new ArrayList<>();
        for (Page page : content.pages()) {
            for (Placement placement : page.placements()) {
                if (placement instanceof StoryPlacement s && s.articleId().equals(articleId)) {
                    found.add(new Found(page, s));
                }
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> f.placement().part()).thenComparingInt(f -> f.page().number()));
        List<StoryPart> parts = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int from = i > 0 && found.get(i - 1).page().number() != f.page().number() ? found.get(i - 1).page().number() : 0;
            int to = i + 1 < found.size() && found.get(i + 1).page().number() != f.page().number()
                    ? found.get(i + 1).page().number() : 0;
            parts.add(new StoryPart(f.page().number(), f.page().spec(), f.placement(),
                    photosOver(f.page(), f.placement().frame()), from, to, HeadlineRank.capFor(f.page(), f.placement())));
        }
        return parts;
    }

    private static List<GridRect> photosOver(Page page, GridRect frame) {
        List<GridRect> blocked = new ArrayList<>();
        for (Placement placement : page.placements()) {
            if (placement instanceof PhotoPlacement photo && photo.frame().overlaps(frame)) {
                blocked.add(photo.frame());
            }
        }
        return blocked;
    }

    private Optional<LayoutFrame> photoFrame(Typesetter setter, EditionContent content, Page page,
                                             PhotoPlacement placement, List<LayoutProblem> problems) {
        Optional<Photo> photo = content.photo(placement.photoId());
        if (photo.isEmpty()) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.MISSING_CONTENT, placement.photoId(),
                    "page " + page.number() + " places photo " + placement.photoId() + ", which the edition lacks"));
            return Optional.empty();
        }
        Optional<GridRect> onGrid = onGrid(page, placement, "photo frame", problems);
        if (onGrid.isEmpty()) {
            return Optional.empty();
        }
        GridRect rect = onGrid.get();
        // What the frame is set from, not the Photo: a key must not hold the picture's bytes.
        Photo p = photo.get();
        var printed = new PhotoKey(p.id(), p.caption(), p.widthPx(), p.heightPx());
        return Optional.of(kept(new FrameKey("photo", page.spec(), page.number(), placement, rect, printed), setter,
                problems, (s, met) -> PhotoFrameComposer.compose(s, style, page.spec(), photo.get(), placement, rect, met)));
    }

    /**
     * The placement's frame kept on the page's grid: a frame running off it is reported and clamped,
     * one wholly off it is not set at all.
     */
    private static Optional<GridRect> onGrid(Page page, Placement placement, String what, List<LayoutProblem> problems) {
        GridRect rect = FrameGrid.clamp(page.spec(), placement.frame());
        if (rect != placement.frame()) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.FRAME_OFF_GRID, placement.contentId(),
                    what + " " + placement.frame() + " on page " + page.number() + " runs off the grid"));
        }
        return Optional.ofNullable(rect);
    }

    private Optional<LayoutFrame> bannerFrame(Typesetter setter, Page page, BannerPlacement placement,
                                              List<LayoutProblem> problems) {
        Optional<GridRect> onGrid = onGrid(page, placement, "banner", problems);
        if (onGrid.isEmpty()) {
            return Optional.empty();
        }
        GridRect rect = onGrid.get();
        return Optional.of(kept(new FrameKey("banner", page.spec(), page.number(), placement, rect, null), setter, problems,
                (s, met) -> BannerComposer.compose(s, style, page.spec(), placement, FrameGrid.box(page.spec(), rect))));
    }

    private Optional<IndexBoxComposer.Composed> indexFrame(Typesetter setter, EditionContent content, Page page,
                                                           IndexBoxPlacement placement, List<LayoutProblem> problems) {
        Optional<GridRect> onGrid = onGrid(page, placement, "导读 box", problems);
        if (onGrid.isEmpty()) {
            return Optional.empty();
        }
        GridRect rect = onGrid.get();
        // What the box prints of the edition: each line's text (its story's headline) and page.
        List<IndexLine> refs = placement.entries().stream()
                .map(entry -> IndexReference.of(content, page.number(), entry))
                .map(ref -> new IndexLine(ref.entry(), ref.text(), ref.pageLabel())).toList();
        return Optional.of(kept(new FrameKey("index", page.spec(), page.number(), placement, rect, refs), setter, problems,
                (s, met) -> IndexBoxComposer.compose(s, style, page.spec(), content, page.number(), placement, rect, met)));
    }

    private Optional<LayoutFrame> adFrame(Typesetter setter, Page page, AdPlacement placement,
                                          List<LayoutProblem> problems) {
        Optional<GridRect> onGrid = onGrid(page, placement, "ad slot", problems);
        if (onGrid.isEmpty()) {
            return Optional.empty();
        }
        GridRect rect = onGrid.get();
        return Optional.of(kept(new FrameKey("ad", page.spec(), page.number(), placement, rect, null), setter, problems,
                (s, met) -> AdFrameComposer.compose(s, style, page.spec(), placement, rect)));
    }
}
