package org.copydesk.copyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptConverterTest {
    private final ScriptConverter converter = ScriptConverter.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            范仲淹的名句流传至今|范仲淹的名句流傳至今
            本次调查的范围很广|本次調查的範圍很廣
            钟南山院士在会上发言|鍾南山院士在會上發言
            会场的钟表停了|會場的鐘錶停了
            受台风影响，台北航班取消|受颱風影響，臺北航班取消
            她剪短了头发后发表讲话|她剪短了頭髮後發表講話
            干部们把饼干装进干净的袋子|幹部們把餅乾裝進乾淨的袋子
            这里的拉面很有名|這裡的拉麵很有名
            云南的云很美|雲南的雲很美
            账户余额不足，余先生很着急|賬戶餘額不足，余先生很著急
            """)
    void simplifiedToTraditionalFollowsTheHouseTable(String simplified, String traditional) {
        assertThat(converter.convert(simplified, Script.TRADITIONAL).text()).isEqualTo(traditional);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            乾隆年間的瓷器|乾隆年间的瓷器
            衣服已經乾了|衣服已经干了
            這是一部著名的著作|这是一部著名的著作
            他們會在颱風過後重建|他们会在台风过后重建
            """)
    void traditionalToSimplifiedFollowsTheHouseTable(String traditional, String simplified) {
        assertThat(converter.convert(traditional, Script.SIMPLIFIED).text()).isEqualTo(simplified);
    }

    @Test
    void everyAmbiguousCharacterIsListedWithWhatWasChosenAndWhy() {
        String text = "范先生的头发";

        ScriptConversion conversion = converter.convert(text, Script.TRADITIONAL);

        assertThat(conversion.decisions()).hasSize(2);
        ScriptDecision fan = conversion.decisions().get(0);
        assertThat(fan.offset()).isZero();
        assertThat(fan.original()).isEqualTo("范");
        assertThat(fan.chosen()).isEqualTo("范");
        assertThat(fan.others()).containsExactly("範");
        assertThat(fan.word()).contains("范先生");
        ScriptDecision fa = conversion.decisions().get(1);
        assertThat(fa.offset()).isEqualTo(text.indexOf('发'));
        assertThat(fa.chosen()).isEqualTo("髮");
        assertThat(fa.alternatives()).containsExactly("發", "髮");
    }

    @Test
    void aCharacterNoHouseWordCoversIsDecidedByIcuAndStillListed() {
        ScriptConversion conversion = converter.convert("他出发了", Script.TRADITIONAL);

        assertThat(conversion.text()).isEqualTo("他出發了");
        assertThat(conversion.decisions()).filteredOn(d -> d.original().equals("发"))
                .singleElement().satisfies(d -> {
                    assertThat(d.chosen()).isEqualTo("發");
                    assertThat(d.word()).isEqualTo(Optional.empty());
                });
    }

    @Test
    void theEditsRebuildTheConvertedTextAndLeaveLatinAndPunctuationAlone() {
        String text = "2026年GDP增长5.2%，“发展”是关键。";

        ScriptConversion conversion = converter.convert(text, Script.TRADITIONAL);

        assertThat(TextEdit.apply(text, conversion.edits())).isEqualTo(conversion.text());
        assertThat(conversion.text()).isEqualTo("2026年GDP增長5.2%，“發展”是關鍵。");
    }

    @Test
    void textAlreadyInTheScriptChangesNothing() {
        assertThat(converter.convert("今天天气很好", Script.SIMPLIFIED).changesNothing()).isTrue();
    }

    @Test
    void aMalformedHouseTableLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> HouseTable.parse("# fine\ns2t 头发 頭"))
                .hasMessageContaining("line 2");
    }
}
