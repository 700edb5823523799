package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Edition;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PaperSettings;

/**
 * 报头: the block across the top rows of page 1's type area. In the middle the paper's name, set
 * far larger than any headline, with the registration line (CN 刊号, 邮发代号) under it; on either
 * side a boxed 报眼 (ear) from the paper's settings; beneath, across the page between a thin rule
 * and a thick-and-thin one (文武线), the date with its weekday and 农历, the issue number and how
 * many pages the edition has. Stories and photos on page 1 start below {@link #rows}.
 */
public final class MastheadBlock {
    /** The lines and rules of the block. */
    record Result(List<LayoutLine> lines, List<Rule> rules) {
    }

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    /** Rows of the date strip at the foot of the block. */
    private static final int STRIP_ROWS = 2;

    private MastheadBlock() {
    }

    /** Grid rows the block takes at the top of page 1: an eighth of the page, at least nine. */
    public static int rows(PageSpec spec) {
        return Math.max(9, (int) Math.round(spec.rows() * 0.12));
    }

    /** The rows of page 1 the block takes, as a grid rectangle across the page. */
    public static GridRect area(PageSpec spec) {
        return new GridRect(0, 0, spec.columns(), rows(spec));
    }

    /**
     * The block's rows on {@code page}, if the composer prints the block there: on page 1 only,
     * whichever page is numbered 1 now (a page moved to the front gets the block). Make-up keeps
     * frames off it and preflight flags a stored frame on it, by this one answer.
     */
    public static Optional<GridRect> areaOn(Page page) {
        return hasBlock(page) ? Optional.of(area(page.spec())) : Optional.empty();
    }

    /** Whether the composer prints the block on {@code page}. */
    static boolean hasBlock(Page page) {
        return page.number() == 1;
    }

    static Result compose(Typesetter setter, HouseStyle style, PaperSettings paper, Edition edition, Page page,
                          int pageCount) {
        PageSpec spec = page.spec();
        double pitch = spec.linePitchPt();
        // The block takes the running head's place: it starts in the room inner pages give their running
        // head, so page 1 has the same head margin as every other page; the date strip stays on the grid.
        double top = spec.typeAreaTopPt() - spec.headRoomPt();
        double left = spec.typeAreaLeftPt();
        double width = spec.typeAreaWidthPt();
        double stripTop = spec.typeAreaTopPt() + (rows(spec) - STRIP_ROWS) * pitch - pitch * 0.5;
        double stripBottom = stripTop + STRIP_ROWS * pitch;
        int earSpan = spec.columns() >= 6 ? 2 : 1;
        double earWidth = spec.spanWidthPt(earSpan);
        double gap = spec.bodySizePt() * 2;
        List<LayoutLine> lines = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();

        // The name: as large as the space between the ears and above the strip allows, on one line.
        String name = paper.mastheadFor(edition.name());
        double centreX = left + earWidth + gap;
        double centreWidth = width - 2 * (earWidth + gap);
        double registrationSize = spec.bodySizePt();
        double nameArea = stripTop - top - registrationSize * 2.2;
        double nameSize = Math.min(nameArea * 0.82, centreWidth * 0.92 / Math.max(1, name.codePointCount(0, name.length())));
        double nameBaseline = top + (nameArea - nameSize) / 2 + 0.88 * nameSize;
        lines.addAll(setter.setBlock(Passage.plain(name, nameSize, FontFace.SERIF_BOLD), LineRole.RUNNING_HEAD,
                Alignment.CENTER, centreX, nameBaseline, centreWidth, nameSize * 1.2, 0));
        if (!paper.registrationLine().isBlank()) {
            lines.addAll(setter.setBlock(Passage.plain(paper.registrationLine(), registrationSize,
                            style.face(LineRole.RUNNING_HEAD)), LineRole.RUNNING_HEAD, Alignment.CENTER, centreX,
                    stripTop - registrationSize * 0.9, centreWidth, registrationSize * 1.4, 0));
        }

        ear(setter, style, paper.leftEar(), left, top, earWidth, stripTop - pitch * 0.5, lines, rules);
        ear(setter, style, paper.rightEar(), left + width - earWidth, top, earWidth, stripTop - pitch * 0.5, lines,
                rules);

        // The strip: date, weekday and 农历 on the left; issue in the middle; pages and 版次 on the right.
        double stripSize = HaoScale.atMost(spec.bodySizePt() * 1.2);
        double stripBaseline = (stripTop + stripBottom) / 2 + stripSize * 0.38;
        FontFace stripFace = style.face(LineRole.RUNNING_HEAD);
        lines.addAll(setter.setBlock(Passage.plain(dateLine(edition), stripSize, stripFace), LineRole.RUNNING_HEAD,
                Alignment.LEFT, left, stripBaseline, width, stripSize * 1.4, 0));
        lines.addAll(setter.setBlock(Passage.plain("总第" + edition.issueNumber() + "期", stripSize, stripFace),
                LineRole.RUNNING_HEAD, Alignment.CENTER, left, stripBaseline, width, stripSize * 1.4, 0));
        String pages = "今日" + pageCount + "版\u3000第" + page.number() + "版"
                + (page.section().isBlank() ? "" : "\u3000" + page.section());
        lines.addAll(setter.setBlock(Passage.plain(pages, stripSize, stripFace), LineRole.RUNNING_HEAD,
                Alignment.RIGHT, left, stripBaseline, width, stripSize * 1.4, 0));
        rules.add(new Rule(left, stripTop, left + width, stripTop, 0.5));
        rules.add(new Rule(left, stripBottom, left + width, stripBottom, 2.5));
        rules.add(new Rule(left, stripBottom + 2.5, left + width, stripBottom + 2.5, 0.5));
        return new Result(lines.stream().map(MastheadBlock::composerWritten).toList(), rules);
    }

    /** 2026年11月27日　星期五　农历丙午年十月初八 (no 农历 outside the lunar table's years). */
    static String dateLine(Edition edition) {
        var date = edition.publicationDate();
        String line = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日\u3000"
                + WEEKDAYS[date.getDayOfWeek().getValue() - 1];
        return LunarDate.of(date).map(lunar -> line + "\u3000" + lunar.zh()).orElse(line);
    }

    /** A boxed ear: its title bold at the top, its text wrapped and centred under it. */
    private static void ear(Typesetter setter, HouseStyle style, PaperSettings.Ear ear, double x, double top,
                            double width, double bottom, List<LayoutLine> lines, List<Rule> rules) {
        if (ear.isEmpty()) {
            return;
        }
        double titleSize = 16;
        double textSize = 10.5;
        double pad = textSize;
        double inner = width - 2 * pad;
        double y = top + pad;
        if (!ear.title().isBlank()) {
            lines.addAll(setter.setBlock(Passage.plain(ear.title(), titleSize, FontFace.SANS_BOLD),
                    LineRole.RUNNING_HEAD, Alignment.CENTER, x + pad, y + 0.88 * titleSize, inner, titleSize * 1.3, 0));
            y += titleSize * 1.3 + textSize * 0.6;
        }
        var text = setter.setBlock(Passage.plain(ear.text(), textSize, style.face(LineRole.RUNNING_HEAD)),
                LineRole.RUNNING_HEAD, Alignment.CENTER, x + pad, y + 0.88 * textSize, inner, textSize * 1.5, 0);
        // Lines that would run out of the box are left out rather than printed over the strip.
        text.stream().filter(l -> l.baseline() <= bottom - pad * 0.5).forEach(lines::add);
        rules.add(new Rule(x, top, x + width, top, 0.75));
        rules.add(new Rule(x, bottom, x + width, bottom, 0.75));
        rules.add(new Rule(x, top, x, bottom, 0.75));
        rules.add(new Rule(x + width, top, x + width, bottom, 0.75));
    }

    private static LayoutLine composerWritten(LayoutLine l) {
        return new LayoutLine(l.role(), l.x(), l.baseline(), l.measure(), l.runs(), l.justified(), -1);
    }
}
