package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.copydesk.model.LineBreakRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of line setting over seeded generated text, every rule set and column widths from 4
 * to 20 characters: prohibitions hold, glyphs stay in their column, every character is set once
 * and in order, and justified lines fill their measure.
 */
class LineSettingPropertiesTest {
    private static final Galley GALLEY = new Galley(TypesetFixtures.FONTS, TypesetFixtures.BREAKS);

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (long seed = 1; seed <= 12; seed++) {
            for (LineBreakRules rules : LineBreakRules.values()) {
                cases.add(Arguments.of(seed, rules, 4 + (int) ((seed * 7 + rules.ordinal() * 3) % 17)));
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} chars")
    @MethodSource("cases")
    void galleyLinesKeepEveryRule(long seed, LineBreakRules rules, int columnChars) {
        List<String> paragraphs = new ChineseTextGenerator(seed).paragraphs(1500);
        GalleyProof proof = GALLEY.set(paragraphs, columnChars, 9, rules);

        StringBuilder set = new StringBuilder();
        int paragraph = 0;
        int offset = 0;
        for (LayoutLine line : proof.lines()) {
            LayoutInvariants.respectsProhibitions(line, rules);
            LayoutInvariants.staysInColumn(line, TypesetFixtures.FONTS);
            LayoutInvariants.justifiedFills(line);
            LayoutInvariants.advancesInOrder(line);
            if (line.sourceStart() == 0 && set.length() > 0) {
                paragraph++;
                offset = 0;
            }
            assertThat(line.sourceStart()).as("sourceStart of '%s'", line.text()).isEqualTo(offset);
            assertThat(paragraphs.get(paragraph).startsWith(line.text(), offset)).isTrue();
            offset += line.text().length();
            set.append(line.text());
        }
        assertThat(set.toString()).isEqualTo(String.join("", paragraphs));
        assertThat(proof.problems()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} chars")
    @MethodSource("cases")
    void noParagraphEndsWithALoneCharacterWhenItCouldBeAvoided(long seed, LineBreakRules rules, int columnChars) {
        List<String> paragraphs = new ChineseTextGenerator(seed).paragraphs(1500);
        GalleyProof proof = GALLEY.set(paragraphs, columnChars, 9, rules);
        List<LayoutLine> lines = proof.lines();
        for (int i = 1; i < lines.size(); i++) {
            boolean lastOfParagraph = i + 1 == lines.size() || lines.get(i + 1).sourceStart() == 0;
            if (lastOfParagraph && lines.get(i).sourceStart() > 0) {
                long content = lines.get(i).text().codePoints().mapToObj(CharClass::of)
                        .filter(c -> !c.isMark() && c != CharClass.SPACE).count();
                String previous = lines.get(i - 1).text();
                // Pulling one character down spreads the line before it over its remaining gaps: only
                // when that stays even (see LineFitter.EVEN_EM) is a short last line avoidable.
                int[] cps = previous.codePoints().toArray();
                boolean endsInTwoHan = cps.length > 2 && CharClass.of(cps[cps.length - 1]) == CharClass.HAN
                        && CharClass.of(cps[cps.length - 2]) == CharClass.HAN;
                boolean allHan = previous.codePoints().allMatch(c -> CharClass.of(c) == CharClass.HAN);
                boolean couldPull = endsInTwoHan && allHan && 1.0 / (cps.length - 2) <= LineFitter.EVEN_EM;
                if (couldPull) {
                    assertThat(content).as("last line '%s' after '%s'", lines.get(i).text(), previous)
                            .isGreaterThan(1);
                }
            }
        }
    }
}
