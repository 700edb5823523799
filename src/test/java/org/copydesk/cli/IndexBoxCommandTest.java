package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk place --index}: a 导读 box on page 1 whose lines name the pages their stories are on now. */
class IndexBoxCommandTest {
    private static final PageComposer COMPOSER = NewspaperComposer.withBundledFonts();

    @TempDir
    Path dir;

    private Database database;
    private String edition;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        edition = run("edition", "new", "--date", "2026-12-04", "--pages", "3", "--name", "江澜周报").out().strip();
        Path port = Files.writeString(dir.resolve("port.txt"), "新港二期年底通车\n\n江澜新港二期工程进入最后冲刺。\n");
        Path tea = Files.writeString(dir.resolve("tea.txt"), "明前春茶开采\n\n茶园里一片繁忙。\n");
        Path loose = Files.writeString(dir.resolve("loose.txt"), "尚未上版的稿件\n\n这篇稿件还没有排上版面。\n");
        for (Path story : List.of(port, tea, loose)) {
            CommandRunner.Result imported = run("import", "--edition", edition, story.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
        }
        assertThat(run("place", "--edition", edition, "--page", "2", "--story", id("新港"), "--column", "1",
                "--columns", "3", "--line", "1", "--lines", "20").exitCode()).isZero();
        assertThat(run("place", "--edition", edition, "--page", "3", "--story", id("明前"), "--column", "1",
                "--columns", "3", "--line", "1", "--lines", "20").exitCode()).isZero();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), COMPOSER, args);
    }

    private CommandRunner.Result placeIndex(String... more) {
        List<String> args = new ArrayList<>(List.of("place", "--edition", edition, "--page", "1", "--index", "导读",
                "--column", "6", "--columns", "3", "--line", "80", "--lines", "8"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private EditionContent content() {
        return database.repository().loadEdition(edition).orElseThrow();
    }

    /** The id of the story whose headline starts with {@code headline}. */
    private String id(String headline) {
        return content().articles().stream().filter(a -> a.headline().startsWith(headline)).map(Article::id)
                .findFirst().orElseThrow();
    }

    private IndexBoxPlacement box() {
        return content().page(1).orElseThrow().placements().stream().filter(IndexBoxPlacement.class::isInstance)
                .map(IndexBoxPlacement.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aNewBoxPointsAtEachInsidePagesLeadStoryAndPrintsTheirPages() {
        CommandRunner.Result placed = placeIndex();

        assertThat(placed.exitCode()).as(placed.err()).isZero();
        assertThat(box().title()).isEqualTo("导读");
        assertThat(box().entries()).containsExactly(IndexEntry.of(id("新港")), IndexEntry.of(id("明前")));
        assertThat(placed.out()).contains("新港二期年底通车  （第2版）").contains("明前春茶开采  （第3版）");
        CommandRunner.Result layout = run("layout", "--edition", edition, "--page", "1");
        assertThat(layout.out()).contains("INDEX_ENTRY").contains("新港二期年底通车（第2版）");
    }

    @Test
    void givenLinesWithShortTextsAndATitleAndAMovedStoryMovesItsReference() {
        CommandRunner.Result placed = placeIndex("--title", "本期导读", "--entries", id("明前") + "=春茶开采," + id("新港"));
        assertThat(placed.exitCode()).as(placed.err()).isZero();
        assertThat(box().title()).isEqualTo("本期导读");
        assertThat(box().entries()).containsExactly(new IndexEntry(id("明前"), "春茶开采"), IndexEntry.of(id("新港")));

        assertThat(run("place", "--edition", edition, "--page", "3", "--story", id("新港"), "--column", "4",
                "--columns", "3", "--line", "1", "--lines", "20").exitCode()).isZero();

        assertThat(run("layout", "--edition", edition, "--page", "1").out())
                .contains("春茶开采（第3版）").contains("新港二期年底通车（第3版）").doesNotContain("（第2版）");
        CommandRunner.Result list = run("list", "--edition", edition, "--json");
        assertThat(list.out()).contains("\"index\"").contains("本期导读").contains("春茶开采");
    }

    @Test
    void aLineWhoseStoryIsNotPlacedIsWarnedAboutByNameAndPrintsWithoutAPage() {
        CommandRunner.Result placed = placeIndex("--entries", id("新港") + "," + id("尚未"));
        assertThat(placed.exitCode()).as(placed.err()).isZero();
        assertThat(run("layout", "--edition", edition, "--page", "1").out()).contains("尚未上版的稿件")
                .doesNotContain("尚未上版的稿件（");

        CommandRunner.Result check = run("check", "--edition", edition);
        assertThat(check.out() + check.err()).containsPattern("导读[^\\n]*尚未上版的稿件[^\\n]*(no page|不在本期任何版面)");
    }

    @Test
    void unknownStoriesAndIndexOptionsOnOtherFramesAreRefusedAndChangeNothing() {
        CommandRunner.Result unknown = placeIndex("--entries", "no-such-story");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("no-such-story");
        CommandRunner.Result wrong = run("place", "--edition", edition, "--page", "2", "--story", id("新港"),
                "--column", "1", "--columns", "3", "--line", "1", "--lines", "20", "--title", "导读");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("--index");
        assertThat(content().page(1).orElseThrow().placements()).isEmpty();

        assertThat(placeIndex().exitCode()).isZero();
        CommandRunner.Result off = run("unplace", "--edition", edition, "--index", "导读");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(content().page(1).orElseThrow().placements()).isEmpty();
    }
}
