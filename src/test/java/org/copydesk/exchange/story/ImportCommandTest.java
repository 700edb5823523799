package org.copydesk.exchange.story;

import org.copydesk.store.InMemoryEditionRepository;
import org.copydesk.store.StoreException;
import org.copydesk.cli.CommandRunner;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private final InMemoryEditionRepository repository = new InMemoryEditionRepository();

    @BeforeEach
    void twoEditions() {
        repository.insertEdition(new EditionContent(new Edition("old", "江澜周报", LocalDate.of(2026, 11, 20), 1286),
                List.of(), List.of(), List.of()));
        repository.insertEdition(new EditionContent(new Edition("new", "江澜周报", LocalDate.of(2026, 11, 27), 1287),
                List.of(), List.of(), List.of()));
    }

    private Path story(String name, String text, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(charset));
        return p;
    }

    @Test
    void importsEveryFileIntoTheLatestEditionAndPrintsOneLineEach() throws IOException {
        Path a = story("a.md", "---\nheadline: 新桥通车\n---\n本报讯 今晨通车，用了5G。\n", StandardCharsets.UTF_8);
        Path b = story("b.txt", "菜场改造完成\n居民很满意。\n", Charset.forName("GB18030"));

        CommandRunner.Result r = CommandRunner.run(repository, "import", a.toString(), b.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(repository.allArticles()).extracting(x -> x.headline()).containsExactly("新桥通车", "菜场改造完成");
        assertThat(repository.allArticles()).allMatch(x -> x.editionId().equals("new"));
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().toList().get(0)).contains("新桥通车").endsWith("12 字");
    }

    @Test
    void oneInvalidFileImportsNothingAndNamesTheFile() throws IOException {
        Path good = story("good.md", "标题\n正文。\n", StandardCharsets.UTF_8);
        Path bidi = story("bidi.md", "标题\n正\u202E文。\n", StandardCharsets.UTF_8);
        Path empty = story("empty.md", "", StandardCharsets.UTF_8);

        CommandRunner.Result r = CommandRunner.run(repository, "import", good.toString(), bidi.toString(),
                empty.toString(), "--edition", "old");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(repository.articleSaves).hasValue(0);
        assertThat(repository.allArticles()).isEmpty();
        assertThat(r.err()).contains("bidi.md line 2:2").contains("empty.md: file is empty")
                .contains("2 of 3 files failed validation; nothing was imported");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aStoreFailureHalfWayImportsNothingAndSaysSo() throws IOException {
        Path a = story("a.md", "标题一\n正文。\n", StandardCharsets.UTF_8);
        Path b = story("b.md", "标题二\n正文。\n", StandardCharsets.UTF_8);
        repository.failSavesAfter(1, new StoreException("disk full"));

        CommandRunner.Result r = CommandRunner.run(repository, "import", a.toString(), b.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was imported: disk full");
        assertThat(repository.allArticles()).isEmpty();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownEditionIsRefusedBeforeReadingFiles() throws IOException {
        Path a = story("a.md", "标题\n正文。\n", StandardCharsets.UTF_8);
        CommandRunner.Result r = CommandRunner.run(repository, "import", a.toString(), "--edition", "nope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no edition with id nope");
        assertThat(repository.allArticles()).isEmpty();
    }
}
