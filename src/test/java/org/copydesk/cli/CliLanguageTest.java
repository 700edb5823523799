package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.i18n.InLanguage;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks the chosen language: results, refusals and the one error line of a real
 * failure are Chinese under {@code copydesk.locale=zh_CN} and English under {@code en}, on a real
 * database through the same entry the other command tests use.
 */
class CliLanguageTest {
    private static final Instant T = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        Article placed = new Article("e1-a", "e1", "", "江澜大桥今日合龙", "", "本报记者 王晓明",
                List.of(new Block.Paragraph("大桥合龙。")), ArticleStatus.EDITING, 800, 1, T, T);
        Article loose = new Article("e1-b", "e1", "", "未排稿件", "", "", List.of(new Block.Paragraph("短讯")),
                ArticleStatus.DRAFT, 0, 1, T, T);
        Page page = new Page("e1-p1", "e1", 1, "要闻", PageSpec.broadsheet(),
                List.of(StoryPlacement.of(placed.id(), new GridRect(0, 12, 4, 50), 0)));
        database.repository().insertEdition(new EditionContent(new Edition("e1", "江澜周报", LocalDate.of(2026, 11, 27), 1287),
                List.of(page), List.of(placed, loose), List.of()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void listingAnEditionIsInChinese() {
        CommandRunner.Result editions = InLanguage.get("zh_CN", () -> run("list"));
        CommandRunner.Result detail = InLanguage.get("zh_CN", () -> run("list", "--edition", "latest"));

        assertThat(editions.exitCode()).isZero();
        assertThat(editions.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .startsWith("日期").contains("期号", "版数", "稿件", "图片"));
        assertThat(detail.exitCode()).isZero();
        assertThat(detail.out().lines().toList()).containsExactly(
                "江澜周报  2026-11-27  总第1287期  (e1)",
                "第1版  要闻  [broadsheet]",
                "  稿件  江澜大桥今日合龙  编辑中  5 字（要求 800 字）",
                "未上版",
                "  稿件  未排稿件  草稿  2 字");
    }

    @Test
    void importingAMissingFileRefusesInChineseAndImportsNothing() {
        Path missing = dir.resolve("没有这个文件.md");

        CommandRunner.Result r = InLanguage.get("zh_CN", () -> run("import", "--edition", "e1", missing.toString()));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(missing.getFileName().toString())
                .contains("copydesk import: 1 个文件中有 1 个未通过检查，未导入任何稿件");
        assertThat(database.repository().loadEdition("e1").orElseThrow().articles()).hasSize(2);
    }

    @Test
    void failuresTheCommandsFindThemselvesAreOneChineseLine() {
        CommandRunner.Result unknownEdition = InLanguage.get("zh_CN", () -> run("list", "--edition", "nope"));
        CommandRunner.Result missingFile = InLanguage.get("zh_CN", () -> run("galley", dir.resolve("nope.txt").toString()));
        CommandRunner.Result nothingToWrite = InLanguage.get("zh_CN", () -> run("export", "--edition", "e1"));

        assertThat(unknownEdition.exitCode()).isEqualTo(1);
        assertThat(unknownEdition.err().lines()).containsExactly("copydesk list: 没有 id 为 nope 的一期报纸（见 copydesk list）");
        assertThat(missingFile.exitCode()).isEqualTo(1);
        assertThat(missingFile.err().lines()).containsExactly("copydesk galley: " + dir.resolve("nope.txt") + "：文件不存在");
        assertThat(nothingToWrite.exitCode()).isEqualTo(2);
        assertThat(nothingToWrite.err()).contains("请指定要写出什么：--pdf、--pages、--png 或 --package");
    }

    @Test
    void theSameCommandsAreEnglishUnderEn() {
        Path missing = dir.resolve("missing.md");

        CommandRunner.Result imported = InLanguage.get("en", () -> run("import", "--edition", "e1", missing.toString()));
        CommandRunner.Result unknownEdition = InLanguage.get("en", () -> run("list", "--edition", "nope"));
        CommandRunner.Result missingFile = InLanguage.get("en", () -> run("galley", dir.resolve("nope.txt").toString()));
        CommandRunner.Result detail = InLanguage.get("en", () -> run("list", "--edition", "e1"));

        assertThat(imported.err()).contains("copydesk import: 1 of 1 files failed validation; nothing was imported");
        assertThat(unknownEdition.err().lines()).containsExactly("copydesk list: no edition with id nope (see 'copydesk list')");
        assertThat(missingFile.err().lines()).containsExactly("copydesk galley: " + dir.resolve("nope.txt") + ": no such file");
        assertThat(detail.out()).contains("issue 1287", "page 1  要闻", "  story  江澜大桥今日合龙  EDITING  5 字 of 800",
                "not placed");
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), args);
    }

}
