package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ASCII punctuation left in Chinese text keeps the character grid: it is set like the full-width
 * mark (an em, half of it blank and compressible), the space after it takes no room, and ASCII
 * punctuation in numbers, file names and Latin text keeps its own width.
 */
class AsciiMarksTest {

    @ParameterizedTest(name = "{0} in {1} em -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            中,文;        3;   1 1 1
            件, 同比;     4;   1 1 0 1 1
            中文.;        2.5; 1 1 0.5
            真的?!;       3;   1 1 0.5 0.5
            """)
    void anAsciiMarkAfterHanTakesTheRoomOfAFullWidthOne(String text, double measureEm, String advances) {
        SetLine line = TypesetFixtures.setWhole(text, measureEm, Alignment.LEFT, true);

        assertThat(TypesetFixtures.advancesEm(line)).isEqualTo(advances);
    }

    @ParameterizedTest(name = "{0} justified into {1} em -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            请量件, 同比增长;  8;  1 1 1 1 0 1 1 1 1
            中,文。字;        4;  1 0.5 1 0.5 1
            中,文.字;         4;  1 0.5 1 0.5 1
            """)
    void aJustifiedLineWithAsciiMarksStaysOnTheGridAndCompressesLikeFullWidth(String text, double measureEm,
                                                                                String advances) {
        SetLine line = TypesetFixtures.setWhole(text, measureEm, Alignment.JUSTIFY, false);

        assertThat(line.justified()).isTrue();
        assertThat(TypesetFixtures.advancesEm(line)).as("no gap spread between the characters").isEqualTo(advances);
    }

    @ParameterizedTest(name = "{0} keeps its narrow marks")
    @CsvSource(delimiter = ';', textBlock = """
            上涨3.5%
            附件新闻稿.docx
            Hello, world.
            """)
    void marksInNumbersFileNamesAndLatinKeepTheirWidth(String text) {
        SetLine line = TypesetFixtures.setWhole(text, 20, Alignment.LEFT, true);

        int mark = text.indexOf('.') >= 0 && text.indexOf(',') < 0 ? text.indexOf('.') : text.indexOf(',');
        assertThat(line.advances()[mark] / TypesetFixtures.SIZE).isLessThan(0.6);
    }
}
