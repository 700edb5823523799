package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.exchange.word.WordFixtures;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.WordStyleRole;
import org.copydesk.model.WordStyles;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk import} of Word documents, and {@code copydesk word-styles}. */
class WordCommandsTest {
    @TempDir
    Path dir;

    private final InMemoryEditionRepository repository = new InMemoryEditionRepository();

    @BeforeEach
    void edition() {
        repository.insertEdition(new EditionContent(new Edition("e1", "江澜周报", LocalDate.of(2026, 12, 4), 1288),
                List.of(), List.of(), List.of()));
    }

    @Test
    void importOfADocxPrintsTheStoryAndTheReport() throws Exception {
        Path docx = Files.write(dir.resolve("trade.docx"), WordFixtures.document().bold("外贸数据出炉", 20, true)
                .para("全市前三季度外贸进出口总值稳步增长。")
                .table(new String[][] {{"出口", "356.2"}, {"进口", "201.7"}})
                .commented("对东盟出口增长较快。", "请核实")
                .bytes());

        CommandRunner.Result r = CommandRunner.run(repository, "import", docx.toString(), "--edition", "e1");

        assertThat(r.exitCode()).isZero();
        assertThat(repository.allArticles()).extracting(a -> a.headline()).containsExactly("外贸数据出炉");
        assertThat(r.out().lines().toList()).singleElement().asString().contains("外贸数据出炉");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("note: ") && l.contains("trade.docx") && l.contains("1 table (2 rows)"))
                .anyMatch(l -> l.contains("1 comment left out"));
    }

    @Test
    void aPasswordProtectedDocxImportsNothingAndNamesTheFile() throws Exception {
        byte[] plain = WordFixtures.document().para("标题").para("正文。").bytes();
        Path locked = Files.write(dir.resolve("locked.docx"), WordFixtures.encrypted(plain, "mima"));
        Path good = Files.write(dir.resolve("good.docx"), plain);

        CommandRunner.Result r = CommandRunner.run(repository, "import", good.toString(), locked.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("locked.docx: the document is protected by a password");
        assertThat(repository.allArticles()).isEmpty();
    }

    @Test
    void wordStylesSetShowRemoveAndReset() {
        CommandRunner.Result set = CommandRunner.run(repository, "word-styles", "set", "报社标题", "headline");
        assertThat(set.exitCode()).isZero();
        assertThat(repository.wordStyles().roleOf("报社标题")).contains(WordStyleRole.HEADLINE);

        CommandRunner.Result show = CommandRunner.run(repository, "word-styles", "show");
        assertThat(show.out().lines()).anyMatch(l -> l.startsWith("报社标题\theadline\t"))
                .anyMatch(l -> l.startsWith("标题 1\theadline\t"));

        CommandRunner.Result remove = CommandRunner.run(repository, "word-styles", "remove", "报社标题");
        assertThat(remove.exitCode()).isZero();
        assertThat(repository.wordStyles().roleOf("报社标题")).isEmpty();

        CommandRunner.run(repository, "word-styles", "set", "Normal", "ignore");
        CommandRunner.Result reset = CommandRunner.run(repository, "word-styles", "reset");
        assertThat(reset.exitCode()).isZero();
        assertThat(repository.wordStyles()).isEqualTo(WordStyles.defaults());
    }

    @Test
    void anUnknownRoleIsRefusedAndChangesNothing() {
        CommandRunner.Result r = CommandRunner.run(repository, "word-styles", "set", "标题 1", "masthead");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown role 'masthead'").contains("kicker, headline");
        assertThat(repository.wordStyles().roleOf("标题 1")).contains(WordStyleRole.HEADLINE);
    }
}
