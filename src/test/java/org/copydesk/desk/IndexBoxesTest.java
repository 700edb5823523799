package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.Test;

/** What a 导读 box may point at, what a new one points at, and what a box may not be. */
class IndexBoxesTest {
    private static final EditionContent SAMPLE = SampleEdition.create();

    private static String headline(String id) {
        return SAMPLE.article(id).map(Article::headline).orElseThrow();
    }

    @Test
    void aNewBoxOnPage1PointsAtEachInsidePagesLargestOpeningStoryInPageOrder() {
        List<IndexEntry> leads = IndexBoxes.insideLeads(SAMPLE, 1);

        assertThat(leads).extracting(e -> headline(e.articleId())).containsExactly("“江澜办”APP上线1,200项服务",
                "老菜场变身“网红”邻里中心", "江澜港：一江活水连通“朋友圈”", "课后三点半，孩子们去哪儿了",
                "周德海：一根竹子，要懂它的脾气", "老渡口", "2026江澜马拉松鸣枪开跑");
        assertThat(leads).allSatisfy(e -> assertThat(e.shortText()).isEmpty());
    }

    @Test
    void candidatesAreTheStoriesOpeningOnOtherPagesNotContinuations() {
        List<IndexBoxes.Candidate> candidates = IndexBoxes.candidates(SAMPLE, 1);

        assertThat(candidates).noneMatch(c -> c.page() == 1);
        // The lead jumps from page 1 to page 3: its continuation there is not a story of page 3.
        String lead = SAMPLE.page(1).orElseThrow().placements().get(0).contentId();
        assertThat(SAMPLE.page(3).orElseThrow().placements()).anyMatch(p -> p.contentId().equals(lead));
        assertThat(candidates).noneMatch(c -> c.articleId().equals(lead));
        assertThat(candidates).extracting(IndexBoxes.Candidate::page).isSorted();
        assertThat(candidates).hasSize((int) SAMPLE.articles().stream().filter(a -> SAMPLE.firstPageOf(a.id()).orElse(1) > 1)
                .count());
    }

    @Test
    void aBoxIsRefusedForALongTitleTooManyLinesAStoryTwiceAnUnknownStoryOrALongShortText() {
        List<IndexEntry> leads = IndexBoxes.insideLeads(SAMPLE, 1);
        assertThat(IndexBoxes.refusal(SAMPLE, "本期导读", leads)).isEmpty();

        assertThat(IndexBoxes.refusal(SAMPLE, "本期导读本期导读本期导读本期", leads)).isPresent();
        List<IndexEntry> many = new ArrayList<>(Collections.nCopies(IndexBoxPlacement.ENTRIES_MAX + 1, leads.get(0)));
        assertThat(IndexBoxes.refusal(SAMPLE, "", many)).isPresent();
        assertThat(IndexBoxes.refusal(SAMPLE, "", List.of(leads.get(0), leads.get(0)))).get().asString()
                .contains(headline(leads.get(0).articleId()));
        assertThat(IndexBoxes.refusal(SAMPLE, "", List.of(IndexEntry.of("no-such-story")))).get().asString()
                .contains("no-such-story");
        assertThat(IndexBoxes.refusal(SAMPLE, "", List.of(new IndexEntry(leads.get(0).articleId(),
                "一".repeat(IndexEntry.SHORT_TEXT_MAX + 1))))).isPresent();
    }
}
