package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {

    @TempDir
    Path dir;

    /** Inputs spell special characters as {U+XXXX}, so the table itself stays printable. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江澜周报                          | 江澜周报
            Jiang Lan Weekly 1287           | Jiang Lan Weekly 1287
            {U+001B}[31mred{U+001B}[0m        | \\u001B[31mred\\u001B[0m
            {U+001B}]0;pwned{U+0007}          | \\u001B]0;pwned\\u0007
            line{U+000A}forged              | line\\u000Aforged
            a{U+000D}b{U+0009}c               | a\\u000Db\\u0009c
            {U+009B}2J 8-bit CSI            | \\u009B2J 8-bit CSI
            DEL{U+007F}                      | DEL\\u007F
            abc{U+202E}fdp.exe               | abc\\u202Efdp.exe
            {U+2066}isolate{U+2069}           | \\u2066isolate\\u2069
            mark{U+200F}                     | mark\\u200F
            para{U+2029}sep                  | para\\u2029sep
            lone{U+D800}                     | lone\\uD800
            emoji 😀 𠀀 kept                  | emoji 😀 𠀀 kept
            full-width　space and \\ slash    | full-width　space and \\ slash
            """)
    void specialCharactersBecomeVisibleEscapesAndTheRestStays(String input, String expected) {
        assertThat(TerminalText.visible(decode(input))).isEqualTo(expected);
    }

    @Test
    void listPrintsAnEditionNameAndIdWithEscapesVisibly() {
        var repository = new InMemoryEditionRepository();
        repository.insertEdition(new EditionContent(new Edition("e\u001B1", "江澜\u001B[2J周报\u202E", LocalDate.of(2026, 11, 27), 1287),
                List.of(), List.of(), List.of()));

        CommandRunner.Result list = CommandRunner.run(repository, "list");
        CommandRunner.Result detail = CommandRunner.run(repository, "list", "--edition", "e\u001B1");

        assertThat(list.out()).contains("江澜\\u001B[2J周报\\u202E  (e\\u001B1)").doesNotContain("\u001B", "\u202E");
        assertThat(detail.out()).contains("江澜\\u001B[2J周报\\u202E").doesNotContain("\u001B");
    }

    @Test
    void importErrorsShowAFileNameWithEscapesVisibly() throws IOException {
        var repository = new InMemoryEditionRepository();
        repository.insertEdition(new EditionContent(new Edition("e1", "江澜周报", LocalDate.of(2026, 11, 27), 1287),
                List.of(), List.of(), List.of()));
        Path file = dir.resolve("evil\u001B]0;owned\u0007.md");
        Files.write(file, "标题\n正\u0000文。\n".getBytes(StandardCharsets.UTF_8));

        CommandRunner.Result r = CommandRunner.run(repository, "import", file.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("evil\\u001B]0;owned\\u0007.md line 2:2: U+0000 NUL character")
                .doesNotContain("\u001B", "\u0007", "\u0000");
        assertThat(repository.allArticles()).isEmpty();
    }

    private static String decode(String table) {
        StringBuilder s = new StringBuilder();
        var m = java.util.regex.Pattern.compile("\\{U\\+([0-9A-F]{4})}").matcher(table);
        while (m.find()) {
            m.appendReplacement(s, java.util.regex.Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(s).toString();
    }
}
