package org.copydesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.copydesk.i18n.Words;
import java.nio.file.Path;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.Photo;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.copydesk.render.pdf.AdArtworkFile;
import org.copydesk.store.EditionRepository;

/**
 * Making up pages by numbers: framing a story or photo on a page in 栏 and 行 (or moving its frame
 * there from another page) and taking frames off, by the {@link FrameRules} the window's frame dialog
 * obeys. Each change is saved with the edition's other pages in one transaction, refused if someone
 * changed the pages meanwhile.
 */
public final class Makeup {
    private static final Words WORDS = Words.ofPackage(Makeup.class);

    private final EditionLoading loading;

    Makeup(EditionLoading loading) {
        this.loading = Objects.requireNonNull(loading, "loading");
    }

    /** The story {@code idOrPrefix} names in the edition: its id, or the start of it when only one id starts so. */
    public FrameSubject story(EditionContent content, String idOrPrefix) {
        List<String> found = matching(content.articles().stream().map(Article::id).toList(), idOrPrefix);
        if (found.size() != 1) {
            String edition = Described.edition(content.edition());
            throw new OperationRefusedException(found.isEmpty() ? WORDS.format("makeup.unknownStory", idOrPrefix, edition)
                    : WORDS.format("makeup.ambiguousStory", idOrPrefix, found.size(), edition));
        }
        return new FrameSubject.Story(found.get(0));
    }

    /** The photo {@code idOrPrefix} names in the edition: its id, or the start of it when only one id starts so. */
    public FrameSubject photo(EditionContent content, String idOrPrefix) {
        List<String> found = matching(content.photos().stream().map(Photo::id).toList(), idOrPrefix);
        if (found.size() != 1) {
            String edition = Described.edition(content.edition());
            throw new OperationRefusedException(found.isEmpty() ? WORDS.format("makeup.unknownPhoto", idOrPrefix, edition)
                    : WORDS.format("makeup.ambiguousPhoto", idOrPrefix, found.size(), edition));
        }
        return new FrameSubject.Picture(found.get(0));
    }

    /**
     * The ad slot {@code name} names: the advertiser's name as the slot is called on the page. Refused
     * when blank or longer than the store keeps ({@value #AD_NAME_MAX} characters).
     */
    public FrameSubject.Ad ad(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > AD_NAME_MAX) {
            throw new OperationRefusedException(WORDS.format("makeup.badAdName", stripped, AD_NAME_MAX));
        }
        return new FrameSubject.Ad(stripped);
    }

    /** The longest ad slot name: the store's content id column. */
    public static final int AD_NAME_MAX = 64;

    /**
     * Frames the ad slot {@code ad} on page {@code pageNumber} as {@link #place} frames anything (an ad
     * may cover nothing and nothing covers it), with the advertiser's PDF {@code artworkFile} as its
     * artwork when given; without it the slot keeps the artwork it had (a new slot has none, and
     * prints as a grey placeholder that preflight refuses for print).
     *
     * @throws OperationRefusedException as {@link #place} does, or naming the file when it is not a
     *                                   PDF with a page that can be placed
     */
    public EditionContent placeAd(EditionRepository repository, String editionId, FrameSubject.Ad ad, int pageNumber,
                                  FrameRules.Frame frame, Optional<Path> artworkFile) {
        Optional<AdArtwork> artwork;
        try {
            artwork = artworkFile.map(AdArtworkFile::read);
        } catch (AdArtworkFile.UnusableException e) {
            throw new OperationRefusedException(e.getMessage());
        }
        return place(repository, editionId, ad, pageNumber, frame, artwork, UnaryOperator.identity());
    }

    /**
     * The banner {@code name} names on a page. Refused when blank or longer than the store keeps
     * ({@value #AD_NAME_MAX} characters).
     */
    public FrameSubject.Banner banner(String name) {
        return new FrameSubject.Banner(elementName(name, "makeup.badBannerName"));
    }

    /** A page element's name stripped, or refused in the words of {@code refusalKey} when blank or too long. */
    private static String elementName(String name, String refusalKey) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > AD_NAME_MAX) {
            throw new OperationRefusedException(WORDS.format(refusalKey, stripped, AD_NAME_MAX));
        }
        return stripped;
    }

    /**
     * Frames the banner (通栏标语) {@code banner} on page {@code pageNumber} as {@link #place} frames
     * anything (a banner may cover nothing and nothing covers it), showing {@code text} when given
     * (else the slogan it had, or its name when new), tinted and ruled when those are given (else as
     * it was; a new banner has neither).
     *
     * @throws OperationRefusedException as {@link #place} does, or when the slogan is longer than
     *                                   {@value BannerPlacement#TEXT_MAX} characters
     */
    public EditionContent placeBanner(EditionRepository repository, String editionId, FrameSubject.Banner banner,
                                      int pageNumber, FrameRules.Frame frame, Optional<String> text,
                                      Optional<Boolean> tinted, Optional<Boolean> ruled) {
        if (text.isPresent() && text.get().strip().codePointCount(0, text.get().strip().length()) > BannerPlacement.TEXT_MAX) {
            throw new OperationRefusedException(WORDS.format("makeup.bannerTooLong", text.get().strip(),
                    BannerPlacement.TEXT_MAX));
        }
        // A banner moved from another page keeps its slogan and look unless they are given anew.
        Optional<BannerPlacement> had = loading.load(repository, editionId).pages().stream()
                .flatMap(p -> p.placements().stream())
                .filter(p -> FrameRules.matches(p, banner)).map(BannerPlacement.class::cast).findFirst();
        return place(repository, editionId, banner, pageNumber, frame, Optional.empty(), page -> FrameRules.bannerSet(
                page, banner, text.or(() -> had.map(BannerPlacement::text)).orElse(""),
                tinted.or(() -> had.map(BannerPlacement::tinted)).orElse(false),
                ruled.or(() -> had.map(BannerPlacement::ruled)).orElse(false)).orElseThrow());
    }

    /**
     * The 导读 box {@code name} names on a page. Refused when blank or longer than the store keeps
     * ({@value #AD_NAME_MAX} characters).
     */
    public FrameSubject.IndexBox indexBox(String name) {
        return new FrameSubject.IndexBox(elementName(name, "makeup.badIndexName"));
    }

    /**
     * Frames the 导读 box {@code index} on page {@code pageNumber} as {@link #place} frames anything (it
     * covers nothing and nothing covers it), titled {@code title} and pointing at {@code entries} when
     * given. What is not given stays as the box had it (moved from another page or resized); a new box
     * is titled 导读 and points at each other page's lead story ({@link IndexBoxes#insideLeads}).
     *
     * @throws OperationRefusedException as {@link #place} does, or as {@link IndexBoxes#refusal} says
     */
    public EditionContent placeIndex(EditionRepository repository, String editionId, FrameSubject.IndexBox index,
                                     int pageNumber, FrameRules.Frame frame, Optional<String> title,
                                     Optional<List<IndexEntry>> entries) {
        EditionContent content = loading.load(repository, editionId);
        Optional<IndexBoxPlacement> had = content.pages().stream().flatMap(p -> p.placements().stream())
                .filter(p -> FrameRules.matches(p, index)).map(IndexBoxPlacement.class::cast).findFirst();
        String newTitle = title.or(() -> had.map(IndexBoxPlacement::title)).orElse(IndexBoxPlacement.DEFAULT_TITLE);
        List<IndexEntry> newEntries = entries.or(() -> had.map(IndexBoxPlacement::entries))
                .orElseGet(() -> IndexBoxes.insideLeads(content, pageNumber));
        IndexBoxes.check(content, newTitle, newEntries);
        return place(repository, editionId, index, pageNumber, frame, Optional.empty(),
                page -> FrameRules.indexSet(page, index, newTitle, newEntries).orElseThrow());
    }

    /**
     * Frames the story {@code story} as {@link #place} does and sets the frame in the style
     * {@code restyle} makes of the one it had (a new frame starts plain): boxed, 竖题, 竖排.
     */
    public EditionContent placeStory(EditionRepository repository, String editionId, FrameSubject.Story story,
                                     int pageNumber, FrameRules.Frame frame, UnaryOperator<StoryStyle> restyle) {
        return place(repository, editionId, story, pageNumber, frame, Optional.empty(), page -> {
            StoryPlacement now = page.placements().stream()
                    .filter(p -> FrameRules.matches(p, story) && FrameRules.part(p) == frame.part())
                    .map(StoryPlacement.class::cast).findFirst().orElseThrow();
            return FrameRules.styled(page, story, frame.part(), restyle.apply(now.style())).orElseThrow();
        });
    }

    /**
     * Sets the frame of part {@code part} of {@code story} on page {@code pageNumber} in the style
     * {@code restyle} makes of its present one, leaving where it is alone.
     *
     * @return the edition as stored afterwards
     * @throws OperationRefusedException when that frame is not on that page
     */
    public EditionContent restyle(EditionRepository repository, String editionId, FrameSubject.Story story,
                                  int pageNumber, int part, UnaryOperator<StoryStyle> restyle) {
        EditionContent content = loading.load(repository, editionId);
        Page page = page(content, pageNumber);
        StoryPlacement now = page.placements().stream()
                .filter(p -> FrameRules.matches(p, story) && FrameRules.part(p) == part)
                .map(StoryPlacement.class::cast).findFirst()
                .orElseThrow(() -> new OperationRefusedException(WORDS.format("makeup.styleNotPlaced",
                        describe(content, story), part, pageNumber)));
        Page styled = FrameRules.styled(page, story, part, restyle.apply(now.style())).orElseThrow();
        List<Page> pages = new ArrayList<>(content.pages());
        pages.set(content.pages().indexOf(page), styled);
        repository.replacePages(content.edition().id(), content.pages(), pages);
        return loading.load(repository, content.edition().id());
    }

    /**
     * Frames {@code subject} on page {@code pageNumber} with {@code frame}. A frame of the same part on
     * another page is taken off there (the frame moves); on the same page it is replaced.
     *
     * @return the edition as stored afterwards
     * @throws OperationRefusedException when the frame runs off the grid, its 分栏 do not fit, it would
     *                                   cover page 1's 报头 or a frame in the way (named), or the story is spiked
     */
    public EditionContent place(EditionRepository repository, String editionId, FrameSubject subject, int pageNumber,
                                FrameRules.Frame frame) {
        return place(repository, editionId, subject, pageNumber, frame, Optional.empty(), UnaryOperator.identity());
    }

    /** Places as {@link #place}, then lets {@code dress} change the placed frame (its style, a banner's slogan). */
    private EditionContent place(EditionRepository repository, String editionId, FrameSubject subject, int pageNumber,
                                 FrameRules.Frame frame, Optional<AdArtwork> newArtwork, UnaryOperator<Page> dress) {
        EditionContent content = loading.load(repository, editionId);
        String what = describe(content, subject);
        if (subject instanceof FrameSubject.Story story && content.article(story.articleId())
                .filter(a -> a.status() == ArticleStatus.SPIKED).isPresent()) {
            throw new OperationRefusedException(WORDS.format("makeup.spiked", what));
        }
        if (frame.part() < 0) {
            throw new OperationRefusedException(WORDS.format("makeup.badPart", frame.part()));
        }
        Page target = page(content, pageNumber);
        List<Page> pages = new ArrayList<>(content.pages());
        for (int i = 0; i < pages.size(); i++) {
            // The frame moves: off any other page that holds this part.
            Page other = pages.get(i);
            if (other.number() != pageNumber) {
                int at = i;
                FrameRules.removed(other, subject, frame.part()).ifPresent(without -> pages.set(at, without));
            }
        }
        FrameRules.Check check = FrameRules.check(target, subject, frame);
        if (check instanceof FrameRules.Check.OffGrid) {
            throw new OperationRefusedException(WORDS.format("makeup.offGrid", what, frame.column(), frame.span(),
                    frame.row(), frame.rows(), pageNumber, target.spec().columns(), target.spec().rows()));
        }
        if (check instanceof FrameRules.Check.BadTextColumns) {
            throw new OperationRefusedException(WORDS.format("makeup.textColumns", frame.textColumns(), frame.span()));
        }
        if (check instanceof FrameRules.Check.OnMasthead masthead) {
            GridRect area = masthead.area();
            throw new OperationRefusedException(WORDS.format("makeup.onMasthead", what, frame.row(), frame.rows(),
                    pageNumber, area.lastRow() + 1, area.lastRow() + 2));
        }
        if (check instanceof FrameRules.Check.Overlaps overlaps) {
            GridRect in = target.placements().stream().filter(p -> p.contentId().equals(overlaps.contentId()))
                    .map(Placement::frame).filter(r -> r.overlaps(frame.rect().orElseThrow())).findFirst().orElseThrow();
            throw new OperationRefusedException(WORDS.format("makeup.overlaps", what, pageNumber,
                    describe(content, overlaps.contentId()), in.column() + 1, in.columnSpan(), in.row() + 1, in.rowSpan()));
        }
        // An ad moved here from another page keeps the artwork it had there.
        Optional<AdArtwork> artwork = newArtwork.or(() -> content.pages().stream()
                .flatMap(p -> p.placements().stream())
                .filter(p -> p instanceof AdPlacement && FrameRules.matches(p, subject))
                .findFirst().flatMap(p -> ((AdPlacement) p).artwork()));
        Page placed = FrameRules.placed(target, subject, frame);
        if (artwork.isPresent()) {
            placed = placed.withPlacements(placed.placements().stream()
                    .map(p -> p instanceof AdPlacement a && FrameRules.matches(a, subject) ? a.withArtwork(artwork) : p)
                    .toList());
        }
        pages.set(content.pages().indexOf(target), dress.apply(placed));
        repository.replacePages(content.edition().id(), content.pages(), pages);
        return loading.load(repository, content.edition().id());
    }

    /**
     * Takes frames of {@code subject} off: only part {@code part} when given, only on page
     * {@code pageNumber} when given, else every frame it has. The story or photo stays in the edition.
     *
     * @return the edition as stored afterwards
     * @throws OperationRefusedException when no such frame is placed
     */
    public EditionContent unplace(EditionRepository repository, String editionId, FrameSubject subject, OptionalInt part,
                                  OptionalInt pageNumber) {
        EditionContent content = loading.load(repository, editionId);
        if (pageNumber.isPresent()) {
            page(content, pageNumber.getAsInt());
        }
        List<Page> pages = new ArrayList<>();
        boolean removed = false;
        for (Page page : content.pages()) {
            if (pageNumber.isPresent() && page.number() != pageNumber.getAsInt()) {
                pages.add(page);
                continue;
            }
            List<Placement> kept = page.placements().stream()
                    .filter(p -> !(FrameRules.matches(p, subject) && (part.isEmpty() || FrameRules.part(p) == part.getAsInt())))
                    .toList();
            removed |= kept.size() != page.placements().size();
            pages.add(page.withPlacements(kept));
        }
        if (!removed) {
            throw new OperationRefusedException(WORDS.format("makeup.notPlaced", describe(content, subject)));
        }
        repository.replacePages(content.edition().id(), content.pages(), pages);
        return loading.load(repository, content.edition().id());
    }

    /**
     * Crops the frame of {@code photo} on page {@code pageNumber} as {@code crop} says, or shows the
     * whole picture again when it is empty.
     *
     * @return the edition as stored afterwards
     * @throws OperationRefusedException when the page has no frame of that photo
     */
    public EditionContent crop(EditionRepository repository, String editionId, FrameSubject photo, int pageNumber,
                               Optional<PhotoCrop> crop) {
        EditionContent content = loading.load(repository, editionId);
        Page page = page(content, pageNumber);
        Page cropped = FrameRules.cropped(page, photo.contentId(), crop).orElseThrow(() -> new OperationRefusedException(
                WORDS.format("makeup.cropNotPlaced", describe(content, photo), pageNumber)));
        List<Page> pages = new ArrayList<>(content.pages());
        pages.set(content.pages().indexOf(page), cropped);
        repository.replacePages(content.edition().id(), content.pages(), pages);
        return loading.load(repository, content.edition().id());
    }

    private static Page page(EditionContent content, int number) {
        return content.page(number).orElseThrow(() -> new OperationRefusedException(WORDS.format("page.none", number,
                Described.edition(content.edition()), content.pages().size())));
    }

    private static String describe(EditionContent content, FrameSubject subject) {
        if (subject instanceof FrameSubject.Ad ad) {
            return WORDS.format("makeup.adSlot", ad.adId());
        }
        if (subject instanceof FrameSubject.Banner banner) {
            return WORDS.format("makeup.banner", banner.bannerId());
        }
        if (subject instanceof FrameSubject.IndexBox index) {
            return WORDS.format("makeup.indexBox", index.indexId());
        }
        return describe(content, subject.contentId());
    }

    /** A story by its headline, a photo by its caption; an id the edition lacks as it is. */
    private static String describe(EditionContent content, String contentId) {
        return content.article(contentId).map(Described::story)
                .or(() -> content.photo(contentId).map(Described::photo))
                .or(() -> content.pages().stream().flatMap(p -> p.placements().stream())
                        .filter(p -> (p instanceof AdPlacement || p instanceof BannerPlacement || p instanceof IndexBoxPlacement)
                                && p.contentId().equals(contentId)).findFirst()
                        .map(p -> WORDS.format(p instanceof BannerPlacement ? "makeup.banner"
                                : p instanceof IndexBoxPlacement ? "makeup.indexBox" : "makeup.adSlot", contentId)))
                .orElse(contentId);
    }

    /** The id itself when it is one of {@code ids}, else every id starting with it. */
    private static List<String> matching(List<String> ids, String idOrPrefix) {
        if (ids.contains(idOrPrefix)) {
            return List.of(idOrPrefix);
        }
        return idOrPrefix.isEmpty() ? List.of() : ids.stream().filter(i -> i.startsWith(idOrPrefix)).toList();
    }
}
