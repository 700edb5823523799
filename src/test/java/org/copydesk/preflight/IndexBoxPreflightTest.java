package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.SampleEditions;
import org.junit.jupiter.api.Test;

/** Preflight over a 导读 box: lines that cannot name a page are warnings naming the story; a placed one is not. */
class IndexBoxPreflightTest {
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();

    /** s1 on page 1 with the box, s2 on page 2, s3 on no page, and a line for a story the edition lacks. */
    private static EditionContent edition() {
        EditionContent sample = SampleEditions.fullBroadsheet();
        var spec = sample.page(1).orElseThrow().spec();
        Page one = new Page("p1", sample.edition().id(), 1, "要闻", spec, List.of(
                new StoryPlacement("s1", new GridRect(0, 0, 5, 45), 0, 5, 0),
                new IndexBoxPlacement("导读", new GridRect(5, 0, 3, 10), "本期导读", List.of(IndexEntry.of("s2"),
                        IndexEntry.of("s1"), IndexEntry.of("s3"), IndexEntry.of("gone")))));
        Page two = new Page("p2", sample.edition().id(), 2, "城市", spec, List.of(
                new StoryPlacement("s2", new GridRect(0, 0, 4, 40), 0, 4, 0)));
        return new EditionContent(sample.edition(), List.of(one, two), sample.articles(), sample.photos());
    }

    @Test
    void linesWithoutAPageAreWarningsNamingTheStoryAndThePlacedOneIsFine() {
        List<Finding> findings = new Preflight(COMPOSER, Locale.ENGLISH).check(edition()).stream()
                .filter(f -> f.check() == Check.INDEX_ENTRY).toList();

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pageNumber()).isEqualTo(1);
        });
        assertThat(findings).extracting(Finding::contentId).containsExactlyInAnyOrder("s1", "s3", "gone");
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("本期导读", "数字经济博览会在江澜开幕",
                "this same page"));
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("全市新增就业岗位超过三万个", "no page"));
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("gone", "no longer has"));
    }

    @Test
    void theWarningsReadInChineseToo() {
        List<Finding> findings = new Preflight(COMPOSER, Locale.SIMPLIFIED_CHINESE).check(edition()).stream()
                .filter(f -> f.check() == Check.INDEX_ENTRY).toList();
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("本期导读栏所指的“全市新增就业岗位超过三万个”不在本期任何版面上"));
    }
}
