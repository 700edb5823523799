package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JumpHeadlineTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            澜江二桥今晨通车 | 澜江二桥今晨通车
            江澜港：一江活水连通“朋友圈” | 江澜港
            昆山高新区:追忆往昔铸魂聚力 面向未来奋勇前行 | 昆山高新区
            “江澜办”APP上线1,200项服务再添新功能 | “江澜办”APP上线
            周德海：一根竹子，要懂它的脾气 | 周德海：一根竹子
            全市中小学食堂实现“明厨亮灶”全覆盖 | 全市中小学食堂实现
            """)
    void aLongHeadlineIsShortenedAtAPhraseOrWordBoundary(String headline, String expected) {
        String derived = JumpHeadline.derived(headline);
        assertThat(derived).isEqualTo(expected);
        assertThat(derived.codePointCount(0, derived.length())).isLessThanOrEqualTo(JumpHeadline.MAX_DERIVED + 2);
        assertThat(headline).startsWith(derived);
    }
}
