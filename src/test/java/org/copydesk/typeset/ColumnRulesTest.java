package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.Test;

/** 栏线: hairlines in the gutters between text columns and between side-by-side stories. */
class ColumnRulesTest {
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);
    private final EditionContent content = SampleEditions.fullBroadsheet();
    private final PageLayout page = composer.compose(content, 1);

    @Test
    void aMultiColumnFrameHasAHairlineInTheMiddleOfEachGutterBetweenItsTextColumns() {
        LayoutFrame s4 = NewspaperComposerTest.storyFrame(page, "s4"); // four columns, no photo
        List<Double> columns = bodyColumnLefts(s4);
        assertThat(columns).hasSize(4);
        double columnWidth = bodyLines(s4).get(0).measure();
        for (int c = 1; c < columns.size(); c++) {
            double gutterMiddle = (columns.get(c - 1) + columnWidth + columns.get(c)) / 2;
            List<Rule> rules = columnRulesAt(gutterMiddle, s4.bounds());
            assertThat(rules).as("gutter before column %d", c).hasSize(1);
            Rule rule = rules.get(0);
            assertThat(rule.widthPt()).isEqualTo(0.25);
            assertThat(rule.x1()).isEqualTo(rule.x2());
            double firstBody = bodyLines(s4).stream().mapToDouble(LayoutLine::baseline).min().orElseThrow();
            assertThat(Math.min(rule.y1(), rule.y2())).isCloseTo(firstBody - 0.88 * 9, within(0.01));
            assertThat(Math.max(rule.y1(), rule.y2())).isLessThanOrEqualTo(s4.bounds().bottom() + 0.01);
        }
    }

    @Test
    void sideBySideStoriesAreSeparatedByARuleInTheGutterBetweenThem() {
        LayoutFrame s5 = NewspaperComposerTest.storyFrame(page, "s5");
        LayoutFrame s6 = NewspaperComposerTest.storyFrame(page, "s6");
        double gutterMiddle = (s5.bounds().right() + s6.bounds().x()) / 2;
        List<Rule> rules = columnRulesAt(gutterMiddle, s6.bounds());
        assertThat(rules).hasSize(1);
        assertThat(Math.min(rules.get(0).y1(), rules.get(0).y2())).isCloseTo(s6.bounds().y(), within(0.01));
    }

    @Test
    void rulesCrossNoHeadlinePhotoCaptionOrLine() {
        for (int number : new int[] {1, 2}) {
            PageLayout layout = composer.compose(content, number);
            List<Rule> rules = layout.rules().stream().filter(r -> r.x1() == r.x2()).toList();
            assertThat(rules).isNotEmpty();
            for (Rule rule : rules) {
                for (LayoutFrame frame : layout.frames()) {
                    if (frame.kind() == LayoutFrame.FrameKind.PHOTO) {
                        assertThat(crosses(rule, frame.bounds())).as("rule %s crosses photo %s", rule, frame.contentId())
                                .isFalse();
                    }
                    for (LayoutLine line : frame.lines()) {
                        double size = line.runs().get(0).sizePt();
                        Box box = new Box(line.x(), line.baseline() - 0.88 * size, line.measure(), size);
                        assertThat(crosses(rule, box)).as("rule %s crosses %s '%s'", rule, line.role(), line.text())
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aPhotoInsideAFrameInterruptsTheRuleBesideIt() {
        LayoutFrame s1 = NewspaperComposerTest.storyFrame(page, "s1");
        LayoutFrame photo = NewspaperComposerTest.photoFrame(page, "p1");
        List<Double> columns = bodyColumnLefts(s1);
        double columnWidth = bodyLines(s1).get(0).measure();
        // the gutter left of the photo: ruled above and below the photo, not beside it
        double gutterMiddle = (columns.get(1) + columnWidth + columns.get(2)) / 2;
        List<Rule> rules = columnRulesAt(gutterMiddle, s1.bounds());
        assertThat(rules).hasSize(2);
        assertThat(rules).noneMatch(r -> Math.max(r.y1(), r.y2()) > photo.bounds().y() + 0.01
                && Math.min(r.y1(), r.y2()) < photo.bounds().bottom() - 0.01);
    }

    private List<Rule> columnRulesAt(double x, Box frame) {
        return page.rules().stream()
                .filter(r -> r.x1() == r.x2() && Math.abs(r.x1() - x) < 0.01)
                .filter(r -> Math.max(r.y1(), r.y2()) > frame.y() + 0.01 && Math.min(r.y1(), r.y2()) < frame.bottom() - 0.01)
                .sorted(java.util.Comparator.comparingDouble(Rule::y1))
                .toList();
    }

    private static List<LayoutLine> bodyLines(LayoutFrame frame) {
        return frame.lines().stream().filter(l -> l.role() == LineRole.BODY).toList();
    }

    private static List<Double> bodyColumnLefts(LayoutFrame frame) {
        return bodyLines(frame).stream().map(LayoutLine::x).distinct().sorted().toList();
    }

    /** Whether a vertical rule runs through the inside of {@code box}. */
    private static boolean crosses(Rule rule, Box box) {
        double top = Math.min(rule.y1(), rule.y2());
        double bottom = Math.max(rule.y1(), rule.y2());
        return rule.x1() > box.x() + 0.01 && rule.x1() < box.right() - 0.01
                && bottom > box.y() + 0.01 && top < box.bottom() - 0.01;
    }
}
