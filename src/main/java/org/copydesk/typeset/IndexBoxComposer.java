package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.IndexReference;
import org.copydesk.model.PageSpec;

/**
 * A 导读 box (index to inside pages): a framed block whose title ({@code 导读}) is set in 黑体 in a
 * tinted band across its top, then one line for each story it points at, on the page's baseline
 * grid in the body size: a ▶, the story's short text or headline, and at the right the page the
 * story starts on now ({@code （第3版）}), read from the edition each time it is composed.
 *
 * <p>Every entry is one line. One too long for the measure is broken where the line breaker would
 * break it and only its first line is printed, with the page reference kept at the right: no
 * ellipsis, and a {@link LayoutProblem.Kind#INDEX_ENTRY_CUT} asks the desk for a short text. A line
 * whose story is not placed, or is placed on this same page, prints without a page; preflight says so.
 */
final class IndexBoxComposer {
    /** Grid rows the title band takes at the top of the box. */
    static final int TITLE_ROWS = 2;
    /** Fewest rows a box can be: the band, one entry, one row clear above the border. */
    static final int MIN_ROWS = TITLE_ROWS + 2;
    /** The marker each entry starts with. */
    static final String MARKER = "▶";
    /** The title's size: 四号, a step above the entries without shouting over the headlines. */
    static final double TITLE_SIZE = 14;

    private IndexBoxComposer() {
    }

    /** What a box composes to: its frame and the dressing the page draws round it. */
    record Composed(LayoutFrame frame, FrameDecoration decoration) {
    }

    static Composed compose(Typesetter setter, HouseStyle style, PageSpec spec, EditionContent content, int pageNumber,
                            IndexBoxPlacement box, GridRect rect, List<LayoutProblem> problems) {
        Box frame = FrameGrid.box(spec, rect);
        List<LayoutLine> lines = new ArrayList<>();
        double pitch = spec.linePitchPt();
        int bandRows = Math.min(TITLE_ROWS, Math.max(1, rect.rowSpan() - 2));
        // The band stops one leading short of the first entry's row, so the entries clear the tint.
        double bandBottom = spec.rowTopPt(rect.row() + bandRows) - spec.leadingPt() / 2;
        Box band = new Box(frame.x(), frame.y(), frame.width(), bandBottom - frame.y());
        double side = spec.bodySizePt();
        double left = frame.x() + side;
        double right = frame.right() - side;

        TextStyle titleStyle = style.of(LineRole.INDEX_TITLE);
        double titleSize = Math.min(TITLE_SIZE, HaoScale.atMost(band.height() * 0.7));
        double titleBaseline = band.y() + (band.height() - titleSize) / 2 + VerticalSetter.BASELINE_IN_CELL * titleSize;
        List<LayoutLine> title = setter.setBlock(Passage.plain(box.title(), titleSize, titleStyle.face()), LineRole.INDEX_TITLE,
                Alignment.CENTER, left, titleBaseline, right - left, titleSize * titleStyle.pitch(), 0);
        if (!title.isEmpty()) {
            lines.add(title.get(0));
        }

        TextStyle entryStyle = style.of(LineRole.INDEX_ENTRY);
        double size = spec.bodySizePt();
        int firstRow = rect.row() + bandRows;
        int rows = Math.max(0, rect.lastRow() - firstRow); // the last row stays clear above the border
        int shown = Math.min(rows, box.entries().size());
        for (int i = 0; i < shown; i++) {
            IndexEntry entry = box.entries().get(i);
            IndexReference ref = IndexReference.of(content, pageNumber, entry);
            double baseline = spec.rowTopPt(firstRow + i) + VerticalSetter.BASELINE_IN_CELL * size;
            lines.add(entryLine(setter, entryStyle, ref, left, right, baseline, size, pitch, box, pageNumber, problems));
        }
        if (box.entries().size() > shown) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.OVERSET, box.indexId(), "the 导读 box '" + box.indexId()
                    + "' on page " + pageNumber + " has " + box.entries().size() + " lines and room for " + shown));
        }
        LayoutFrame composed = new LayoutFrame(LayoutFrame.FrameKind.INDEX, box.indexId(), 0, frame, Optional.empty(), lines);
        return new Composed(composed, FrameDecoration.ofIndex(frame, band));
    }

    /** ▶, the text cut to its first line, and the page flush right. */
    private static LayoutLine entryLine(Typesetter setter, TextStyle style, IndexReference ref, double left, double right,
                                        double baseline, double size, double pitch, IndexBoxPlacement box, int pageNumber,
                                        List<LayoutProblem> problems) {
        List<GlyphRun> runs = new ArrayList<>();
        Passage marker = Passage.plain(MARKER, size, org.copydesk.fonts.FontFace.SANS);
        double markerWidth = setter.naturalWidth(marker);
        runs.addAll(setter.setBlock(marker, LineRole.INDEX_ENTRY, Alignment.LEFT, left, baseline, markerWidth + size, pitch, 0)
                .get(0).runs());
        double textLeft = left + markerWidth;
        double textRight = right;
        String label = ref.pageLabel();
        if (!label.isEmpty()) {
            Passage page = Passage.plain(label, size, style.face());
            double width = setter.naturalWidth(page);
            // Set flush right: the measure is the label's own width, ending at the box's text edge.
            runs.addAll(setter.setBlock(page, LineRole.INDEX_ENTRY, Alignment.RIGHT, right - width, baseline, width, pitch, 0)
                    .get(0).runs());
            textRight = right - width - size; // one em clear of the reference
        }
        String text = ref.text();
        if (!text.isBlank()) {
            List<LayoutLine> set = setter.setBlock(Passage.plain(text, size, style.face()), LineRole.INDEX_ENTRY,
                    Alignment.LEFT, textLeft, baseline, Math.max(size, textRight - textLeft), pitch, 0);
            runs.addAll(set.get(0).runs());
            if (set.size() > 1) {
                problems.add(new LayoutProblem(LayoutProblem.Kind.INDEX_ENTRY_CUT, ref.entry().articleId(),
                        "the 导读 box '" + box.indexId() + "' on page " + pageNumber + " prints only '" + set.get(0).text()
                                + "' of '" + text + "'"));
            }
        }
        runs.sort(java.util.Comparator.comparingDouble(GlyphRun::left));
        return new LayoutLine(LineRole.INDEX_ENTRY, left, baseline, right - left, runs, false, -1);
    }
}
