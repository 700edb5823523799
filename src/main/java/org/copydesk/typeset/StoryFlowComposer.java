package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;

/**
 * Composes one story through its linked frames: headline stack at the top of the opening frame,
 * then the reporter line and the body flowing line by line through the grid rows of each frame's
 * text columns (skipping rows photos take), frame after frame, with jump lines where a frame
 * continues on another page. What is left after the last frame is overset.
 */
final class StoryFlowComposer {
    /**
     * Fewer body lines than this between the top of a column and a photo are left empty: a stub
     * of two or three lines, then a jump of thirty rows down past the picture, sends the reader up
     * and down column by column. Four lines read as a block (issue 11); make-up then moves the
     * photo to the top of the body or gives the text above it room.
     */
    static final int MIN_LINES_ABOVE_PHOTO = 4;

    private final FontCatalogue fonts;
    private final BreakOpportunities breaks;
    private final HouseStyle style;
    private final PreparedPassages prepared;
    /** Whether a 主题 form shown unable to fit better than the one already set is left unset (always, but in tests). */
    private final boolean skipsLosingForms;
    private final AtomicLong formsSkipped = new AtomicLong();

    StoryFlowComposer(FontCatalogue fonts, BreakOpportunities breaks, HouseStyle style) {
        this(fonts, breaks, style, null);
    }

    /** @param prepared passages kept between compositions with these fonts, or null for none */
    StoryFlowComposer(FontCatalogue fonts, BreakOpportunities breaks, HouseStyle style, PreparedPassages prepared) {
        this(fonts, breaks, style, prepared, true);
    }

    /** As above; {@code skipsLosingForms} false sets every 主题 form in full (tests compare the two). */
    StoryFlowComposer(FontCatalogue fonts, BreakOpportunities breaks, HouseStyle style, PreparedPassages prepared,
                      boolean skipsLosingForms) {
        this.fonts = fonts;
        this.breaks = breaks;
        this.style = style;
        this.prepared = prepared;
        this.skipsLosingForms = skipsLosingForms;
    }

    /** How many 主题 forms were left unset because they could not fit better (for tests). */
    long formsSkipped() {
        return formsSkipped.get();
    }

    /** One body line position: a grid row of one text column. */
    private record Slot(int part, double x, double width, double rowTop, double bodySize) implements SlotFiller.Slot {
        double baseline() {
            return rowTop + 0.88 * bodySize;
        }

        @Override
        public double measure() {
            return width;
        }
    }

    /**
     * A frame's rectangle, the rows kept for its jump lines (null when it has none), the 转版标题
     * and 上接 line heading a continuation from another page (empty otherwise) and its column rules.
     */
    private record FrameLayout(Box box, Slot jumpIn, Slot jumpOut, List<LayoutLine> jumpHead, List<Rule> rules) {
    }

    /** A block of the body as the composer sets it. */
    private record BodyItem(Passage passage, LineRole role, Alignment alignment, double indent)
            implements SlotFiller.Item {
        /** The reporter line is not part of the story's length. */
        @Override
        public boolean counted() {
            return role != LineRole.REPORTER_LINE;
        }
    }

    /**
     * Composes the story; when its 主题 could be set two ways (two balanced lines, or one line a
     * 号 smaller), with each, keeping the one that fits its frames better: less overset, then
     * fewer empty lines, the one-line form on a tie. That is how a desk chooses between them.
     */
    StoryFlow compose(Article article, List<StoryPart> parts) {
        Typesetter setter = new Typesetter(fonts, breaks, parts.get(0).spec().rules(), prepared);
        if (parts.get(0).placement().style().verticalText()) {
            return new VerticalStoryComposer(style).compose(setter, article, parts);
        }
        Form best = null;
        for (double size : headlineSizes(setter, article, parts.get(0))) {
            if (best != null && skipsLosingForms && cannotFitBetter(best, slotWidths(setter, article, parts, size))) {
                formsSkipped.incrementAndGet();
                continue;
            }
            Form form = compose(setter, article, parts, size);
            if (best == null || fitsBetter(form.flow().copyfit(), best.flow().copyfit())) {
                best = form;
            }
        }
        return best.flow();
    }

    /**
     * A story set with one 主题 size, with what shows whether another form could fit better: the
     * measures of its body slots in order and its body's lines as flowed (before the vertical fill).
     */
    private record Form(StoryFlow flow, double[] widths, BodyFlow body) {
    }

    /**
     * Whether a form whose body slots measure {@code widths} cannot fit better than {@code best}, so
     * setting it would change nothing. The body is flowed slot by slot, each line set for its slot's
     * measure alone; when those measures are the first of best's (the taller 主题 takes rows off the
     * top of the opening frame's columns, all of one measure), that form's lines are best's first
     * lines. It then oversets at least as much as an overset best (a tie keeps best), and oversets
     * where best fits if best needs a line with characters beyond its last slot.
     */
    private static boolean cannotFitBetter(Form best, double[] widths) {
        if (!startsWith(best.widths(), widths)) {
            return false;
        }
        if (best.body().overset() > 0) {
            return true;
        }
        List<Placed> placed = best.body().placed();
        for (int i = widths.length; i < placed.size(); i++) {
            Placed line = placed.get(i);
            if (line.prepared().countChars(line.set().start(), line.set().end()) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(double[] widths, double[] prefix) {
        if (prefix.length > widths.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (Double.compare(widths[i], prefix[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The measures of the body slots the story's frames have with its 主题 at {@code headlineSize}. */
    private double[] slotWidths(Typesetter setter, Article article, List<StoryPart> parts, double headlineSize) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            layOutFrame(setter, article, parts.get(i), i, headlineSize, new ArrayList<>(), slots, new ArrayList<>());
        }
        return widths(slots);
    }

    private static double[] widths(List<Slot> slots) {
        double[] widths = new double[slots.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = slots.get(i).width();
        }
        return widths;
    }

    private static boolean fitsBetter(Copyfit a, Copyfit b) {
        if (a.oversetChars() != b.oversetChars()) {
            return a.oversetChars() < b.oversetChars();
        }
        return a.linesFree() < b.linesFree();
    }

    private double[] headlineSizes(Typesetter setter, Article article, StoryPart opening) {
        PageSpec spec = opening.spec();
        GridRect rect = FrameGrid.clamp(spec, opening.placement().frame());
        if (rect == null) {
            return new double[] {0};
        }
        if (opening.placement().style().verticalHeadline() != StoryStyle.VerticalHeadline.NONE) {
            return new double[] {opening.placement().headlineSizePt()};
        }
        double width = FrameInterior.of(spec, rect, opening.placement().style()).box().width();
        return HeadlineStack.headlineSizes(setter, style, article, spec, width, rect.columnSpan(),
                opening.placement().headlineSizePt(), opening.headlineCapPt());
    }

    private Form compose(Typesetter setter, Article article, List<StoryPart> parts, double headlineSize) {
        PageSpec firstSpec = parts.get(0).spec();
        List<LayoutProblem> problems = new ArrayList<>();
        List<List<LayoutLine>> partLines = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        List<FrameLayout> frames = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<LayoutLine> lines = new ArrayList<>();
            partLines.add(lines);
            frames.add(layOutFrame(setter, article, parts.get(i), i, headlineSize, lines, slots, problems));
        }
        List<BodyItem> items = bodyItems(article, firstSpec.bodySizePt());
        BodyFlow body = flowBody(setter, items, slots);
        BodyFlow flowed = body;
        Set<Integer> blanks = VerticalFill.blankRowsAfter(items.size(), paragraphEnds(items), slots.size() - body.used());
        if (body.overset() == 0 && !blanks.isEmpty()) {
            BodyFlow filled = refill(body, items, slots, blanks);
            if (filled.overset() == 0) {
                body = filled;
            }
        }
        for (int i = 0; i < body.lines().size(); i++) {
            partLines.get(body.parts().get(i)).add(body.lines().get(i));
        }
        int used = body.used();
        int chars = body.chars();
        int codePoints = body.codePoints();
        int overset = body.overset();
        int free = 0;
        int freeChars = 0;
        for (int s = used; s < slots.size(); s++) {
            free++;
            freeChars += (int) Math.floor(slots.get(s).width() / slots.get(s).bodySize() + 1e-6);
        }
        int lastPartReached = used == 0 ? 0 : slots.get(used - 1).part();
        addJumpLines(setter, parts, frames, partLines, overset > 0 ? parts.size() - 1 : lastPartReached);
        checkPartNumbers(article, parts, problems);
        int lastPart = parts.get(parts.size() - 1).placement().part();
        if (overset > 0) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.OVERSET, article.id(),
                    "超 " + overset + " 字: part " + lastPart + " on page " + parts.get(parts.size() - 1).pageNumber()
                            + " overflows"));
        }
        problems.addAll(setter.missingGlyphs(article.id()));
        var copyfit = new Copyfit(article.id(), chars, used, overset > 0 ? 0 : free, overset,
                overset > 0 ? lastPart : -1, codePoints, overset > 0 ? 0 : freeChars);
        List<StoryFlow.PartLayout> layouts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            StoryPart part = parts.get(i);
            layouts.add(new StoryFlow.PartLayout(part, new LayoutFrame(LayoutFrame.FrameKind.STORY, article.id(),
                    part.placement().part(), frames.get(i).box(), Optional.empty(), partLines.get(i)),
                    frames.get(i).rules()));
        }
        return new Form(new StoryFlow(layouts, copyfit, problems), widths(slots), flowed);
    }

    /** The body as flowed into the slots: its lines (with the part each sits in) and counts. */
    private record BodyFlow(List<LayoutLine> lines, List<Integer> parts, int used, int chars, int codePoints,
                            int overset, List<Placed> placed) {
    }

    /** How a body line was set, so the vertical fill can move it to a later slot without setting it again. */
    private record Placed(int item, PreparedPassage prepared, SetLine set, double indent, double width) {
    }

    /**
     * The body of {@code first} moved down by the blank rows after {@code blankAfter}: the same lines,
     * each in its new slot. Falls back to flowing the body again when a line lands in a slot of
     * another width (a continuation frame of another measure).
     */
    private BodyFlow refill(BodyFlow first, List<BodyItem> items, List<Slot> slots, Set<Integer> blankAfter) {
        List<LayoutLine> lines = new ArrayList<>(first.lines().size());
        List<Integer> parts = new ArrayList<>(first.lines().size());
        int used = 0;
        List<Placed> placed = first.placed();
        for (int i = 0; i < placed.size(); i++) {
            Placed line = placed.get(i);
            if (used >= slots.size() || slots.get(used).width() != line.width()) {
                return new BodyFlow(List.of(), List.of(), 0, 0, 0, 1, List.of()); // let the caller keep the first
            }
            Slot slot = slots.get(used++);
            BodyItem item = items.get(line.item());
            lines.add(new LayoutLine(item.role(), slot.x(), slot.baseline(), slot.width(),
                    line.prepared().runs(line.set(), slot.x() + line.indent(), slot.baseline()), line.set().justified(),
                    line.prepared().charIndex[line.set().start()]));
            parts.add(slot.part());
            boolean lastOfItem = i + 1 == placed.size() || placed.get(i + 1).item() != line.item();
            if (lastOfItem && blankAfter.contains(line.item()) && leaveBlank(slots, used)) {
                used++;
            }
        }
        return new BodyFlow(lines, parts, used, first.chars(), first.codePoints(), 0, placed);
    }

    /** Whether the slot at {@code next} may stay empty: neither the top nor the foot of its column. */
    private static boolean leaveBlank(List<Slot> slots, int next) {
        return next > 0 && next + 1 < slots.size() && sameColumn(slots.get(next - 1), slots.get(next))
                && sameColumn(slots.get(next), slots.get(next + 1));
    }

    /** Flows the body items line by line into {@code slots}; what does not fit is overset. */
    private BodyFlow flowBody(Typesetter setter, List<BodyItem> items, List<Slot> slots) {
        List<LayoutLine> lines = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        SlotFiller.Filled filled = SlotFiller.fill(setter, items, slots, (index, prepared, set, indent, slot) -> {
            double baseline = slot.baseline();
            lines.add(new LayoutLine(items.get(index).role(), slot.x(), baseline, slot.width(),
                    prepared.runs(set, slot.x() + indent, baseline), set.justified(), prepared.charIndex[set.start()]));
            parts.add(slot.part());
            placed.add(new Placed(index, prepared, set, indent, slot.width()));
        });
        return new BodyFlow(lines, parts, filled.used(), filled.chars(), filled.codePoints(), filled.overset(), placed);
    }

    private static boolean sameColumn(Slot a, Slot b) {
        return a.part() == b.part() && a.x() == b.x() && b.rowTop() > a.rowTop();
    }

    /** Indexes of the items after which a paragraph of body text ends and another begins. */
    private static List<Integer> paragraphEnds(List<BodyItem> items) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i).role() != LineRole.REPORTER_LINE && !items.get(i).passage().text().isEmpty()
                    && !items.get(i + 1).passage().text().isEmpty()) {
                ends.add(i);
            }
        }
        return ends;
    }

    /**
     * Sets the headline stack (opening frame) and lists the frame's body slots in reading order:
     * text column by text column, top to bottom, minus rows photos take and the rows kept for jump
     * lines.
     */
    private FrameLayout layOutFrame(Typesetter setter, Article article, StoryPart part, int index, double headlineSize,
                                    List<LayoutLine> lines, List<Slot> slots, List<LayoutProblem> problems) {
        PageSpec spec = part.spec();
        StoryPlacement placement = part.placement();
        GridRect rect = FrameGrid.clamp(spec, placement.frame());
        if (rect != placement.frame()) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.FRAME_OFF_GRID, article.id(),
                    "part " + placement.part() + " on page " + part.pageNumber() + " (" + placement.frame()
                            + ") runs off the " + spec.columns() + " x " + spec.rows() + " grid"));
        }
        if (rect == null) {
            return new FrameLayout(FrameGrid.box(spec, new GridRect(0, 0, 1, 1)), null, null, List.of(), List.of());
        }
        Box box = FrameGrid.box(spec, rect);
        // A boxed frame keeps its text inside the border; a 竖题 takes a strip at one side.
        FrameInterior inside = FrameInterior.of(spec, rect, placement.style());
        if (index == 0 && placement.style().verticalHeadline() != StoryStyle.VerticalHeadline.NONE) {
            inside = withVerticalHeadline(setter, article, part, inside, rect, lines);
        }
        Box text = inside.box();
        int firstRow = inside.firstRow();
        int lastRow = inside.lastRow();
        if (index == 0 && placement.style().verticalHeadline() == StoryStyle.VerticalHeadline.NONE) {
            var stack = HeadlineStack.set(setter, style, article, spec, text.x(), text.y(), text.width(), headlineSize);
            lines.addAll(stack.lines());
            firstRow += stack.rows();
            if (stack.rows() > rect.rowSpan()) {
                problems.add(new LayoutProblem(LayoutProblem.Kind.OVERSET, article.id(), "the headline needs "
                        + stack.rows() + " 行 but the frame on page " + part.pageNumber() + " has " + rect.rowSpan()));
            }
        }
        List<LayoutLine> jumpHead = new ArrayList<>();
        if (index > 0 && part.jumpFromPage() > 0) {
            firstRow += continuationHead(setter, article, part, text, firstRow, rect, jumpHead);
        }
        int columns = Math.min(placement.textColumns(), Math.max(1, (int) (text.width() / (3 * spec.bodySizePt()))));
        double gutter = spec.bodySizePt() * (columns == rect.columnSpan() && inside.plain() ? spec.gutterChars() : 1);
        double columnWidth = columns == rect.columnSpan() && inside.plain()
                ? spec.columnChars() * spec.bodySizePt()
                : inside.plain() ? (box.width() - (columns - 1) * gutter) / columns
                : FrameInterior.columnWidth(text.width(), columns, gutter, spec.bodySizePt());
        // Whole-character columns in a box leave a sliver: split it evenly on both sides.
        double left = text.x() + (inside.plain() ? 0 : (text.width() - columns * columnWidth - (columns - 1) * gutter) / 2);
        List<Slot> frameSlots = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            double x = left + c * (columnWidth + gutter);
            int row = firstRow;
            while (row <= lastRow) {
                if (blocked(spec, part.blocked(), row, x, columnWidth)) {
                    row++;
                    continue;
                }
                int end = row;
                while (end + 1 <= lastRow && !blocked(spec, part.blocked(), end + 1, x, columnWidth)) {
                    end++;
                }
                // A stub stranded above a photo would be read out of order: leave it white.
                boolean sliverAbovePhoto = end < lastRow && end - row + 1 < MIN_LINES_ABOVE_PHOTO;
                for (int r = row; r <= end && !sliverAbovePhoto; r++) {
                    frameSlots.add(new Slot(index, x, columnWidth, spec.rowTopPt(r), spec.bodySizePt()));
                }
                row = end + 1;
            }
        }
        // A continuation from another page has its 上接 line in its head already.
        Slot jumpIn = part.jumpFromPage() > 0 && jumpHead.isEmpty() && !frameSlots.isEmpty() ? frameSlots.remove(0) : null;
        Slot jumpOut = part.jumpToPage() > 0 && !frameSlots.isEmpty() ? frameSlots.remove(frameSlots.size() - 1) : null;
        slots.addAll(frameSlots);
        List<Rule> rules = new ArrayList<>();
        for (int c = 1; c < columns; c++) {
            double before = left + (c - 1) * (columnWidth + gutter);
            double after = before + columnWidth + gutter;
            rules.addAll(ColumnRules.down(spec, after - gutter / 2, firstRow, lastRow,
                    row -> !blocked(spec, part.blocked(), row, before, columnWidth)
                            && !blocked(spec, part.blocked(), row, after, columnWidth)));
        }
        return new FrameLayout(box, jumpIn, jumpOut, jumpHead, rules);
    }

    /**
     * The head of a continuation from another page: the 转版标题 ({@link JumpHeadline}) centred
     * across the frame a size below the span's headline, at most 二号, then {@code （上接第N版）} on
     * the row under it, opening the text as a Chinese desk writes it (the jump line at the head of
     * the text, the jump headline over it). Returns the rows it takes.
     */
    private int continuationHead(Typesetter setter, Article article, StoryPart part, Box box, int firstRow,
                                 GridRect rect, List<LayoutLine> head) {
        PageSpec spec = part.spec();
        double body = spec.bodySizePt();
        String title = JumpHeadline.of(article);
        int rows = 0;
        if (!title.isEmpty()) {
            double size = Math.min(22, HaoScale.smaller(HaoScale.headlineFor(rect.columnSpan(), spec.columns())));
            TextStyle headline = style.of(LineRole.HEADLINE);
            double pitch = size * headline.pitch();
            double top = spec.rowTopPt(firstRow);
            List<LayoutLine> set = setter.setBalanced(Passage.plain(title, size, headline.face()), LineRole.HEADLINE,
                    Alignment.CENTER, box.x(), top + (pitch - size) / 2 + 0.88 * size, box.width(), pitch);
            set.stream().map(StoryFlowComposer::composerWritten).forEach(head::add);
            double height = pitch * set.size() + spec.linePitchPt() * 0.5;
            rows = (int) Math.ceil(height / spec.linePitchPt() - 1e-9);
        }
        head.addAll(jumpLine(setter, "（上接第" + part.jumpFromPage() + "版）", body, Alignment.LEFT,
                new Slot(0, box.x(), box.width(), spec.rowTopPt(firstRow + rows), body)));
        return rows + 1;
    }

    /**
     * Sets the story's 竖题 at the side of the interior its placement names and returns the interior
     * left for the text, one body character clear of the headline block.
     */
    private FrameInterior withVerticalHeadline(Typesetter setter, Article article, StoryPart part, FrameInterior inside,
                                               GridRect rect, List<LayoutLine> lines) {
        PageSpec spec = part.spec();
        Box area = inside.box();
        boolean right = part.placement().style().verticalHeadline() == StoryStyle.VerticalHeadline.RIGHT;
        // Set once to learn its width, then again where it belongs.
        var trial = VerticalHeadline.set(setter, style, article, spec, area.right(), area.y(), area.height(),
                rect.columnSpan(), part.placement().headlineSizePt());
        double width = trial.width();
        if (width <= 0) {
            return inside;
        }
        double blockRight = right ? area.right() : area.x() + width;
        var block = right ? trial : VerticalHeadline.set(setter, style, article, spec, blockRight, area.y(), area.height(),
                rect.columnSpan(), part.placement().headlineSizePt());
        lines.addAll(block.lines());
        double gap = spec.bodySizePt();
        return right ? inside.narrowed(area.x(), area.right() - width - gap)
                : inside.narrowed(area.x() + width + gap, area.right());
    }

    private static boolean blocked(PageSpec spec, List<GridRect> photos, int row, double x, double width) {
        for (GridRect photo : photos) {
            if (row >= photo.row() && row <= photo.lastRow() && FrameGrid.overlapsHorizontally(spec, photo, x, width)) {
                return true;
            }
        }
        return false;
    }

    /**
     * （上接第X版） on the first body row of a continuation, （下转第X版） on the last row of a part
     * that continues on another page: the rows {@link #layOutFrame} kept free for them.
     */
    private void addJumpLines(Typesetter setter, List<StoryPart> parts, List<FrameLayout> frames,
                              List<List<LayoutLine>> partLines, int lastPartReached) {
        // Only where the text really continues: a story that ends early gets no dangling 下转.
        for (int i = 0; i <= lastPartReached && i < parts.size(); i++) {
            StoryPart part = parts.get(i);
            FrameLayout frame = frames.get(i);
            double body = part.spec().bodySizePt();
            partLines.get(i).addAll(0, frame.jumpHead());
            if (frame.jumpIn() != null) {
                Slot slot = frame.jumpIn();
                List<LayoutLine> lines = partLines.get(i);
                lines.addAll(headOfList(lines), jumpLine(setter, "（上接第" + part.jumpFromPage() + "版）", body,
                        Alignment.LEFT, slot));
            }
            if (frame.jumpOut() != null && i < lastPartReached) {
                partLines.get(i).addAll(jumpLine(setter, "（下转第" + part.jumpToPage() + "版）", body, Alignment.RIGHT,
                        frame.jumpOut()));
            }
        }
    }

    /** A jump line; its alignment is its direction (上接 left, 下转 right), the rest is house style. */
    private List<LayoutLine> jumpLine(Typesetter setter, String text, double size, Alignment alignment, Slot slot) {
        TextStyle jump = style.of(LineRole.JUMP_LINE);
        return setter.setBlock(Passage.plain(text, size, jump.face()), LineRole.JUMP_LINE, alignment, slot.x(),
                        slot.baseline(), slot.width(), size * jump.pitch(), 0)
                .stream().map(StoryFlowComposer::composerWritten).toList();
    }

    /** Linked frames must be numbered 0, 1, 2 ... for the jumps between them to mean anything. */
    private static void checkPartNumbers(Article article, List<StoryPart> parts, List<LayoutProblem> problems) {
        for (int i = 0; i < parts.size(); i++) {
            StoryPart part = parts.get(i);
            if (part.placement().part() != i) {
                problems.add(new LayoutProblem(LayoutProblem.Kind.UNRESOLVED_JUMP, article.id(),
                        "part " + part.placement().part() + " on page " + part.pageNumber() + " follows "
                                + (i == 0 ? "no opening frame (part 0)" : "part " + parts.get(i - 1).placement().part())));
                return;
            }
        }
    }

    /** Where the 上接 line goes: after the headline lines (a continuation has none). */
    private static int headOfList(List<LayoutLine> lines) {
        int i = 0;
        while (i < lines.size() && isHeadline(lines.get(i).role())) {
            i++;
        }
        return i;
    }

    private static boolean isHeadline(LineRole role) {
        return role == LineRole.KICKER || role == LineRole.HEADLINE || role == LineRole.SUBTITLE;
    }

    private static LayoutLine composerWritten(LayoutLine line) {
        return new LayoutLine(line.role(), line.x(), line.baseline(), line.measure(), line.runs(), line.justified(), -1);
    }

    private List<BodyItem> bodyItems(Article article, double body) {
        List<BodyItem> items = new ArrayList<>();
        if (!article.byline().isBlank()) {
            items.add(item(Passage.plain(article.byline(), body, style.face(LineRole.REPORTER_LINE)),
                    LineRole.REPORTER_LINE, body));
        }
        for (Block block : article.body()) {
            items.add(bodyItem(block, body));
        }
        return items;
    }

    private BodyItem bodyItem(Block block, double body) {
        if (block instanceof Block.Lead lead) {
            return item(new Passage(lead.text(), body, style.face(LineRole.BODY), lead.dateline().length(),
                    style.datelineFace()), LineRole.BODY, body);
        }
        if (block instanceof Block.Subhead subhead) {
            return item(Passage.plain(subhead.text(), body, style.face(LineRole.SUBHEAD)), LineRole.SUBHEAD, body);
        }
        if (block instanceof Block.EndByline byline) {
            return item(Passage.plain(byline.text(), body, style.face(LineRole.END_BYLINE)), LineRole.END_BYLINE, body);
        }
        return item(Passage.plain(block.text(), body, style.face(LineRole.BODY)), LineRole.BODY, body);
    }

    private BodyItem item(Passage passage, LineRole role, double size) {
        TextStyle textStyle = style.of(role);
        return new BodyItem(passage, role, textStyle.alignment(), textStyle.indentEms() * size);
    }
}
