package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.LineBreakRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GalleyTest {
    private final Galley galley = new Galley(TypesetFixtures.FONTS);

    @Test
    void setsEachParagraphWithATwoEmIndentAndCountsTheCopy() {
        GalleyProof proof = galley.set(List.of("本报讯 近日，江澜国际会展中心开幕。", "", "第二段。"), 10, 9, LineBreakRules.BASIC);
        assertThat(proof.measurePt()).isEqualTo(90);
        assertThat(proof.lines()).extracting(LayoutLine::text)
                .containsExactly("本报讯 近日，江", "澜国际会展中心开幕。", "第二段。");
        assertThat(proof.lines().get(0).runs().get(0).left()).isEqualTo(18.0);
        assertThat(proof.lines().get(2).runs().get(0).left()).isEqualTo(18.0);
        assertThat(proof.copyfit().linesUsed()).isEqualTo(3);
        assertThat(proof.copyfit().charactersSet()).isEqualTo(3 + 14 + 4);
        assertThat(proof.lines()).allSatisfy(l -> assertThat(l.baseline()).isPositive());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            本报讯 近日，开幕。,             本报讯
            本报江澜讯　近日，开幕。,         本报江澜讯
            新华社北京11月27日电 近日，开幕。, 新华社北京11月27日电
            近日，本报讯 开幕。,             ''
            """)
    void runInDatelineOfTheFirstParagraphIsBold(String paragraph, String dateline) {
        LayoutLine first = galley.set(List.of(paragraph), 30, 9, LineBreakRules.BASIC).lines().get(0);
        if (dateline.isEmpty()) {
            assertThat(first.runs()).hasSize(1);
        } else {
            assertThat(first.runs().get(0).text()).isEqualTo(dateline);
            assertThat(first.runs().get(0).face()).isEqualTo(FontFace.SERIF_BOLD);
            assertThat(first.runs().get(1).face()).isEqualTo(FontFace.SERIF);
        }
    }

    @Test
    void refusesImpossibleColumns() {
        assertThatThrownBy(() -> galley.set(List.of("中"), 2, 9, LineBreakRules.BASIC)).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> galley.set(List.of("中"), 13, 0, LineBreakRules.BASIC)).hasMessageContaining("positive");
    }
}
