package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** copydesk replace: the same engine as the window, a dry run, and one transaction. */
class ReplaceCommandTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        database.repository().insertEdition(SampleEdition.create());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<Article> stories() {
        return database.repository().loadEdition(SampleEdition.EDITION_ID).orElseThrow().articles();
    }

    private static long count(List<Article> stories, String text) {
        return stories.stream().filter(a -> (a.headline() + a.plainText()).contains(text)).count();
    }

    @Test
    void aDryRunListsAndSavesNothingThenTheReplaceSavesEveryStory() {
        List<Article> before = stories();
        assertThat(count(before, "本报讯")).isGreaterThan(1);

        CommandRunner.Result dry = CommandRunner.run(database.repository(), "replace", "--edition", "latest",
                "--regex", "本报(讯)", "本报$1（通讯）", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("[本报讯 → 本报讯（通讯）]");
        assertThat(stories()).isEqualTo(before);

        CommandRunner.Result done = CommandRunner.run(database.repository(), "replace", "--edition", "latest",
                "--regex", "本报(讯)", "本报$1（通讯）");
        assertThat(done.exitCode()).as(done.err()).isZero();
        List<Article> after = stories();
        assertThat(count(after, "本报讯（通讯）")).isEqualTo(count(before, "本报讯"));
        assertThat(after).filteredOn(a -> a.plainText().contains("本报讯（通讯）"))
                .allSatisfy(a -> assertThat(a.version()).as("saved as a new revision").isGreaterThan(
                        before.stream().filter(b -> b.id().equals(a.id())).findFirst().orElseThrow().version()));
    }

    @Test
    void anInvalidExpressionIsOneClearLineAndNothingChanges() {
        List<Article> before = stories();
        CommandRunner.Result bad = CommandRunner.run(database.repository(), "replace", "--edition", "latest",
                "--regex", "本报(讯", "x");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("本报(讯");
        assertThat(stories()).isEqualTo(before);
    }
}
