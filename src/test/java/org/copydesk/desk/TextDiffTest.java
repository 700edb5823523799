package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The character diff: it always spells both texts, finds the change a reader would, never halves a character. */
class TextDiffTest {
    /** Characters the random texts are made of: Chinese, punctuation, Latin, an astral 𠀀 and 😀, line ends. */
    private static final String[] ALPHABET = {"的", "一", "是", "了", "我", "不", "人", "在", "，", "。", "a", "b", " ",
            "\n", "\uD840\uDC00", "\uD83D\uDE00"};

    @Test
    void applyingTheDiffToTheOldTextGivesTheNewForManyRandomPairs() {
        Random random = new Random(20261203);
        for (int run = 0; run < 2_000; run++) {
            String a = randomText(random, random.nextInt(60));
            String b = random.nextBoolean() ? edit(random, a) : randomText(random, random.nextInt(60));
            List<DiffOp> ops = TextDiff.of(a, b);
            assertThat(TextDiff.before(ops)).as("old side of %s -> %s", a, b).isEqualTo(a);
            assertThat(TextDiff.after(ops)).as("new side of %s -> %s", a, b).isEqualTo(b);
            assertThat(ops).allSatisfy(op -> {
                assertThat(op.text()).isNotEmpty();
                assertThat(wholeCharacters(op.text())).as("no half surrogate pair in %s", op).isTrue();
            });
            for (int i = 1; i < ops.size(); i++) {
                assertThat(ops.get(i).kind()).as("neighbours are joined").isNotEqualTo(ops.get(i - 1).kind());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            今天天气很好          | 今天天气不好           | 今天天气[-很-]{+不+}好
            记者王晓明报道        | 本报记者王晓明报道     | {+本报+}记者王晓明报道
            会议于昨日召开，历时三天 | 会议于昨日召开        | 会议于昨日召开[-，历时三天-]
            𠀀𠀁𠀂                | 𠀀😀𠀂                 | 𠀀[-𠀁-]{+😀+}𠀂
            ''                   | 新稿                   | {+新稿+}
            旧稿                  | ''                    | [-旧稿-]
            ''                   | ''                    | ''
            """)
    void findsTheCharactersThatChanged(String before, String after, String expected) {
        assertThat(inline(TextDiff.of(before, after))).isEqualTo(expected);
    }

    @Test
    void anAddedParagraphIsOneInsertionOfWholeLines() {
        String before = "第一段。\n第三段。";
        String after = "第一段。\n第二段。\n第三段。";
        assertThat(inline(TextDiff.of(before, after))).isEqualTo("第一段。\n{+第二段。\n+}第三段。");
    }

    @Test
    void hunksKeepALittleContextOnTheChangedLineOnly() {
        String before = "主题\n第一段没有改动，一个字也没有。\n这一段里改了一个字，其余照旧不变，足够长的一段话。";
        String after = "主题\n第一段没有改动，一个字也没有。\n这一段里换了一个字，其余照旧不变，足够长的一段话。";
        List<DiffHunk> hunks = DiffHunk.of(TextDiff.of(before, after), 5);
        assertThat(hunks).hasSize(1);
        assertThat(hunks.get(0).oldLine()).isEqualTo(2);
        assertThat(inline(hunks.get(0).ops())).isEqualTo("这一段里[-改-]{+换+}了一个字，");
    }

    @Test
    void changesFarApartOnOneLineAreTwoHunksAndNearOnesOne() {
        String before = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        String far = "A乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌B";
        String near = "A乙B丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        assertThat(DiffHunk.of(TextDiff.of(before, far), 3)).hasSize(2);
        assertThat(DiffHunk.of(TextDiff.of(before, near), 3)).hasSize(1);
    }

    @Test
    void twoUnrelatedLongTextsAreStillADiffThatSpellsBoth() {
        Random random = new Random(7);
        String a = randomText(random, 6_000).replace("\n", "");
        String b = randomText(random, 6_000).replace("\n", "");
        List<DiffOp> ops = TextDiff.of(a, b);
        assertThat(TextDiff.before(ops)).isEqualTo(a);
        assertThat(TextDiff.after(ops)).isEqualTo(b);
    }

    static String inline(List<DiffOp> ops) {
        return ops.stream().map(op -> switch (op.kind()) {
            case EQUAL -> op.text();
            case DELETE -> "[-" + op.text() + "-]";
            case INSERT -> "{+" + op.text() + "+}";
        }).collect(Collectors.joining());
    }

    private static String randomText(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    /** A few insertions, deletions and replacements, as an editor makes them. */
    private static String edit(Random random, String text) {
        int[] cps = text.codePoints().toArray();
        var out = new StringBuilder();
        for (int cp : cps) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue;
            }
            if (roll == 1) {
                out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static boolean wholeCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
