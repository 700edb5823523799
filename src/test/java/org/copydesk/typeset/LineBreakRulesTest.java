package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.model.LineBreakRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 避头尾 vectors: where a line may break, per rule set ({@code |} marks every break opportunity). */
class LineBreakRulesTest {

    @ParameterizedTest(name = "{0} may not start a line")
    @ValueSource(strings = {"、", "，", "；", "：", "。", "！", "？", "”", "’", "）", "》", "〉", "」", "』", "】", "〗",
            "〕", "］", "｝"})
    void closingMarksNeverStartALine(String mark) {
        for (LineBreakRules rules : LineBreakRules.values()) {
            assertThat(TypesetFixtures.showBreaks("中文" + mark + "字", rules)).as(rules.name())
                    .contains("文" + mark).doesNotContain("|" + mark);
        }
    }

    @ParameterizedTest(name = "{0} may not end a line")
    @ValueSource(strings = {"“", "‘", "（", "《", "〈", "「", "『", "【", "〖", "〔", "［", "｛"})
    void openingMarksNeverEndALine(String mark) {
        for (LineBreakRules rules : LineBreakRules.values()) {
            assertThat(TypesetFixtures.showBreaks("中" + mark + "文字", rules)).as(rules.name())
                    .contains(mark + "文").startsWith("中|" + mark);
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            BASIC;  中，文字;              中，|文|字
            BASIC;  他说：“你好。”她笑了。; 他|说：|“你|好。”|她|笑|了。
            BASIC;  中——文字;             中|——|文|字
            STRICT; 中——文字;             中——|文|字
            LOOSE;  中——文字;             中|——|文|字
            BASIC;  中……文字;             中……|文|字
            STRICT; 中……文字;             中……|文|字
            BASIC;  增长5.2%的;            增|长|5.2%|的
            BASIC;  共1,234.5元;           共|1,234.5|元
            BASIC;  有65222人;             有|65222|人
            BASIC;  使用APP软件;           使|用|APP|软|件
            BASIC;  5G网络;                5G|网|络
            BASIC;  COVID-19疫情;          COVID-19|疫|情
            BASIC;  马克·吐温;              马|克·吐|温
            STRICT; 马克·吐温;              马|克·吐|温
            LOOSE;  马克·吐温;              马|克|·|吐|温
            BASIC;  北京～上海;             北|京～|上|海
            LOOSE;  北京～上海;             北|京|～|上|海
            BASIC;  甲／乙丙;               甲|／乙|丙
            LOOSE;  甲／乙丙;               甲|／|乙|丙
            BASIC;  甲/乙丙;                甲/|乙|丙
            STRICT; 甲/乙丙;                甲/乙|丙
            BASIC;  （中文）字;             （中|文）|字
            BASIC;  《人民日报》报道;        《人|民|日|报》|报|道
            BASIC;  中。」文;               中。」|文
            BASIC;  A B C中文;             A |B |C|中|文
            BASIC;  2026年11月;            2026|年|11|月
            """)
    void breakOpportunities(LineBreakRules rules, String text, String expected) {
        assertThat(TypesetFixtures.showBreaks(text, rules)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(LineBreakRules.class)
    void dashesAndEllipsesAreNeverSplit(LineBreakRules rules) {
        assertThat(TypesetFixtures.showBreaks("前——后……完", rules)).doesNotContain("—|—").doesNotContain("…|…");
    }
}
