package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterCountTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            江澜二桥今日通车。               | 9 | 0
            本报讯　近日，市民可通过APP查询。 | 14 | 1
            全长3.2公里，增长5.2%           | 8 | 2
            5G 网络覆盖 1,234 个小区        | 7 | 2
            𠀀𠀁                           | 2 | 0
            """)
    void hanAndMarksCountOneAndLatinRunsCountAsWords(String text, int characters, int words) {
        assertThat(CharacterCount.of(text)).isEqualTo(new CharacterCount(characters, words));
    }
}
