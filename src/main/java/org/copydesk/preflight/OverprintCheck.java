package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.MastheadBlock;
import org.copydesk.typeset.PageLayout;

/**
 * What would print over something else. On the grid: two story frames overlapping (their texts
 * print over each other), two photo frames overlapping, and any frame on page 1's 报头 (make-up
 * refuses one now; a page stored before it did, or moved to the front, may have one). A photo on a story frame is a runaround
 * and the body flows around it, but the headline stack is set across the top of the frame whatever
 * lies there, so on the composed page: any line of a story (headline stack, body, jump line) whose
 * characters reach into a photo's picture or caption.
 */
final class OverprintCheck {
    /** Glyph boxes touching a picture by less than this (points) are rounding, not overprint. */
    private static final double TOLERANCE = 0.5;

    private final PreflightText text;

    OverprintCheck(PreflightText text) {
        this.text = text;
    }

    /** Frames of one kind overlapping on {@code page}: reported once per pair, on the later frame. */
    List<Finding> overlappingFrames(EditionContent content, Page page) {
        List<Finding> findings = new ArrayList<>();
        List<Placement> placements = page.placements();
        for (int i = 0; i < placements.size(); i++) {
            for (int j = 0; j < i; j++) {
                Placement later = placements.get(i);
                Placement earlier = placements.get(j);
                if (!later.frame().overlaps(earlier.frame())) {
                    continue;
                }
                if (later instanceof StoryPlacement && earlier instanceof StoryPlacement) {
                    findings.add(text.finding(Severity.ERROR, Check.FRAME_OVERLAP, page.number(), later.contentId(),
                            Message.of("frame-overlap.stories", name(content, earlier), name(content, later))));
                } else if (later instanceof AdPlacement || earlier instanceof AdPlacement
                        || later instanceof BannerPlacement || earlier instanceof BannerPlacement
                        || later instanceof IndexBoxPlacement || earlier instanceof IndexBoxPlacement) {
                    findings.add(text.finding(Severity.ERROR, Check.FRAME_OVERLAP, page.number(), later.contentId(),
                            Message.of("frame-overlap.ad", name(content, earlier), name(content, later))));
                } else if (later instanceof PhotoPlacement && earlier instanceof PhotoPlacement) {
                    findings.add(text.finding(Severity.ERROR, Check.FRAME_OVERLAP, page.number(), later.contentId(),
                            Message.of("frame-overlap.photos", name(content, earlier), name(content, later))));
                }
            }
        }
        return findings;
    }

    /** Frames on the rows where the composer prints the 报头: each one, whatever its kind. */
    List<Finding> onMasthead(EditionContent content, Page page) {
        List<Finding> findings = new ArrayList<>();
        MastheadBlock.areaOn(page).ifPresent(masthead -> page.placements().stream()
                .filter(p -> p.frame().overlaps(masthead))
                .forEach(p -> findings.add(text.finding(Severity.ERROR, Check.FRAME_ON_MASTHEAD, page.number(),
                        p.contentId(), Message.of("frame-on-masthead", name(content, p), p.frame().row() + 1,
                                p.frame().lastRow() + 1, masthead.lastRow() + 1, masthead.lastRow() + 2)))));
        return findings;
    }

    /** Story lines over a photo on the composed page: one finding per story and photo, naming the first kind of line. */
    List<Finding> textOverPhotos(EditionContent content, PageLayout layout) {
        Set<Finding> findings = new LinkedHashSet<>();
        for (LayoutFrame photo : layout.frames()) {
            if (photo.kind() != LayoutFrame.FrameKind.PHOTO) {
                continue;
            }
            List<Box> printed = new ArrayList<>();
            photo.image().ifPresent(fit -> printed.add(fit.box()));
            photo.lines().forEach(line -> ink(line).ifPresent(printed::add));
            for (LayoutFrame story : layout.frames()) {
                if (story.kind() != LayoutFrame.FrameKind.STORY) {
                    continue;
                }
                story.lines().stream().filter(line -> ink(line).filter(box -> printed.stream().anyMatch(p -> meet(p, box)))
                        .isPresent()).findFirst().ifPresent(line -> findings.add(text.finding(Severity.ERROR,
                        Check.TEXT_OVER_PHOTO, layout.pageNumber(), story.contentId(), Message.of("text-over-photo",
                                Message.of("line-role." + line.role().name()), storyName(content, story.contentId()),
                                photoName(content, photo.contentId())))));
            }
        }
        return new ArrayList<>(findings);
    }

    /** Where a line's characters print: from the first glyph to the last, from the tallest ascent to the lowest descent. */
    private static Optional<Box> ink(LayoutLine line) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (GlyphRun run : line.runs()) {
            if (run.length() == 0 || run.text().isBlank()) {
                continue;
            }
            left = Math.min(left, run.left());
            right = Math.max(right, run.right());
            // The composer puts the baseline 0.88 em below the top of the em box.
            top = Math.min(top, run.baseline() - 0.88 * run.sizePt());
            bottom = Math.max(bottom, run.baseline() + 0.12 * run.sizePt());
        }
        return left > right ? Optional.empty()
                : Optional.of(new Box(left, top, right - left, bottom - top));
    }

    private static boolean meet(Box a, Box b) {
        return a.x() < b.right() - TOLERANCE && b.x() < a.right() - TOLERANCE
                && a.y() < b.bottom() - TOLERANCE && b.y() < a.bottom() - TOLERANCE;
    }

    private static String name(EditionContent content, Placement placement) {
        if (placement instanceof AdPlacement ad) {
            return ad.advertiser();
        }
        if (placement instanceof BannerPlacement banner) {
            return banner.text();
        }
        if (placement instanceof IndexBoxPlacement index) {
            return index.title();
        }
        return placement instanceof StoryPlacement ? storyName(content, placement.contentId())
                : photoName(content, placement.contentId());
    }

    private static String storyName(EditionContent content, String articleId) {
        return content.article(articleId).map(Preflight::storyName).orElse(articleId);
    }

    private static String photoName(EditionContent content, String photoId) {
        return content.photo(photoId).map(p -> p.fileName()).orElse(photoId);
    }
}
