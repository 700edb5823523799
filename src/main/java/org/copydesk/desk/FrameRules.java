package org.copydesk.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.copydesk.typeset.MastheadBlock;

/**
 * The make-up rules both front ends frame by: where a frame may go on a page grid and what it may
 * cover. Frames are given in the desk's units, 栏 and 行 counted from 1 as the page dummy does; the
 * rules turn them into 0-based {@link GridRect}s.
 *
 * <p>Story frames may not overlap each other (text would be printed over text). A photo may sit on a
 * story frame, because story text flows around photos, but not on another photo. An ad slot (广告) is
 * sold space: it may not cover anything, and nothing may cover it; a banner (通栏标语) and a 导读 box likewise.
 * No frame of any kind may cover the 报头 (masthead block) the composer prints across the top rows of
 * page 1: it is not a placement, so the overlap rule above cannot see it.
 */
public final class FrameRules {

    private FrameRules() {
    }

    /**
     * A frame as the desk gives it.
     *
     * @param column      first 栏, from 1
     * @param span        栏数
     * @param row         first 行, from 1
     * @param rows        行数
     * @param textColumns 分栏: columns the body is set in (stories only; equal to span for photos)
     * @param part        which frame of the story (0 opens it); 0 for photos
     */
    public record Frame(int column, int span, int row, int rows, int textColumns, int part) {
        /** The grid rectangle, or empty when a number is below 1 and so no rectangle at all. */
        public Optional<GridRect> rect() {
            if (column < 1 || row < 1 || span < 1 || rows < 1) {
                return Optional.empty();
            }
            return Optional.of(new GridRect(column - 1, row - 1, span, rows));
        }

        /** The frame {@code placement} has, in the desk's units. */
        public static Frame of(Placement placement) {
            GridRect r = placement.frame();
            if (placement instanceof StoryPlacement s) {
                return new Frame(r.column() + 1, r.columnSpan(), r.row() + 1, r.rowSpan(), s.textColumns(), s.part());
            }
            return new Frame(r.column() + 1, r.columnSpan(), r.row() + 1, r.rowSpan(), r.columnSpan(), 0);
        }
    }

    /** Whether a frame can be made up, and if not, why. */
    public sealed interface Check {
        record Fits(GridRect rect) implements Check {
        }

        /** Off the page grid (or a number below 1). */
        record OffGrid() implements Check {
        }

        /** 分栏 must be between 1 and the span. */
        record BadTextColumns() implements Check {
        }

        /** Would cover the frame of {@code contentId}, which may not be covered. */
        record Overlaps(String contentId) implements Check {
        }

        /** Would cover the 报头 printed in {@code area} of the page (page 1's top rows). */
        record OnMasthead(GridRect area) implements Check {
        }
    }

    /** The frame of {@code subject} on {@code page}: its first part there, if it is placed there. */
    public static Optional<Placement> placementOn(Page page, FrameSubject subject) {
        return page.placements().stream()
                .filter(p -> matches(p, subject))
                .min(Comparator.comparingInt(FrameRules::part));
    }

    /**
     * Where a frame starts when none is given: the existing frame on the page, or for a story or photo
     * not on it a frame in the first free spot (the next part of a story already placed elsewhere).
     */
    public static Frame startingFrame(EditionContent content, Page page, FrameSubject subject) {
        Optional<Placement> placed = placementOn(page, subject);
        if (placed.isPresent()) {
            return Frame.of(placed.get());
        }
        boolean banner = subject instanceof FrameSubject.Banner;
        boolean index = subject instanceof FrameSubject.IndexBox;
        int span = banner ? page.spec().columns()
                : Math.min(subject instanceof FrameSubject.Picture || index ? 2 : 3, page.spec().columns());
        // A 导读 box: its title band, a line for each of a page's worth of stories, a row clear at the foot.
        int rows = Math.min(banner ? 4 : index ? 10 : 20, page.spec().rows());
        int part = nextPart(content, subject);
        // Page 1's top rows are the 报头's: the first free spot is below it.
        int firstRow = MastheadBlock.areaOn(page).map(a -> a.lastRow() + 1).filter(r -> r + rows <= page.spec().rows())
                .orElse(0);
        for (int row = firstRow; row + rows <= page.spec().rows(); row++) {
            for (int column = 0; column + span <= page.spec().columns(); column++) {
                var frame = new Frame(column + 1, span, row + 1, rows, span, part);
                if (check(page, subject, frame) instanceof Check.Fits) {
                    return frame;
                }
            }
        }
        return new Frame(1, span, firstRow + 1, rows, span, part);
    }

    /** The part number a new frame of the story gets: one after its last part anywhere. */
    public static int nextPart(EditionContent content, FrameSubject subject) {
        if (!(subject instanceof FrameSubject.Story)) {
            return 0;
        }
        return content.pages().stream().flatMap(p -> p.placements().stream())
                .filter(p -> matches(p, subject))
                .mapToInt(p -> part(p) + 1)
                .max().orElse(0);
    }

    /**
     * Checks {@code frame} for {@code subject} on {@code page} against the grid, the 报头 on page 1
     * and the other frames.
     */
    public static Check check(Page page, FrameSubject subject, Frame frame) {
        Optional<GridRect> rect = frame.rect();
        if (rect.isEmpty() || !rect.get().fitsIn(page.spec())) {
            return new Check.OffGrid();
        }
        boolean story = subject instanceof FrameSubject.Story;
        if (story && (frame.textColumns() < 1 || frame.textColumns() > frame.span())) {
            return new Check.BadTextColumns();
        }
        Optional<GridRect> masthead = MastheadBlock.areaOn(page).filter(rect.get()::overlaps);
        if (masthead.isPresent()) {
            return new Check.OnMasthead(masthead.get());
        }
        Optional<Placement> self = existing(page, subject, frame.part());
        for (Placement other : page.placements()) {
            if (self.isPresent() && other == self.get()) {
                continue;
            }
            // Stories may not cover stories, photos not photos; a photo on a story is a runaround.
            // Ads and banners cover nothing and nothing covers them.
            boolean clash = subject instanceof FrameSubject.Ad || other instanceof AdPlacement
                    || subject instanceof FrameSubject.Banner || other instanceof BannerPlacement
                    || subject instanceof FrameSubject.IndexBox || other instanceof IndexBoxPlacement
                    || (story ? other instanceof StoryPlacement : other instanceof PhotoPlacement);
            if (clash && other.frame().overlaps(rect.get())) {
                return new Check.Overlaps(other.contentId());
            }
        }
        return new Check.Fits(rect.get());
    }

    /**
     * {@code page} with {@code subject} framed by {@code frame}: its frame of the same part there
     * replaced, or the frame added. A story frame keeps the headline size chosen earlier, a photo
     * frame the story it illustrates, an ad slot its advertiser and artwork (a new slot names its
     * advertiser by the slot's name and has no artwork yet).
     *
     * @throws IllegalArgumentException naming the problem when the frame does not {@linkplain #check fit}
     */
    public static Page placed(Page page, FrameSubject subject, Frame frame) {
        Check check = check(page, subject, frame);
        if (!(check instanceof Check.Fits fits)) {
            throw new IllegalArgumentException("frame " + frame + " cannot be made up on page "
                    + page.number() + ": " + check);
        }
        Optional<Placement> old = existing(page, subject, frame.part());
        Placement placed;
        if (subject instanceof FrameSubject.Story s) {
            placed = new StoryPlacement(s.articleId(), fits.rect(), frame.part(), frame.textColumns(),
                    old.map(p -> ((StoryPlacement) p).headlineSizePt()).orElse(0.0),
                    old.map(p -> ((StoryPlacement) p).style()).orElse(StoryStyle.PLAIN));
        } else if (subject instanceof FrameSubject.Banner banner) {
            // A moved banner keeps its slogan and look; a new one shows its name until given a slogan.
            placed = old.map(p -> ((BannerPlacement) p).withFrame(fits.rect()))
                    .orElse(new BannerPlacement(banner.bannerId(), fits.rect(), banner.bannerId(), false, false));
        } else if (subject instanceof FrameSubject.IndexBox index) {
            // A moved 导读 box keeps its title and lines; a new one has the default title and no lines yet.
            placed = old.map(p -> ((IndexBoxPlacement) p).withFrame(fits.rect()))
                    .orElse(new IndexBoxPlacement(index.indexId(), fits.rect(), IndexBoxPlacement.DEFAULT_TITLE, List.of()));
        } else if (subject instanceof FrameSubject.Ad ad) {
            placed = old.map(p -> (AdPlacement) p)
                    .map(p -> new AdPlacement(p.adId(), fits.rect(), p.advertiser(), p.artwork()))
                    .orElse(new AdPlacement(ad.adId(), fits.rect(), ad.adId(), Optional.empty()));
        } else {
            // A moved or resized photo keeps the story it illustrates and its crop.
            placed = old.map(e -> ((PhotoPlacement) e).withFrame(fits.rect()))
                    .orElse(new PhotoPlacement(subject.contentId(), fits.rect(), ""));
        }
        var placements = new ArrayList<>(page.placements());
        if (old.isPresent()) {
            placements.set(placements.indexOf(old.get()), placed);
        } else {
            placements.add(placed);
        }
        return page.withPlacements(placements);
    }

    /** {@code page} without {@code subject}'s frame of {@code part}; empty when that frame is not on it. */
    public static Optional<Page> removed(Page page, FrameSubject subject, int part) {
        return existing(page, subject, part).map(old -> {
            var placements = new ArrayList<>(page.placements());
            placements.remove(old);
            return page.withPlacements(placements);
        });
    }

    /**
     * {@code page} with the frame of photo {@code photoId} cropped as {@code crop} says (empty: the
     * whole picture again), or empty when the page has no frame of that photo.
     */
    public static Optional<Page> cropped(Page page, String photoId, Optional<PhotoCrop> crop) {
        boolean found = false;
        List<Placement> placements = new ArrayList<>();
        for (Placement placement : page.placements()) {
            if (placement instanceof PhotoPlacement photo && photo.photoId().equals(photoId)) {
                placements.add(photo.withCrop(crop));
                found = true;
            } else {
                placements.add(placement);
            }
        }
        return found ? Optional.of(page.withPlacements(placements)) : Optional.empty();
    }

    /**
     * {@code page} with the story frame of {@code part} set in {@code style} (boxed, 竖题, 竖排), or
     * empty when the page has no such frame.
     */
    public static Optional<Page> styled(Page page, FrameSubject.Story story, int part, StoryStyle style) {
        return replaced(page, story, part, p -> ((StoryPlacement) p).withStyle(style));
    }

    /**
     * {@code page} with banner {@code banner} showing {@code text} (blank keeps its slogan), tinted and
     * ruled as given, or empty when the page has no such banner.
     */
    public static Optional<Page> bannerSet(Page page, FrameSubject.Banner banner, String text, boolean tinted,
                                           boolean ruled) {
        return replaced(page, banner, 0, p -> {
            BannerPlacement b = (BannerPlacement) p;
            return new BannerPlacement(b.bannerId(), b.frame(), text == null || text.isBlank() ? b.text() : text,
                    tinted, ruled);
        });
    }

    /**
     * {@code page} with 导读 box {@code index} titled {@code title} (blank: 导读) and pointing at
     * {@code entries} in order, or empty when the page has no such box.
     */
    public static Optional<Page> indexSet(Page page, FrameSubject.IndexBox index, String title, List<IndexEntry> entries) {
        return replaced(page, index, 0, p -> ((IndexBoxPlacement) p).withTitle(title).withEntries(entries));
    }

    private static Optional<Page> replaced(Page page, FrameSubject subject, int part,
                                           java.util.function.UnaryOperator<Placement> change) {
        return existing(page, subject, part).map(old -> {
            var placements = new ArrayList<>(page.placements());
            placements.set(placements.indexOf(old), change.apply(old));
            return page.withPlacements(placements);
        });
    }

    /** Whether {@code placement} is a frame of {@code subject}. */
    public static boolean matches(Placement placement, FrameSubject subject) {
        if (subject instanceof FrameSubject.Story s) {
            return placement instanceof StoryPlacement sp && sp.articleId().equals(s.articleId());
        }
        if (subject instanceof FrameSubject.Ad a) {
            return placement instanceof AdPlacement ap && ap.adId().equals(a.adId());
        }
        if (subject instanceof FrameSubject.Banner b) {
            return placement instanceof BannerPlacement bp && bp.bannerId().equals(b.bannerId());
        }
        if (subject instanceof FrameSubject.IndexBox i) {
            return placement instanceof IndexBoxPlacement ip && ip.indexId().equals(i.indexId());
        }
        return placement instanceof PhotoPlacement pp && pp.photoId().equals(subject.contentId());
    }

    /** The part a placement is: the story frame's part, 0 for a photo. */
    public static int part(Placement placement) {
        return placement instanceof StoryPlacement s ? s.part() : 0;
    }

    private static Optional<Placement> existing(Page page, FrameSubject subject, int part) {
        return page.placements().stream().filter(p -> matches(p, subject) && part(p) == part).findFirst();
    }
}
