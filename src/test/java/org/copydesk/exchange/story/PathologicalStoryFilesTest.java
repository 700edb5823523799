package org.copydesk.exchange.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.exchange.StoryImportException;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files shaped to hit the slow paths of a text importer: millions of lines, one huge line, long
 * runs of space before a character a regex cannot match. Each is read or refused with a message
 * naming the file. Before the fix several of these took minutes to hours (quadratic list shifting,
 * regex backtracking, a scan of all blocks per paragraph); their timings are in
 * docs/performance.md, not asserted here, so a slow build machine cannot fail the test.
 */
class PathologicalStoryFilesTest {

    private static final String NAME = "huge.txt";

    private static Article read(String text) {
        return StoryFileImporter.read(text.getBytes(StandardCharsets.UTF_8), NAME, "a1", "e1", Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void readInFull(String shape, String text, Consumer<Article> check) {
        check.accept(read(text));
    }

    static Stream<Arguments> readInFull() {
        return Stream.of(
                Arguments.of("1,000,000 blank lines after the headline", "标题\n" + "\n".repeat(1_000_000) + "正文。\n",
                        body(List.of(new Block.Paragraph("正文。")))),
                Arguments.of("1,000,000 blank lines before the headline", "\n".repeat(1_000_000) + "标题\n正文。\n",
                        (Consumer<Article>) a -> assertThat(a.headline()).isEqualTo("标题")),
                Arguments.of("1,000,000 alternating CR/LF line ends", "标题\n" + "\r\n\r".repeat(1_000_000) + "正文。",
                        body(List.of(new Block.Paragraph("正文。")))),
                Arguments.of("front matter with 1,000,000 comment lines", "---\nheadline: 标题\n" + "#\n".repeat(1_000_000)
                        + "---\n正文。\n", body(List.of(new Block.Paragraph("正文。")))),
                Arguments.of("190,000 spaces inside a line", "标题\n字" + " ".repeat(190_000) + "字\n",
                        blockLength(190_002)),
                Arguments.of("190,000 ideographic spaces inside a line", "标题\n字" + "\u3000".repeat(190_000) + "字\n",
                        blockLength(190_002)),
                Arguments.of("a 150,000-character line", "标题\n" + "字".repeat(150_000), blockLength(150_000)),
                Arguments.of("subhead: 5,000,000 spaces before a line separator", "标题\n##" + " ".repeat(5_000_000)
                        + "\u2028小标题\n正文。", body(List.of(new Block.Subhead("小标题"), new Block.Paragraph("正文。")))),
                Arguments.of("byline: 5,000,000 spaces before a line separator", "标题\n正文。\n署名：" + " ".repeat(5_000_000)
                        + "\u2028王晓明", body(List.of(new Block.Paragraph("正文。"), new Block.EndByline("王晓明")))),
                Arguments.of("150,000 subheads, then 20,000 paragraphs", "标题\n" + "## 小\n".repeat(150_000)
                        + "本报讯 一。\n" + "二。\n".repeat(20_000), (Consumer<Article>) a -> {
                            assertThat(a.body()).hasSize(170_001);
                            assertThat(a.body().get(150_000)).isEqualTo(new Block.Lead("本报讯", "一。"));
                            assertThat(a.body().get(170_000)).isEqualTo(new Block.Paragraph("二。"));
                        }),
                Arguments.of("100,000 '#' in one line", "标题\n" + "#".repeat(100_000) + "\n", blockLength(100_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedWithAMessageNamingTheFile(String shape, String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(StoryImportException.class)
                .hasMessageStartingWith(NAME).hasMessageContaining(message);
    }

    static Stream<Arguments> refusedWithAMessageNamingTheFile() {
        return Stream.of(
                Arguments.of("1,000,000 lines of one CJK character", "标题\n" + "字\n".repeat(1_000_000),
                        "the story has 1,000,002 characters (file of 4,000,007 bytes); a story may have at most 200,000"),
                Arguments.of("one line of 3,000,000 characters", "标题\n" + "字".repeat(3_000_000),
                        "the story has 3,000,002 characters"),
                Arguments.of("5,000,000 spaces inside a line", "标题\n字" + " ".repeat(5_000_000) + "字\n",
                        "the story has 5,000,004 characters (file of 5,000,014 bytes)"),
                Arguments.of("3,000,000 ideographic spaces inside a line", "标题\n字" + "\u3000".repeat(3_000_000) + "字\n",
                        "the story has 3,000,004 characters (file of 9,000,014 bytes)"),
                Arguments.of("1,000,000 front-matter-looking lines never closed", "---\n" + "# x: y\n".repeat(1_000_000),
                        "front matter opened with '---' on line 1 is never closed"),
                Arguments.of("500,000 front matter keys", "---\n" + "headline: 标题\n".repeat(500_000) + "---\n正文",
                        "line 3: 'headline' given twice"),
                Arguments.of("9,000,000 blank lines", "\n".repeat(9_000_000), "file holds only blank space"),
                Arguments.of("1,000,000 subheads", "标题\n" + "## 小标\n".repeat(1_000_000),
                        "the story has 2,000,002 characters"));
    }

    private static Consumer<Article> body(List<Block> expected) {
        return a -> assertThat(a.body()).isEqualTo(expected);
    }

    private static Consumer<Article> blockLength(int characters) {
        return a -> {
            assertThat(a.body()).hasSize(1);
            String text = a.body().get(0).text();
            assertThat(text.codePointCount(0, text.length())).isEqualTo(characters);
        };
    }
}
