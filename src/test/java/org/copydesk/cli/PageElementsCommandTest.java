package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk place --banner} and the story frame looks: {@code --boxed}, {@code --tint}, {@code --vertical-headline}, {@code --vertical-text}. */
class PageElementsCommandTest {
    private static final PageComposer COMPOSER = NewspaperComposer.withBundledFonts();

    @TempDir
    Path dir;

    private Database database;
    private String edition;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        edition = run("edition", "new", "--date", "2026-12-04", "--pages", "2", "--name", "江澜周报").out().strip();
        Path story = Files.writeString(dir.resolve("poem.txt"), "冬晨过江\n\n雾还没有散，渡船先醒了。\n\n船工把一声号子，抛向对岸的灯。\n");
        CommandRunner.Result imported = run("import", "--edition", edition, story.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), COMPOSER, args);
    }

    private CommandRunner.Result place(String... more) {
        List<String> args = new ArrayList<>(List.of("place", "--edition", edition, "--page", "1"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private List<Placement> front() {
        EditionContent content = database.repository().loadEdition(edition).orElseThrow();
        return content.page(1).orElseThrow().placements();
    }

    private String storyId() {
        return database.repository().loadEdition(edition).orElseThrow().articles().get(0).id();
    }

    @Test
    void placesABannerAndMovingItKeepsItsSloganAndLook() {
        CommandRunner.Result placed = place("--banner", "标语", "--text", "学党史 悟思想 办实事 开新局", "--tint", "--rules",
                "--column", "1", "--columns", "8", "--line", "13", "--lines", "4");
        assertThat(placed.exitCode()).as(placed.err()).isZero();
        assertThat(placed.out()).contains("学党史 悟思想 办实事 开新局");
        assertThat(place("--banner", "标语", "--column", "1", "--columns", "6", "--line", "20", "--lines", "3").exitCode()).isZero();
        assertThat(front()).singleElement().isInstanceOfSatisfying(BannerPlacement.class, b -> {
            assertThat(b.text()).isEqualTo("学党史 悟思想 办实事 开新局");
            assertThat(b.tinted()).isTrue();
            assertThat(b.ruled()).isTrue();
            assertThat(b.frame().row()).isEqualTo(19);
            assertThat(b.frame().columnSpan()).isEqualTo(6);
        });
        CommandRunner.Result list = run("list", "--edition", edition, "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"banner\"").contains("学党史 悟思想 办实事 开新局");
        assertThat(run("list", "--edition", edition).out()).contains("学党史 悟思想 办实事 开新局");
        CommandRunner.Result layout = run("layout", "--edition", edition, "--page", "1");
        assertThat(layout.out()).contains("BANNER").contains("学党史悟思想办实事开新局");
    }

    @Test
    void setsAStoryFrameBoxedWithAVerticalHeadlineThenVerticallyWithoutLosingTheBox() {
        CommandRunner.Result boxed = place("--story", storyId(), "--column", "1", "--columns", "3", "--line", "13",
                "--lines", "30", "--boxed", "double", "--tint", "--vertical-headline");
        assertThat(boxed.exitCode()).as(boxed.err()).isZero();
        assertThat(((StoryPlacement) front().get(0)).style())
                .isEqualTo(new StoryStyle(FrameBorder.DOUBLE, true, StoryStyle.VerticalHeadline.RIGHT, false));

        assertThat(place("--story", storyId(), "--column", "1", "--columns", "3", "--line", "13", "--lines", "30",
                "--vertical-text", "--vertical-headline=none").exitCode()).isZero();
        assertThat(((StoryPlacement) front().get(0)).style())
                .isEqualTo(new StoryStyle(FrameBorder.DOUBLE, true, StoryStyle.VerticalHeadline.NONE, true));
        assertThat(run("layout", "--edition", edition, "--page", "1").out()).contains("VERTICAL_TEXT");
    }

    @Test
    void optionsForTheWrongKindOfFrameAndUnknownBordersAreRefusedAndChangeNothing() {
        CommandRunner.Result wrong = place("--banner", "标语", "--boxed", "double",
                "--column", "1", "--columns", "8", "--line", "13", "--lines", "4");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("--story");
        CommandRunner.Result unknown = place("--story", storyId(), "--column", "1", "--columns", "3", "--line", "13",
                "--lines", "30", "--boxed", "wavy");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("wavy");
        assertThat(front()).isEmpty();
    }
}
