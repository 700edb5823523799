package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headline stacks that wrap: no short orphan on the last line, breaks at phrase boundaries, never
 * inside a number or Latin word, and a 主题 that almost fits on one line set one 号 smaller instead.
 * The headlines are those of the sample edition, set in frames narrow enough to make them wrap.
 */
class HeadlineBalanceTest {
    private static final Instant WHEN = Instant.parse("2026-11-27T08:00:00Z");
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);

    @ParameterizedTest(name = "{0} in {3} columns")
    @CsvSource(delimiter = '|', value = {
        "今年全市已为386栋老楼加装电梯 | | | 2",
        "今年全市已为386栋老楼加装电梯 | | | 1",
        "《江澜市澜江岸线保护条例》明年3月1日起施行 | 市人大常委会会议表决通过 | | 3",
        "江澜大学团队研发“水下机器人”守护澜江 | 科教 | | 3",
        "降温10℃以上，这份防寒指南请收好 | 健康·寒潮来袭 | | 2",
        "江澜港：一江活水连通“朋友圈” | 前十月集装箱吞吐量同比增长12.4% | ——外贸航线增至31条，“江海联运”货物量首次突破千万吨 | 2",
        "市图书馆“城市书房”夜间开放到22时 | 书香江澜 | ——开放一个月，夜间接待读者1.6万人次 | 2",
        "周德海：一根竹子，要懂它的脾气 | 专访·江澜手艺人 | ——访江澜竹编代表性传承人周德海 | 2",
        "“江澜办”APP上线1,200项服务 | 让数据多跑路　让群众少跑腿 | ——九成以上政务服务事项实现“掌上办” | 1",
        "课后三点半，孩子们去哪儿了 | “双减”之后的放学时光 | ——全市公办中小学课后服务实现全覆盖，参与率达92.3% | 2",
        "2026江澜马拉松鸣枪开跑 | 两万名跑者“跑过”两座大桥 | ——本土选手邓宇以2小时19分08秒获男子全程第三名 | 2",
    })
    void wrappedHeadlineLinesAreBalancedAndKeepWordsWhole(String headline, String kicker, String subtitle, int span) {
        LayoutFrame frame = compose(headline, blank(kicker), blank(subtitle), span, 0);
        for (LineRole role : List.of(LineRole.KICKER, LineRole.HEADLINE, LineRole.SUBTITLE)) {
            List<LayoutLine> lines = frame.lines().stream().filter(l -> l.role() == role).toList();
            String source = role == LineRole.KICKER ? blank(kicker) : role == LineRole.HEADLINE ? headline : blank(subtitle);
            assertThat(String.join("", lines.stream().map(LayoutLine::text).toList())).isEqualTo(source);
            if (lines.size() < 2) {
                continue;
            }
            double first = inkWidth(lines.get(0));
            double longest = lines.stream().mapToDouble(HeadlineBalanceTest::inkWidth).max().orElseThrow();
            for (int i = 0; i < lines.size(); i++) {
                LayoutLine line = lines.get(i);
                assertThat(inkWidth(line)).as("%s line '%s' is short beside '%s'", role, line.text(), lines.get(0).text())
                        .isGreaterThanOrEqualTo(Math.max(first, longest) / 3);
                assertThat(inkWidth(line)).isLessThanOrEqualTo(line.measure() + 0.01);
                if (i > 0) {
                    int before = lines.get(i - 1).text().codePointBefore(lines.get(i - 1).text().length());
                    int after = line.text().codePointAt(0);
                    assertThat(CharClass.of(before) == CharClass.LATIN && CharClass.of(after) == CharClass.LATIN)
                            .as("%s splits a number or word between '%s' and '%s'", role, lines.get(i - 1).text(), line.text())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void noHeadlineStackOfTheSampleEditionEndsOnAShortLine() {
        var sample = org.copydesk.sample.SampleEdition.create();
        for (PageLayout layout : composer.composeEdition(sample)) {
            for (LayoutFrame frame : layout.frames()) {
                for (LineRole role : List.of(LineRole.KICKER, LineRole.HEADLINE, LineRole.SUBTITLE)) {
                    List<LayoutLine> lines = frame.lines().stream().filter(l -> l.role() == role).toList();
                    for (LayoutLine line : lines) {
                        assertThat(inkWidth(line)).as("page %d %s '%s' after '%s'", layout.pageNumber(), role,
                                line.text(), lines.get(0).text()).isGreaterThanOrEqualTo(inkWidth(lines.get(0)) / 3);
                    }
                }
            }
        }
    }

    @Test
    void aHeadlineThatAlmostFitsOneLineIsSetOneSizeSmallerWhenTheStoryNeedsTheRoom() {
        // 26 pt (一号) across three columns leaves 电梯 alone on a second line; 24 pt (小一) fits,
        // and the row it saves goes to a story that is too long for its frame.
        String body = "本报讯　记者从市住房和城乡建设局获悉，全市今年已为386栋老旧住宅楼加装电梯。".repeat(12);
        LayoutFrame frame = compose("今年全市已为386栋老楼加装电梯", "老旧小区改造提速", "", 3, 0, body, 12);
        List<LayoutLine> lines = headlineLines(frame);
        assertThat(lines).extracting(LayoutLine::text).containsExactly("今年全市已为386栋老楼加装电梯");
        assertThat(lines.get(0).runs().get(0).sizePt()).isEqualTo(24.0);
    }

    @Test
    void aShortStoryKeepsTheLargerHeadlineInTwoBalancedLines() {
        List<LayoutLine> lines = headlineLines(compose("今年全市已为386栋老楼加装电梯", "老旧小区改造提速", "", 3, 0));
        assertThat(lines).extracting(LayoutLine::text).containsExactly("今年全市已为386栋", "老楼加装电梯");
        assertThat(lines).allMatch(l -> l.runs().get(0).sizePt() == 26.0);
    }

    @Test
    void aRequestedSizeIsKeptAndTheHeadlineBreaksAfterTheNumberAndItsUnit() {
        List<LayoutLine> lines = headlineLines(compose("今年全市已为386栋老楼加装电梯", "", "", 3, 26));
        assertThat(lines).extracting(LayoutLine::text).containsExactly("今年全市已为386栋", "老楼加装电梯");
        assertThat(lines).allMatch(l -> l.runs().get(0).sizePt() == 26.0);
    }

    @Test
    void aHeadlineBreaksAfterPunctuationWhenThatIsNearlyBalanced() {
        List<LayoutLine> lines = headlineLines(compose("周德海：一根竹子，要懂它的脾气", "", "", 2, 0));
        assertThat(lines).extracting(LayoutLine::text).containsExactly("周德海：一根竹子，", "要懂它的脾气");
        // the comma beats the more even 这|份, which splits a word
        lines = headlineLines(compose("降温10℃以上，这份防寒指南请收好", "", "", 2, 0));
        assertThat(lines).extracting(LayoutLine::text).containsExactly("降温10℃以上，", "这份防寒指南请收好");
    }

    @Test
    void aSubtitleKeepsAQuotedTermTogether() {
        List<LayoutLine> lines = compose("江澜港：一江活水连通“朋友圈”", "", "——外贸航线增至31条，“江海联运”货物量首次突破千万吨",
                2, 0).lines().stream().filter(l -> l.role() == LineRole.SUBTITLE).toList();
        assertThat(lines).extracting(LayoutLine::text).containsExactly("——外贸航线增至31条，", "“江海联运”货物量首次突破千万吨");
    }

    @Test
    void aKickerBreaksAfterItsIdeographicSpaceAndNoLineStartsWithOne() {
        List<LayoutLine> lines = compose("“江澜办”APP上线1,200项服务", "让数据多跑路　让群众少跑腿", "", 1, 0).lines().stream()
                .filter(l -> l.role() == LineRole.KICKER).toList();
        assertThat(lines).extracting(LayoutLine::text).containsExactly("让数据多跑路　", "让群众少跑腿");
    }

    @Test
    void aNumberWithItsUnitEndsAPhraseButADateIsKeptWhole() {
        int[] cps = "为386栋老楼明年3月1日起".codePoints().toArray();
        assertThat(BalancedBreaks.afterNumberAndUnit(cps, 5)).as("386栋|老楼").isTrue();
        assertThat(BalancedBreaks.betweenNumberAndUnit(cps, 4)).as("386|栋").isTrue();
        assertThat(BalancedBreaks.afterNumberAndUnit(cps, 11)).as("3月|1日").isFalse();
        assertThat(BalancedBreaks.afterNumberAndUnit(cps, 13)).as("1日|起").isTrue();
        assertThat(BalancedBreaks.afterNumberAndUnit(cps, 3)).as("38|6").isFalse();
    }

    @Test
    void aHeadlineFarTooLongForOneLineIsBalancedAtItsSpanSize() {
        List<LayoutLine> lines = headlineLines(compose("全市中小学食堂实现“明厨亮灶”全覆盖", "", "", 2, 0));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).runs().get(0).sizePt()).isEqualTo(22.0);
        assertThat(inkWidth(lines.get(1))).isGreaterThan(inkWidth(lines.get(0)) * 0.6);
    }

    private static List<LayoutLine> headlineLines(LayoutFrame frame) {
        return frame.lines().stream().filter(l -> l.role() == LineRole.HEADLINE).toList();
    }

    private static double inkWidth(LayoutLine line) {
        GlyphRun first = line.runs().get(0);
        return line.inkRight() - first.xs()[0];
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private LayoutFrame compose(String headline, String kicker, String subtitle, int span, double headlinePt) {
        return compose(headline, kicker, subtitle, span, headlinePt, "正文。", 40);
    }

    private LayoutFrame compose(String headline, String kicker, String subtitle, int span, double headlinePt,
                                String body, int rows) {
        String edition = "ed-headlines";
        Article article = new Article("h1", edition, kicker, headline, subtitle, "本报记者 王晓明",
                List.of(new Block.Paragraph(body)), ArticleStatus.EDITING, 100, 1, WHEN, WHEN);
        Page page = new Page("page-1", edition, 1, "要闻", PageSpec.broadsheet(),
                List.of(new StoryPlacement("h1", new GridRect(0, 0, span, rows), 0, span, headlinePt)));
        EditionContent content = new EditionContent(new Edition(edition, "江澜日报", LocalDate.of(2026, 11, 27), 1),
                List.of(page), List.of(article), List.of());
        return NewspaperComposerTest.storyFrame(composer.compose(content, 1), "h1");
    }
}
