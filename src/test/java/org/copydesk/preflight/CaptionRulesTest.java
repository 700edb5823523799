package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionRulesTest {

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            11月26日清晨，车辆从澜江二桥上通过。        | 李明 | -        | NEWS     | -
            市民在“城市书房”夜读。                     | -    | 新华社发 | NEWS     | -
            他说：“这座桥，我们等了二十年。”           | 何丽 | -        | NEWS     | -
            选手冲过终点！                             | 刘洋 | -        | NEWS     | -
            挖藕的季节又到了……                         | 何丽 | -        | NEWS     | -
            11月26日清晨，车辆从澜江二桥上通过          | 李明 | -        | NEWS     | NO_FULL_STOP
            市民在菜市场选购蔬菜。                     | -    | -        | NEWS     | NO_CREDIT
            -                                          | -    | -        | NEWS     | NO_TEXT NO_CREDIT
            江澜竹编代表性传承人　周德海                | -    | -        | PORTRAIT | -
            -                                          | -    | -        | PORTRAIT | NO_TEXT
            """)
    void aNewsCaptionIsASentenceWithACreditAndAPortraitIsATitleAndName(String text, String photographer, String credit,
                                                                       CaptionKind kind, String expected) {
        Set<CaptionRules.Problem> problems = CaptionRules.problems(new Caption(text, photographer, credit, kind));
        Set<CaptionRules.Problem> wanted = EnumSet.noneOf(CaptionRules.Problem.class);
        if (expected != null) {
            Arrays.stream(expected.split(" ")).map(CaptionRules.Problem::valueOf).forEach(wanted::add);
        }
        assertThat(problems).isEqualTo(wanted);
    }
}
