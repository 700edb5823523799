package org.copydesk.typeset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Edition;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;

/**
 * 报眉: above the type area, 第N版 and the section on the left, the paper's name and the date on
 * the right, over a rule across the type area. Page 1 has the {@link MastheadBlock} in its place.
 */
final class RunningHead {
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private RunningHead() {
    }

    /** The running head of an inner page (page 1 has the {@link MastheadBlock} instead). */
    static List<LayoutLine> lines(Typesetter setter, HouseStyle style, Edition edition, Page page) {
        return runningHead(setter, style, edition, page);
    }

    private static LayoutLine composerWritten(LayoutLine l) {
        return new LayoutLine(l.role(), l.x(), l.baseline(), l.measure(), l.runs(), l.justified(), -1);
    }

    private static List<LayoutLine> runningHead(Typesetter setter, HouseStyle style, Edition edition, Page page) {
        PageSpec spec = page.spec();
        double size = spec.bodySizePt();
        double x = spec.typeAreaLeftPt();
        double width = spec.typeAreaWidthPt();
        // The characters' tops touch the head margin: the room above the type area is the page's head room.
        double baseline = spec.typeAreaTopPt() - spec.headRoomPt() + 0.88 * size;
        String left = "第" + page.number() + "版" + (page.section().isBlank() ? "" : "\u3000" + page.section());
        String right = edition.name() + "\u3000" + dateZh(edition.publicationDate());
        List<LayoutLine> lines = new ArrayList<>();
        lines.addAll(setter.setBlock(Passage.plain(left, size, style.face(LineRole.RUNNING_HEAD)), LineRole.RUNNING_HEAD, Alignment.LEFT,
                x, baseline, width, size * 1.5, 0));
        lines.addAll(setter.setBlock(Passage.plain(right, size, style.face(LineRole.RUNNING_HEAD)), LineRole.RUNNING_HEAD, Alignment.RIGHT,
                x, baseline, width, size * 1.5, 0));
        return lines.stream().map(RunningHead::composerWritten).toList();
    }

    static Rule rule(PageSpec spec) {
        double y = ruleY(spec);
        return new Rule(spec.typeAreaLeftPt(), y, spec.typeAreaLeftPt() + spec.typeAreaWidthPt(), y, 0.75);
    }

    private static double ruleY(PageSpec spec) {
        return spec.typeAreaTopPt() - spec.bodySizePt() * 0.5;
    }

    static String dateZh(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日\u3000"
                + WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }
}
