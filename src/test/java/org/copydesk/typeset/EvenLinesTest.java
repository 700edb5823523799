package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.copydesk.model.GridRect;
import org.copydesk.model.LineBreakRules;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.Test;

/** One test per rule of even setting (issue 11): dashes, strict breaks, loose lines, mark pairs, fill. */
class EvenLinesTest {
    private static final Galley GALLEY = new Galley(TypesetFixtures.FONTS);

    @Test
    void aTwoEmDashTakesTwoFullEmsAndIsDrawnAsOneRule() {
        SetLine set = TypesetFixtures.setWhole("中——文", 10, Alignment.LEFT, true);
        assertThat(TypesetFixtures.advancesEm(set)).isEqualTo("1 1 1 1");
        LayoutLine line = GALLEY.set(List.of("中——文"), 10, 10, LineBreakRules.STRICT).lines().get(0);
        List<Rule> rules = TwoEmDash.rules(line);
        GlyphRun run = line.runs().get(0);
        assertThat(rules).hasSize(1);
        Rule rule = rules.get(0);
        assertThat(rule.x1()).isCloseTo(run.x(1) + TwoEmDash.END_INSET_EM * 10, within(1e-6));
        assertThat(rule.x2() - rule.x1()).isCloseTo((2 - 2 * TwoEmDash.END_INSET_EM) * 10, within(1e-6));
        assertThat(rule.y1()).isCloseTo(run.baseline() - TwoEmDash.CENTRE_EM * 10, within(1e-6));
        assertThat(TwoEmDash.drawnAsRule(run, 1)).isTrue();
        assertThat(TwoEmDash.drawnAsRule(run, 0)).isFalse();
    }

    @Test
    void aLoneDashStaysAGlyph() {
        LayoutLine line = GALLEY.set(List.of("中—文"), 10, 10, LineBreakRules.STRICT).lines().get(0);
        assertThat(TwoEmDash.rules(line)).isEmpty();
        assertThat(TwoEmDash.drawnAsRule(line.runs().get(0), 1)).isFalse();
    }

    @Test
    void strictBreakingIsTheNewspaperDefaultAndKeepsDashesAndEllipsesOffLineStarts() {
        assertThat(PageSpec.broadsheet().rules()).isEqualTo(LineBreakRules.STRICT);
        assertThat(PageSpec.tabloid().rules()).isEqualTo(LineBreakRules.STRICT);
        String breaks = TypesetFixtures.showBreaks("他说——我们来了……大家好", LineBreakRules.STRICT);
        assertThat(breaks).doesNotContain("|——", "—|—", "|……", "…|…");
    }

    @Test
    void aFullWidthQuoteAfterALatinWordMayStartALine() {
        assertThat(TypesetFixtures.showBreaks("新版APP“以前”", LineBreakRules.STRICT)).contains("APP|“");
    }

    @Test
    void aReportersStraightQuotesBreakAsFullWidthOnes() {
        // Before an opening quote and after a closing one, never inside APP or next to the quoted word.
        String breaks = TypesetFixtures.showBreaks("或在APP\"意见反馈\"栏目留言", LineBreakRules.STRICT);
        assertThat(breaks).contains("APP|\"意", "馈\"|栏").doesNotContain("\"|意", "馈|\"", "A|P");
        // As the real-copy page set it: the line before APP"意见反馈" no longer spreads by a third of an em.
        List<LayoutLine> lines = GALLEY.set(List.of("市民如有意见建议,可拨打12345热线或在APP\"意见反馈\"栏目留言,相关部门将根据运行情况进行动态优化。"),
                13, 9, LineBreakRules.STRICT).lines();
        for (LayoutLine line : lines.subList(0, lines.size() - 1)) {
            assertThat(TypographyAudit.widestHanGap(line)).as(line.text()).isLessThanOrEqualTo(TypographyAudit.LOOSE_EM);
        }
    }

    @Test
    void characterIsPulledDownOnlyWhileTheLineStaysEven() {
        // After the indented first line, 11 characters and a period in 10-character columns: pulling
        // one character down spreads the line by 1/8 em, which reads even, so the last line gets two.
        List<LayoutLine> wide = GALLEY.set(List.of("一二三四五六七八九十甲乙丙丁戊己庚辛壬。"), 10, 9, LineBreakRules.STRICT).lines();
        assertThat(wide).extracting(LayoutLine::text).containsExactly("一二三四五六七八", "九十甲乙丙丁戊己庚", "辛壬。");
        // In 6-character columns the same pull would spread the line by 1/4 em: a short last line instead.
        List<LayoutLine> narrow = GALLEY.set(List.of("一二三四五六七八九十甲。"), 6, 9, LineBreakRules.STRICT).lines();
        assertThat(narrow).extracting(LayoutLine::text).containsExactly("一二三四", "五六七八九十", "甲。");
        narrow.forEach(l -> assertThat(TypographyAudit.widestHanGap(l)).isLessThanOrEqualTo(LineFitter.EVEN_EM));
    }

    @Test
    void aFigureThatFitsNoLineEndDoesNotLeaveItsLineLoose() {
        // After the indented first line, 11 + 13 + 10 characters and then 99.3%。, which does not fit
        // after the tenth even fully compressed: set greedily, that line spreads by 1/3 em. Moving a
        // character down from each of the two lines before shares the slack (1/9, 1/11, 1/11 em).
        List<LayoutLine> lines = GALLEY.set(List.of("市政务服务中心今年上线企业服务平台供企业在线办理涉企事项当月办结率达99.3%。"),
                13, 9, LineBreakRules.STRICT).lines();
        assertThat(lines).extracting(LayoutLine::text)
                .containsExactly("市政务服务中心今年上", "线企业服务平台供企业在线", "办理涉企事项当月办结率达", "99.3%。");
        for (LayoutLine line : lines) {
            assertThat(TypographyAudit.widestHanGap(line)).as(line.text()).isLessThanOrEqualTo(TypographyAudit.LOOSE_EM);
        }
        // One more character before it: the greedy break already leaves that line even, nothing moves.
        List<LayoutLine> even = GALLEY.set(List.of("市政务服务中心今年上线企业服务平台供企业在线办理的涉企事项当月办结率达99.3%。"),
                13, 9, LineBreakRules.STRICT).lines();
        assertThat(even).extracting(LayoutLine::text)
                .containsExactly("市政务服务中心今年上线", "企业服务平台供企业在线办理", "的涉企事项当月办结率达", "99.3%。");
    }

    @Test
    void theRealCopyLineBeforeAFigureSharesItsSlackWithTheLinesAbove() {
        // The paragraph of the real-copy page (02-economy) whose line 项涉企事项,办结率达 was 0.33 em loose.
        List<LayoutLine> lines = GALLEY.set(List.of("投资增长的背后,是营商环境的持续改善。新区推行\"拿地即开工\"审批模式,"
                + "企业从取得土地到领取施工许可证的时间由原来的60个工作日压缩到最快1天。今年9月,新区还上线了\"企业服务一网通\"平台,"
                + "企业可在线办理232项涉企事项,办结率达99.3%。"), 13, 9, LineBreakRules.STRICT).lines();
        for (LayoutLine line : lines) {
            assertThat(TypographyAudit.widestHanGap(line)).as(line.text()).isLessThanOrEqualTo(TypographyAudit.LOOSE_EM);
        }
        assertThat(lines.get(lines.size() - 1).text()).isEqualTo("99.3%。");
    }

    @Test
    void aLineThatWouldSpreadTakesInTheNextWordByCompressingItsMarks() {
        // 新版APP“以…: the Latin word and its quote do not fit; breaking before the quote lets the word in.
        List<LayoutLine> lines = GALLEY.set(List.of("本报讯 市民，大家普遍反映新版APP“以前找不到的入口”现在一目了然。"), 13, 9,
                LineBreakRules.STRICT).lines();
        for (LayoutLine line : lines) {
            assertThat(TypographyAudit.widestHanGap(line)).as(line.text()).isLessThanOrEqualTo(TypographyAudit.LOOSE_EM);
        }
    }

    @Test
    void adjacentMarksKeepOneAndAHalfEmWhenPullingDownLeavesTheLineEven() {
        List<LayoutLine> lines = GALLEY.set(List.of("说起这座桥，他儿子在桥上走了一个来回，“以后上班方便多了。”"), 13, 9,
                LineBreakRules.STRICT).lines();
        for (LayoutLine line : lines) {
            String text = line.text();
            int at = text.indexOf("，“");
            if (at >= 0 && at + 2 < text.length()) {
                GlyphRun run = line.runs().get(0);
                int k = text.codePointCount(0, at);
                double pair = run.advance(k) + run.advance(k + 1);
                assertThat(pair).as(text).isCloseTo(1.5 * 9, within(1e-6));
            }
            assertThat(TypographyAudit.widestHanGap(line)).as(text).isLessThanOrEqualTo(LineFitter.EVEN_EM);
        }
    }

    @Test
    void asciiCommasInChineseTextKeepTheCharacterGrid() {
        List<LayoutLine> lines = GALLEY.set(List.of("今年全市新增就业岗位很多, 同比增长明显, 城镇登记失业率保持在较低水平, 居民收入稳步提高, 消费市场回暖."),
                13, 9, LineBreakRules.STRICT).lines();
        for (LayoutLine line : lines) {
            assertThat(TypographyAudit.widestHanGap(line)).as(line.text()).isLessThan(0.01);
        }
    }

    @Test
    void freeRowsGoBetweenParagraphsSpreadThroughTheStory() {
        List<Integer> ends = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(VerticalFill.blankRowsAfter(11, ends, 3)).hasSize(3).allMatch(ends::contains)
                .containsExactlyInAnyOrder(2, 4, 7);
        assertThat(VerticalFill.blankRowsAfter(11, ends, 1)).as("one line short reads as the end").isEmpty();
        assertThat(VerticalFill.blankRowsAfter(11, ends, VerticalFill.MAX_ROWS + 1)).as("short of copy").isEmpty();
        assertThat(VerticalFill.blankRowsAfter(3, List.of(0, 1), 3)).as("fewer breaks than rows").isEmpty();
    }

    @Test
    void stackedStoriesGetAThinRuleAcrossTheColumnsTheyShare() {
        PageSpec spec = PageSpec.broadsheet();
        List<Placement> placements = List.of(
                new StoryPlacement("a", new GridRect(0, 0, 4, 30), 0, 4, 0),
                new StoryPlacement("b", new GridRect(2, 30, 4, 20), 0, 4, 0),
                new StoryPlacement("c", new GridRect(6, 0, 2, 30), 0, 2, 0));
        List<Rule> rules = ColumnRules.betweenStackedStories(spec, placements);
        assertThat(rules).hasSize(1);
        Rule rule = rules.get(0);
        assertThat(rule.y1()).isEqualTo(rule.y2()).isBetween(spec.rowTopPt(29) + spec.bodySizePt(), spec.rowTopPt(30));
        assertThat(rule.x1()).isCloseTo(spec.columnLeftPt(2), within(1e-6));
        assertThat(rule.x2()).isCloseTo(spec.columnLeftPt(3) + spec.columnChars() * spec.bodySizePt(), within(1e-6));
    }
}
