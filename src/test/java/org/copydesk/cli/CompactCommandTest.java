package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.cli.OnRealDatabase.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.i18n.InLanguage;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.DatabaseRestore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk compact} on real database folders: what it prints, in both languages, and its refusals. */
class CompactCommandTest {
    @TempDir
    Path dir;

    @Test
    void compactPrintsTheSizesTheComparisonAndTheBackupAndTheDatabaseStillLists() throws Exception {
        createRewrittenSample();
        Path file = dir.resolve("copydesk.mv.db");

        CommandRunner.Result compact = run("--db", dir.toString(), "compact", "--progress");

        assertThat(compact.exitCode()).as(compact.err()).isZero();
        assertThat(compact.out()).startsWith("compacted " + file + ": ").contains(" MB before, ").contains(" MB after, in ")
                .contains("the copy was compared with the database: ").contains(" rows, all equal")
                .contains("backed up first to " + DatabaseRestore.backups(location()).get(0).file());
        assertThat(compact.err()).contains("backing up " + file).contains("writing a compacted copy of " + file)
                .contains("comparing the copy with the database").contains("putting the copy in place of " + file);
        CommandRunner.Result list = run("--db", dir.toString(), "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("江澜周报").contains("1287");
    }

    @Test
    void inChineseTheResultIsChinese() {
        createRewrittenSample();

        CommandRunner.Result compact = InLanguage.get("zh_CN", () -> run("--db", dir.toString(), "compact"));

        assertThat(compact.exitCode()).as(compact.err()).isZero();
        assertThat(compact.out()).startsWith("已压缩 ").contains("替换文件之前已将副本与数据库逐表比对").contains("压缩前已备份到 ");
    }

    @Test
    void aPostgresqlDatabaseIsToldItReclaimsSpaceItselfAndNothingConnects() {
        CommandRunner.Result compact = run("--db", "jdbc:postgresql://localhost:1/copydesk", "compact");

        assertThat(compact.exitCode()).isEqualTo(1);
        assertThat(compact.err()).isEqualTo("copydesk compact: compact is for the embedded database only;"
                + " jdbc:postgresql://localhost:1/copydesk is a server database, which reclaims its space itself"
                + " (PostgreSQL: autovacuum, or VACUUM by its administrator)" + System.lineSeparator());
    }

    @Test
    void aDamagedDatabaseIsRefusedWithTheRestoreHint() throws Exception {
        createRewrittenSample();
        Path file = dir.resolve("copydesk.mv.db");
        Files.write(file, new byte[0]);

        CommandRunner.Result compact = run("--db", dir.toString(), "compact");

        assertThat(compact.exitCode()).isEqualTo(1);
        assertThat(compact.err()).startsWith("copydesk compact: the database " + file + " is damaged: ")
                .contains("copydesk --db " + dir + " restore --latest");
        assertThat(file).isEmptyFile();
    }

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    private void createRewrittenSample() {
        try (Database db = Database.open(location())) {
            var sample = SampleEdition.create();
            db.repository().insertEdition(sample);
            for (int round = 0; round < 4; round++) {
                for (Article a : sample.articles().subList(0, 4)) {
                    Article current = db.repository().article(a.id()).orElseThrow();
                    db.repository().saveArticle(current.withBody(List.of(new Block.Paragraph("第" + round + "稿。".repeat(200)))));
                }
            }
        }
    }
}
