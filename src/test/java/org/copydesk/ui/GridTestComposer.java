package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;

/**
 * A deliberately naive composer for UI tests: one character per em, broken at the frame width, no
 * clreq rules. It lets the window be tested before the real composer is on main; it is not one.
 */
final class GridTestComposer implements PageComposer {

    @Override
    public PageLayout compose(EditionContent content, int pageNumber) {
        Page page = content.page(pageNumber).orElseThrow();
        PageSpec spec = page.spec();
        var frames = new ArrayList<LayoutFrame>();
        var copyfits = new ArrayList<Copyfit>();
        for (Placement placement : page.placements()) {
            var r = placement.frame();
            var bounds = new Box(spec.columnLeftPt(r.column()), spec.rowTopPt(r.row()),
                    spec.spanWidthPt(r.columnSpan()), r.rowSpan() * spec.linePitchPt());
            if (placement instanceof StoryPlacement story) {
                content.article(story.articleId()).ifPresent(a -> {
                    var lines = new ArrayList<LayoutLine>();
                    int overset = setStory(a, bounds, spec, lines);
                    frames.add(new LayoutFrame(LayoutFrame.FrameKind.STORY, a.id(), story.part(), bounds, Optional.empty(), lines));
                    int used = lines.size();
                    copyfits.add(new Copyfit(a.id(), 0, used, Math.max(0, r.rowSpan() - used), overset, overset > 0 ? 0 : -1));
                });
            } else if (placement instanceof PhotoPlacement photo) {
                var image = new Box(bounds.x(), bounds.y(), bounds.width(), bounds.height() - 3 * spec.linePitchPt());
                var caption = content.photo(photo.photoId()).map(p -> p.caption().printed()).orElse("");
                var lines = new ArrayList<LayoutLine>();
                wrap(caption, FontFace.SANS, spec.bodySizePt(), bounds.x(), image.bottom() + spec.linePitchPt(),
                        bounds.width(), spec.linePitchPt(), LineRole.CAPTION, lines, 3);
                frames.add(new LayoutFrame(LayoutFrame.FrameKind.PHOTO, photo.photoId(), 0, bounds, Optional.of(image), lines));
            }
        }
        return new PageLayout(page.id(), pageNumber, spec, frames, List.of(), List.of(), copyfits, List.of());
    }

    private static int setStory(Article a, Box bounds, PageSpec spec, List<LayoutLine> lines) {
        double y = bounds.y();
        int maxLines = (int) (bounds.height() / spec.linePitchPt());
        double headline = 18;
        y += headline;
        lines.add(line(a.headline(), FontFace.SANS_BOLD, headline, bounds.x(), y, bounds.width(), LineRole.HEADLINE));
        y += spec.linePitchPt();
        int overset = 0;
        for (Block block : a.body()) {
            var blockLines = new ArrayList<LayoutLine>();
            wrap(block.text(), block instanceof Block.Subhead ? FontFace.SANS_BOLD : FontFace.SERIF, spec.bodySizePt(),
                    bounds.x(), y + spec.bodySizePt(), bounds.width(), spec.linePitchPt(), LineRole.BODY, blockLines, Integer.MAX_VALUE);
            for (LayoutLine l : blockLines) {
                if (lines.size() < maxLines) {
                    lines.add(l);
                    y += spec.linePitchPt();
                } else {
                    overset += l.text().length();
                }
            }
        }
        return overset;
    }

    private static void wrap(String text, FontFace face, double size, double x, double firstBaseline, double width,
                             double pitch, LineRole role, List<LayoutLine> out, int maxLines) {
        int perLine = Math.max(1, (int) (width / size));
        int[] cps = text.codePoints().toArray();
        for (int start = 0; start < cps.length && out.size() < maxLines; start += perLine) {
            int end = Math.min(cps.length, start + perLine);
            out.add(line(new String(cps, start, end - start), face, size, x, firstBaseline + out.size() * pitch, width, role));
        }
    }

    private static LayoutLine line(String text, FontFace face, double size, double x, double baseline, double width, LineRole role) {
        int n = text.codePointCount(0, text.length());
        double[] xs = new double[n];
        double[] advances = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x + i * size;
            advances[i] = size;
        }
        return new LayoutLine(role, x, baseline, width, List.of(new GlyphRun(face, size, baseline, text, xs, advances)), false, 0);
    }
}
