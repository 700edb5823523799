package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLengthTest {

    @ParameterizedTest(name = "{0} -> {1} 字, {2} Latin words, {3} characters")
    @CsvSource(delimiter = '|', textBlock = """
            江澜大桥今日合龙。      | 9 | 0 | 9
            增长5.2%，用5G和APP。   | 9 | 3 | 15
            总投资1,234.5亿元       | 6 | 1 | 12
            本报讯　大桥合龙         | 7 | 0 | 7
            Hello world             | 2 | 2 | 10
            𠀋字😀                  | 3 | 0 | 3
            ——……                    | 4 | 0 | 4
            """)
    void countsTheNewsroomWay(String text, int zi, int latinWords, int codePoints) {
        assertThat(TextLength.of(text)).isEqualTo(new TextLength(zi, latinWords, codePoints));
    }

    @Test
    void aStoryIsTheSumOfItsBlocksAndAWordDoesNotRunAcrossBlocks() {
        var body = List.<Block>of(new Block.Lead("本报讯", "大桥合龙。"), new Block.Paragraph("5G"), new Block.Paragraph("APP"));
        assertThat(TextLength.of(body)).isEqualTo(new TextLength(10, 2, 13));
    }

    @Test
    void agreesWithTheComposersCountOnTheSameText() {
        String text = "“我们希望每个人步行15分钟就能找到一间书房。”——市文化局局长周明远说，5G、APP……";
        CharClass[] classes = text.codePoints().mapToObj(CharClass::of).toArray(CharClass[]::new);
        assertThat(TextLength.of(text).zi()).isEqualTo(CharacterCount.count(classes, 0, classes.length));
    }
}
