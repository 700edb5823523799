package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.FaultyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that write do all of it or none, on the real store: a refused file, or a database
 * failure half-way (injected where a full disk or a kill would strike), leaves the database as it
 * was, and the message says so.
 */
class AllOrNothingCommandsTest {

    @TempDir
    Path dir;

    private FaultyDatabase database;
    private EditionRepository store;

    @BeforeEach
    void open() {
        database = FaultyDatabase.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        store = database.repository();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path story(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void emptyEdition() {
        store.insertEdition(new EditionContent(new Edition("new", "江澜周报", LocalDate.of(2026, 11, 27), 1287),
                List.of(), List.of(), List.of()));
    }

    @Test
    void threeFilesWhereTheThirdHeadlineIsTooLongImportNothingAndNameTheFile() throws IOException {
        emptyEdition();
        Path a = story("a.md", "---\nheadline: 新桥通车\n---\n本报讯 今晨通车。\n");
        Path b = story("b.md", "菜场改造完成\n居民很满意。\n");
        Path c = story("c.md", "---\nheadline: " + "长".repeat(1500) + "\n---\n正文。\n");

        CommandRunner.Result r = CommandRunner.run(store, "import", a.toString(), b.toString(), c.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(c + ": the headline is 1,500 characters long; at most 1,000 fit")
                .contains("1 of 3 files failed validation; nothing was imported")
                .doesNotContain("a.md").doesNotContain("b.md");
        assertThat(r.out()).isEmpty();
        assertThat(store.loadEdition("new").orElseThrow().articles()).isEmpty();
    }

    @Test
    void aDatabaseFailureAtTheThirdStoryImportsNoneOfTheThree() throws IOException {
        emptyEdition();
        Path a = story("a.md", "标题一\n正文。\n");
        Path b = story("b.md", "标题二\n正文。\n");
        Path c = story("c.md", "标题三\n正文。\n");
        database.failAt("INSERT INTO articles", 3);

        CommandRunner.Result r = CommandRunner.run(store, "import", a.toString(), b.toString(), c.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(database.faultsFired()).isEqualTo(1);
        assertThat(r.err()).startsWith("copydesk import: nothing was imported: could not save 3 stories: story '标题三'")
                .contains("the disk is full");
        assertThat(r.out()).isEmpty();
        assertThat(store.loadEdition("new").orElseThrow().articles()).isEmpty();

        CommandRunner.Result again = CommandRunner.run(store, "import", a.toString(), b.toString(), c.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(store.loadEdition("new").orElseThrow().articles()).extracting(Article::headline)
                .containsExactly("标题一", "标题二", "标题三");
    }

    /** A failure after the old copy was deleted, before the new one is in: the old copy must stay. */
    @Test
    void sampleForceThatFailsBetweenDeleteAndInsertKeepsTheOldSample() {
        assertThat(CommandRunner.run(store, "sample").exitCode()).isZero();
        Article story = store.loadEdition(SampleEdition.EDITION_ID).orElseThrow().articles().get(0);
        Article edited = store.saveArticle(story.withHeadlines(story.kicker(), "记者改过的标题", story.subtitle()));
        EditionContent before = store.loadEdition(SampleEdition.EDITION_ID).orElseThrow();
        database.failAt("INSERT INTO editions", 1);

        CommandRunner.Result r = CommandRunner.run(store, "sample", "--force");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(database.faultsFired()).isEqualTo(1);
        assertThat(r.err()).contains("could not replace edition " + SampleEdition.EDITION_ID)
                .contains("the disk is full")
                .contains("nothing was changed: the sample edition is as it was");
        assertThat(store.loadEdition(SampleEdition.EDITION_ID)).contains(before);
        assertThat(store.article(story.id())).contains(edited);

        CommandRunner.Result forced = CommandRunner.run(store, "sample", "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(store.article(story.id()).orElseThrow().headline()).isEqualTo(story.headline());
    }

    @Test
    void aFirstSampleThatFailsAtAPhotoLeavesNoHalfEdition() {
        database.failAt("INSERT INTO photos", 5);

        CommandRunner.Result r = CommandRunner.run(store, "sample");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(database.faultsFired()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was changed").doesNotContain("as it was");
        assertThat(store.editions()).isEmpty();
    }
}
