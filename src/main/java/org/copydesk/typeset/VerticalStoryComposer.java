package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;

/**
 * A story set vertically (竖排短文): its headline as a 竖题 at the right of the opening frame, then
 * byline and body in columns read top to bottom, right to left, one body line pitch apart, through
 * its frames in part order. Each paragraph starts a new column with its indent at the top. What
 * does not fit is overset, as for horizontal text; vertical pieces are short, so they take no jump
 * lines. A piece in one frame that leaves columns empty (a poem of short lines) has its columns
 * spread across the frame, up to {@link #MAX_SPREAD} times the body pitch apart, as a make-up
 * man spaces a short piece to fill its box.
 */
final class VerticalStoryComposer {
    private final HouseStyle style;

    VerticalStoryComposer(HouseStyle style) {
        this.style = style;
    }

    /** One column position: its left edge, top and depth (whole characters), in a frame. */
    private record Slot(int part, double x, double top, double measure) implements SlotFiller.Slot {
    }

    /** Every line of a vertical piece counts in its length, its byline too. */
    private record Item(Passage passage, Alignment alignment, double indent) implements SlotFiller.Item {
        @Override
        public boolean counted() {
            return true;
        }
    }

    /** Columns of a piece that leaves room are spread at most this many body pitches apart. */
    static final double MAX_SPREAD = 1.6;

    StoryFlow compose(Typesetter setter, Article article, List<StoryPart> parts) {
        StoryFlow tight = compose(setter, article, parts, 1);
        Copyfit fit = tight.copyfit();
        if (parts.size() != 1 || fit.overset() || fit.linesFree() == 0 || fit.linesUsed() < 2) {
            return tight;
        }
        double spread = Math.min(MAX_SPREAD, (fit.linesUsed() + fit.linesFree() - 1.0) / (fit.linesUsed() - 1));
        StoryFlow spaced = compose(setter, article, parts, spread);
        return spaced.copyfit().overset() ? tight : spaced;
    }

    private StoryFlow compose(Typesetter setter, Article article, List<StoryPart> parts, double spread) {
        List<LayoutProblem> problems = new ArrayList<>();
        List<List<LayoutLine>> partLines = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<LayoutLine> lines = new ArrayList<>();
            partLines.add(lines);
            boxes.add(layOut(setter, article, parts.get(i), i, lines, slots, problems, spread));
        }
        SlotFiller.Filled filled = SlotFiller.fill(setter, items(article, parts.get(0).spec().bodySizePt()), slots,
                (index, prepared, set, indent, slot) -> partLines.get(slot.part()).add(VerticalSetter.column(setter,
                        prepared, set, LineRole.VERTICAL_TEXT, slot.x(), slot.top(), indent)));
        int used = filled.used();
        int chars = filled.chars();
        int codePoints = filled.codePoints();
        int overset = filled.overset();
        // Spread columns: the spacing took up what the frame had left.
        int free = spread > 1 ? 0 : slots.size() - used;
        int freeChars = 0;
        for (int s = used; s < slots.size() && spread <= 1; s++) {
            freeChars += (int) Math.floor(slots.get(s).measure() / parts.get(0).spec().bodySizePt() + 1e-6);
        }
        int lastPart = parts.get(parts.size() - 1).placement().part();
        if (overset > 0) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.OVERSET, article.id(),
                    "超 " + overset + " 字: the vertically set part " + lastPart + " on page "
                            + parts.get(parts.size() - 1).pageNumber() + " overflows"));
        }
        problems.addAll(setter.missingGlyphs(article.id()));
        var copyfit = new Copyfit(article.id(), chars, used, overset > 0 ? 0 : free, overset,
                overset > 0 ? lastPart : -1, codePoints, overset > 0 ? 0 : freeChars);
        List<StoryFlow.PartLayout> layouts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            StoryPart part = parts.get(i);
            layouts.add(new StoryFlow.PartLayout(part, new LayoutFrame(LayoutFrame.FrameKind.STORY, article.id(),
                    part.placement().part(), boxes.get(i), Optional.empty(), partLines.get(i)), List.of()));
        }
        return new StoryFlow(layouts, copyfit, problems);
    }

    /** Sets the 竖题 (opening frame) and lists the frame's columns right to left. */
    private Box layOut(Typesetter setter, Article article, StoryPart part, int index, List<LayoutLine> lines,
                       List<Slot> slots, List<LayoutProblem> problems, double spread) {
        PageSpec spec = part.spec();
        StoryPlacement placement = part.placement();
        GridRect rect = FrameGrid.clamp(spec, placement.frame());
        if (rect != placement.frame()) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.FRAME_OFF_GRID, article.id(),
                    "part " + placement.part() + " on page " + part.pageNumber() + " (" + placement.frame()
                            + ") runs off the " + spec.columns() + " x " + spec.rows() + " grid"));
        }
        if (rect == null) {
            return FrameGrid.box(spec, new GridRect(0, 0, 1, 1));
        }
        FrameInterior inside = FrameInterior.of(spec, rect, placement.style());
        Box area = inside.box();
        double body = spec.bodySizePt();
        double right = area.right();
        if (index == 0) {
            var headline = VerticalHeadline.set(setter, style, article, spec, right, area.y(), area.height(),
                    rect.columnSpan(), placement.headlineSizePt());
            lines.addAll(headline.lines());
            right -= headline.width() + (headline.width() > 0 ? body : 0);
        }
        double measure = VerticalHeadline.measure(area.height(), body);
        double pitch = spec.linePitchPt() * spread;
        for (double x = right - body; x >= area.x() - 1e-6; x -= pitch) {
            slots.add(new Slot(index, x, area.y(), measure));
        }
        return FrameGrid.box(spec, rect);
    }

    private List<Item> items(Article article, double body) {
        TextStyle text = style.of(LineRole.VERTICAL_TEXT);
        List<Item> items = new ArrayList<>();
        if (!article.byline().isBlank()) {
            items.add(new Item(Passage.plain(article.byline(), body, style.face(LineRole.REPORTER_LINE)), Alignment.LEFT, 0));
        }
        for (Block block : article.body()) {
            if (block instanceof Block.Lead lead) {
                items.add(new Item(new Passage(lead.text(), body, text.face(), lead.dateline().length(),
                        style.datelineFace()), text.alignment(), text.indentEms() * body));
            } else if (block instanceof Block.EndByline byline) {
                items.add(new Item(Passage.plain(byline.text(), body, style.face(LineRole.END_BYLINE)), Alignment.RIGHT, 0));
            } else if (block instanceof Block.Subhead subhead) {
                items.add(new Item(Passage.plain(subhead.text(), body, style.face(LineRole.SUBHEAD)), Alignment.LEFT, 0));
            } else {
                items.add(new Item(Passage.plain(block.text(), body, text.face()), text.alignment(), text.indentEms() * body));
            }
        }
        // A blank block takes no column.
        items.removeIf(item -> item.passage().text().isBlank());
        return items;
    }
}
