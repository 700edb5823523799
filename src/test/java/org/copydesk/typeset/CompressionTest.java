package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 标点挤压 and justification vectors: the advance of every code point of one line, in em, as set
 * into a measure of the given width (clreq punctuation-adjustment examples included).
 */
class CompressionTest {

    @ParameterizedTest(name = "{0} in {1} em ({2}) -> {3}")
    @CsvSource(delimiter = ';', textBlock = """
            中文字;        3;   LEFT;    1 1 1
            中。」文;       3.5; LEFT;    1 0.5 1 1
            中）（文;       3.5; LEFT;    1 0.5 1 1
            中（《文;       3.5; LEFT;    1 1 0.5 1
            中，“文;        3.5; LEFT;    1 0.5 1 1
            中。”;          2;   LEFT;    1 0.5 0.5
            （中文）;        3;   LEFT;    0.5 1 1 0.5
            「中」;          2;   LEFT;    0.5 1 0.5
            中文，;          2.5; LEFT;    1 1 0.5
            中文。;          2.5; LEFT;    1 1 0.5
            “你好。”他说。;  6.5; LEFT;    0.5 1 1 0.5 1 1 1 0.5
            """)
    void adjacentMarksLineStartAndLineEnd(String text, double measureEm, Alignment alignment, String advances) {
        SetLine line = TypesetFixtures.setWhole(text, measureEm, alignment, true);
        assertThat(TypesetFixtures.advancesEm(line)).isEqualTo(advances);
    }

    @ParameterizedTest(name = "{0} shrunk into {1} em -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            中，文。字;        4.5; 1 0.5 1 1 1
            中，文。字;        4;   1 0.5 1 0.5 1
            中，文。字;        4.25; 1 0.5 1 0.75 1
            中（文），字;       5.25; 1 0.75 1 0.5 1 1
            中（文），字;       5;   1 0.5 1 0.5 1 1
            中（文），字;       4.5; 1 0.5 1 0.5 0.5 1
            """)
    void shrinkTakesBracketsThenCommasThenPeriods(String text, double measureEm, String advances) {
        SetLine line = TypesetFixtures.setWhole(text, measureEm, Alignment.JUSTIFY, false);
        assertThat(TypesetFixtures.advancesEm(line)).isEqualTo(advances);
        assertThat(line.justified()).isTrue();
        assertThat(line.inkRight()).isCloseTo(measureEm * TypesetFixtures.SIZE, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void openingBracketAtLineStartDrawsHalfAnEmLeft() {
        SetLine line = TypesetFixtures.setWhole("（中）", 2, Alignment.LEFT, true);
        assertThat(line.origins()[0]).isEqualTo(-0.5 * TypesetFixtures.SIZE);
        assertThat(line.origins()[1]).isEqualTo(0.5 * TypesetFixtures.SIZE);
    }

    @Test
    void hanLatinSpacingIsAQuarterEmAndNoneAtTheLineEnds() {
        SetLine line = TypesetFixtures.setWhole("中A中", 10, Alignment.LEFT, true);
        double a = line.advances()[1];
        assertThat(line.origins()[1]).isCloseTo(1.25 * TypesetFixtures.SIZE, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(line.origins()[2]).isCloseTo(1.5 * TypesetFixtures.SIZE + a, org.assertj.core.data.Offset.offset(1e-9));
        SetLine latinFirst = TypesetFixtures.setWhole("A中", 10, Alignment.LEFT, true);
        assertThat(latinFirst.origins()[0]).isZero();
    }

    @Test
    void stretchGoesBetweenCharactersButNeverInsideANumberOrDashPair() {
        SetLine line = TypesetFixtures.setWhole("中65222——文", 10, Alignment.JUSTIFY, false);
        assertThat(line.justified()).isTrue();
        assertThat(line.inkRight()).isCloseTo(10 * TypesetFixtures.SIZE, org.assertj.core.data.Offset.offset(0.01));
        double[] o = line.origins();
        double[] a = line.advances();
        for (int i = 2; i <= 5; i++) {
            assertThat(o[i]).as("inside 65222 at %d", i).isCloseTo(o[i - 1] + a[i - 1], org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(o[7]).as("inside ——").isCloseTo(o[6] + a[6], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(o[6]).as("gap before ——").isGreaterThan(o[5] + a[5] + 0.1);
    }

    @Test
    void stretchFillsLatinSpacesFirstThenHanLatinSpacingThenBetweenCharacters() {
        PreparedPassage p = TypesetFixtures.prepare("AB CD中文", org.copydesk.model.LineBreakRules.BASIC);
        double space = p.adv[2];
        double natural = p.naturalWidth(0, p.length());
        double em = TypesetFixtures.SIZE;
        // a little extra: all of it goes into the Latin word space
        SetLine small = p.set(0, p.length(), natural + 0.1 * em, Alignment.JUSTIFY, false);
        assertThat(small.origins()[3] - small.origins()[2]).isCloseTo(space + 0.1 * em, within(1e-9));
        assertThat(small.origins()[5]).isCloseTo(small.origins()[4] + small.advances()[4] + 0.25 * em, within(1e-9));
        // more than the space can take (up to 1/2 em): the Han-Latin spacing grows next, still none between 中文
        double spaceRoom = 0.5 * em - space;
        SetLine medium = p.set(0, p.length(), natural + spaceRoom + 0.1 * em, Alignment.JUSTIFY, false);
        assertThat(medium.origins()[3] - medium.origins()[2]).isCloseTo(0.5 * em, within(1e-9));
        assertThat(medium.origins()[5] - (medium.origins()[4] + medium.advances()[4])).isCloseTo(0.35 * em, within(1e-9));
        assertThat(medium.origins()[6] - (medium.origins()[5] + medium.advances()[5])).isCloseTo(0, within(1e-9));
        // beyond both: the rest is spread between characters, never inside AB or CD
        SetLine large = p.set(0, p.length(), natural + 3 * em, Alignment.JUSTIFY, false);
        assertThat(large.origins()[1]).isCloseTo(large.origins()[0] + large.advances()[0], within(1e-9));
        assertThat(large.origins()[6] - (large.origins()[5] + large.advances()[5])).isGreaterThan(0.3 * em);
        assertThat(large.inkRight()).isCloseTo(natural + 3 * em, within(0.01));
    }

    @Test
    void shrinkTakesLatinSpacesToAQuarterEmBeforeAnyMark() {
        PreparedPassage p = TypesetFixtures.prepare("AB CD，中", org.copydesk.model.LineBreakRules.BASIC);
        double em = TypesetFixtures.SIZE;
        double space = p.adv[2];
        double natural = p.naturalWidth(0, p.length());
        SetLine line = p.set(0, p.length(), natural - (space - 0.25 * em), Alignment.JUSTIFY, false);
        assertThat(line.advances()[2]).isCloseTo(0.25 * em, within(1e-9));
        assertThat(line.advances()[5]).isEqualTo(em); // the comma untouched
        SetLine tighter = p.set(0, p.length(), natural - (space - 0.25 * em) - 0.2 * em, Alignment.JUSTIFY, false);
        assertThat(tighter.advances()[5]).isCloseTo(0.8 * em, within(1e-9));
    }

    @Test
    void aFullWidthInterpunctGivesUpAQuarterEmOnEachSide() {
        PreparedPassage p = TypesetFixtures.prepare("马克·吐温", org.copydesk.model.LineBreakRules.BASIC,
                org.copydesk.fonts.FontFace.SANS);
        double em = TypesetFixtures.SIZE;
        assertThat(p.adv[2]).isEqualTo(em); // full width in Noto Sans SC
        SetLine line = p.set(0, p.length(), 4.5 * em, Alignment.JUSTIFY, false);
        assertThat(line.advances()[2]).isCloseTo(0.5 * em, within(1e-9));
        assertThat(line.origins()[2]).isCloseTo(2 * em - 0.25 * em, within(1e-9));
    }

    @Test
    void lastLineOfAParagraphStaysRagged() {
        SetLine line = TypesetFixtures.setWhole("中文字", 10, Alignment.JUSTIFY, true);
        assertThat(line.justified()).isFalse();
        assertThat(line.inkRight()).isEqualTo(3 * TypesetFixtures.SIZE);
    }
}
