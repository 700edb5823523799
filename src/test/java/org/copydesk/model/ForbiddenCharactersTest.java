package org.copydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ForbiddenCharactersTest {

    /** Where the first forbidden character is reported: lines end at LF, CRLF and CR; columns count code points. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void theFirstForbiddenCharacterIsFoundWithLineColumnAndWhy(String name, String text, String expected) {
        assertThat(ForbiddenCharacters.first(text)).get().extracting(ForbiddenCharacters.Found::describe)
                .asString().startsWith(expected);
    }

    static Stream<Arguments> theFirstForbiddenCharacterIsFoundWithLineColumnAndWhy() {
        return Stream.of(
                Arguments.of("NUL", "标题\0", "line 1:3: U+0000 NUL character"),
                Arguments.of("ESC after LF", "a\n\u001B[31m", "line 2:1: U+001B control character"),
                Arguments.of("DEL after CRLF", "a\r\nbc\u007F", "line 2:3: U+007F control character"),
                Arguments.of("C1 after lone CR", "a\rb\u009B", "line 2:2: U+009B control character"),
                Arguments.of("RLO after emoji", "😀\u202Eabc", "line 1:2: U+202E bidirectional override character"),
                Arguments.of("LRE", "\u202A", "line 1:1: U+202A bidirectional override character"),
                Arguments.of("FSI", "x\u2068", "line 1:2: U+2068 bidirectional override character"),
                Arguments.of("PDI", "x\u2069", "line 1:2: U+2069 bidirectional override character"),
                Arguments.of("lone high surrogate", "ab\uD83D", "line 1:3: U+D83D unpaired surrogate"),
                Arguments.of("lone low surrogate", "\uDE00", "line 1:1: U+DE00 unpaired surrogate"),
                Arguments.of("U+FFFD", "乱码\uFFFD", "line 1:3: U+FFFD replacement character"),
                Arguments.of("first of two", "\u0001\u202E", "line 1:1: U+0001 control character"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain Chinese                 | 江澜二桥今起通车，两岸二十分钟变五分钟。
            tab and every line end        | a\\tb\\nc\\r\\nd\\re
            full-width and ideographic    | （上接第1版）　——市民“打卡”
            emoji and CJK extension B     | 😀🇨🇳 𠀀𩸽
            bidi marks are not overrides  | עברית\u200F and عربي\u061C
            """)
    void ordinaryTextHasNoForbiddenCharacter(String name, String text) {
        String unescaped = text.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r")
                .replace("\\u200F", "\u200F").replace("\\u061C", "\u061C");
        assertThat(ForbiddenCharacters.first(unescaped)).isEmpty();
        assertThat(ForbiddenCharacters.remove(unescaped).text()).isSameAs(unescaped);
        assertThat(ForbiddenCharacters.remove(unescaped).changed()).isFalse();
    }

    /** What a paste into the editor keeps and what it reports removed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void removeKeepsEverythingElseAndListsWhatWent(String name, String text, String kept, Set<Integer> removed,
                                                   String list) {
        ForbiddenCharacters.Cleaned cleaned = ForbiddenCharacters.remove(text);
        assertThat(cleaned.text()).isEqualTo(kept);
        assertThat(cleaned.removed()).isEqualTo(removed);
        assertThat(cleaned.changed()).isTrue();
        assertThat(cleaned.removedList()).isEqualTo(list);
        assertThat(ForbiddenCharacters.first(cleaned.text())).isEmpty();
    }

    static Stream<Arguments> removeKeepsEverythingElseAndListsWhatWent() {
        return Stream.of(
                Arguments.of("NUL in a headline", "新桥\0通车", "新桥通车", Set.of(0), "U+0000"),
                Arguments.of("ANSI colour", "\u001B[31m红\u001B[0m", "[31m红[0m", Set.of(0x1B), "U+001B"),
                Arguments.of("Trojan Source", "a\u202Eb\u2066c\u2069", "abc", Set.of(0x202E, 0x2066, 0x2069),
                        "U+202E, U+2066, U+2069"),
                Arguments.of("emoji beside a lone surrogate", "😀\uD83D😀", "😀😀", Set.of(0xD83D), "U+D83D"),
                Arguments.of("line ends kept", "一\r\n\u0085二\n", "一\r\n二\n", Set.of(0x85), "U+0085"),
                Arguments.of("only forbidden", "\uFFFD\u0007", "", Set.of(0xFFFD, 0x7), "U+0007, U+FFFD"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            199999, false
            200000, false
            200001, true
            """)
    void theStoryCapCountsEveryFieldAndBlockInCharacters(int total, boolean over) {
        // 4 in the headline stack and reporter line, the rest in two blocks, one of them astral.
        int astral = 1000;
        String body = "字".repeat(total - 4 - astral);
        Article a = new Article("a", "e", "引", "主", "副", "记", List.of(new Block.Paragraph(body),
                new Block.Subhead("😀".repeat(astral))), ArticleStatus.DRAFT, 0, 0, java.time.Instant.EPOCH,
                java.time.Instant.EPOCH);
        assertThat(a.textCharacters()).isEqualTo(total);
        assertThat(a.textCharacters() > Article.MAX_TEXT_CHARACTERS).isEqualTo(over);
    }
}
