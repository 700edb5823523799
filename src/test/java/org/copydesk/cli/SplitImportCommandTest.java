package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.FaultyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk import --split}: the proposal as text and JSON, and --save all or nothing, on the real store. */
class SplitImportCommandTest {

    @TempDir
    Path dir;

    private FaultyDatabase database;
    private EditionRepository store;

    @BeforeEach
    void open() {
        database = FaultyDatabase.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        store = database.repository();
        store.insertEdition(new EditionContent(new Edition("e1", "江澜日报", LocalDate.of(2026, 12, 3), 9001),
                List.of(), List.of(), List.of()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path page(String name, Charset charset) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/split/" + name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Files.write(dir.resolve(name + ".txt"), text.getBytes(charset));
        }
    }

    private List<Article> stored() {
        return store.loadEdition("e1").orElseThrow().articles();
    }

    @Test
    void jsonGivesEachStoryWithParagraphKindsAndCaptionsAndSavesNothing() throws IOException {
        Path file = page("inner-news", StandardCharsets.UTF_8);

        CommandRunner.Result r = CommandRunner.run(store, "import", "--split", file.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("saved").asBoolean()).isFalse();
        JsonNode stories = json.get("stories");
        assertThat(stories).hasSize(3);
        JsonNode first = stories.get(0);
        assertThat(first.get("kicker").asText()).isEqualTo("推进城市更新　改善居住条件");
        assertThat(first.get("headline").asText()).isEqualTo("今年加装电梯两百部");
        assertThat(first.get("reporterLine").asText()).isEqualTo("本报记者 孙磊");
        assertThat(first.get("paragraphs").findValuesAsText("kind")).containsExactly("lead", "body", "body");
        assertThat(first.get("captions").get(0).get("photographer").asText()).isEqualTo("王明");
        assertThat(stories.get(1).get("captions").findValuesAsText("kind")).containsExactly("portrait", "news");
        assertThat(json.get("furniture").findValuesAsText("text")).contains("责任编辑：黄丽");
        assertThat(stored()).isEmpty();
    }

    @Test
    void textProposalLabelsLinesAndSaysNothingWasSaved() throws IOException {
        // GB18030, as many wire files still come: read through the same decoder as story files.
        Path file = page("front-page", Charset.forName("GB18030"));

        CommandRunner.Result r = CommandRunner.run(store, "import", "--split", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("story 1 (line 7)", "  kicker  历时四年建设　总投资38.6亿元",
                "  headline  澜江二桥今晨正式通车", "  jump  （下转第2版）", "furniture (not story text)",
                "  line 1  江澜日报", "2 stories, 7 lines of furniture; nothing saved");
        assertThat(stored()).isEmpty();
    }

    @Test
    void saveStoresEveryStoryInTheEditionAndListsTheCaptionsItCouldNotKeep() throws IOException {
        Path file = page("inner-news", StandardCharsets.UTF_8);

        CommandRunner.Result r = CommandRunner.run(store, "import", "--split", file.toString(), "--save", "--edition", "e1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(stored()).extracting(Article::headline)
                .containsExactlyInAnyOrder("今年加装电梯两百部", "图书馆夜间开放延长至晚十点", "社区食堂让老人吃上热乎饭");
        Article lift = stored().stream().filter(a -> a.headline().equals("今年加装电梯两百部")).findFirst().orElseThrow();
        assertThat(lift.kicker()).isEqualTo("推进城市更新　改善居住条件");
        assertThat(lift.byline()).isEqualTo("本报记者 孙磊");
        assertThat(lift.body().get(0)).isEqualTo(new Block.Lead("本报讯",
                "记者从市住房和城乡建设局了解到，今年以来全市老旧小区共加装电梯206部，惠及居民4000余户，提前一个月完成年度目标。"));
        assertThat(lift.plainText()).doesNotContain("王明/摄", "责任编辑");
        assertThat(r.out()).contains("not saved, line 13: caption 11月28日，桂花苑小区居民乘坐新装的电梯下楼。 (photographer 王明)",
                "not saved, line 20: caption 市图书馆馆长 林志远 (no credit)");
        assertThat(r.out().lines().filter(line -> line.startsWith("not saved"))).hasSize(3);
    }

    @Test
    void jsonWithSaveGivesEachStoryTheIdItWasStoredUnder() throws IOException {
        Path file = page("subheads-bylines", StandardCharsets.UTF_8);

        CommandRunner.Result r = CommandRunner.run(store, "import", "--split", file.toString(), "--save", "--json",
                "--edition", "e1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("saved").asBoolean()).isTrue();
        for (JsonNode story : json.get("stories")) {
            Article article = store.article(story.get("id").asText()).orElseThrow();
            assertThat(article.headline()).isEqualTo(story.get("headline").asText());
        }
        Article survey = store.article(json.get("stories").get(0).get("id").asText()).orElseThrow();
        assertThat(survey.body()).filteredOn(Block.Subhead.class::isInstance).extracting(Block::text)
                .containsExactly("基地：大棚里一派繁忙", "市场：货足价稳", "社区：直供到家门口");
        assertThat(survey.body()).last().isEqualTo(new Block.EndByline("（本报记者 李娜 王涛）"));
        assertThat(stored()).hasSize(3);
    }

    @Test
    void aStoryWithoutAHeadlineRefusesTheWholeSaveAndNamesItsLine() throws IOException {
        Path file = page("xinhua-wire", StandardCharsets.UTF_8);

        CommandRunner.Result r = CommandRunner.run(store, "import", "--split", file.toString(), "--save", "--edition", "e1");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(file + " line 11: the story starting '新华社北京12月2日电　国家统计局2日发…' has no headline")
                .contains("1 of 4 stories cannot be saved; nothing was saved");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aDatabaseFailureAtTheSecondStorySavesNone() throws IOException {
        Path file = page("subheads-bylines", StandardCharsets.UTF_8);
        database.failAt("INSERT INTO articles", 2);

        CommandRunner.Result r = CommandRunner.run(store, "import", "--split", file.toString(), "--save", "--edition", "e1");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was imported");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aForbiddenCharacterIsRefusedWithLineAndColumnAndMisusedOptionsAreUsageErrors() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "新桥通车\n本报讯 今晨\u202E通车。\n");

        CommandRunner.Result refused = CommandRunner.run(store, "import", "--split", bad.toString());
        CommandRunner.Result usage = CommandRunner.run(store, "import", bad.toString(), "--json");
        CommandRunner.Result twoFiles = CommandRunner.run(store, "import", "--split", bad.toString(), bad.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(bad.toString()).contains("2:7");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("--json and --save belong with --split");
        assertThat(twoFiles.exitCode()).isEqualTo(2);
        assertThat(twoFiles.err()).contains("--split reads one file");
        assertThat(stored()).isEmpty();
    }

    @Test
    void everyLabelHasItsWordInBothLanguages() {
        for (org.copydesk.exchange.SplitLabel label : org.copydesk.exchange.SplitLabel.values()) {
            String key = "split.label." + label.key();
            assertThat(org.copydesk.i18n.Words.ofPackage(SplitImport.class).format(java.util.Locale.ENGLISH, key))
                    .isNotEqualTo(key);
            assertThat(org.copydesk.i18n.Words.ofPackage(SplitImport.class).format(java.util.Locale.SIMPLIFIED_CHINESE, key))
                    .isNotEqualTo(key).doesNotContainPattern("[a-z]");
        }
    }
}
