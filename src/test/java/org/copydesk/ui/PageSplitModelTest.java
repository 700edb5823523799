package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.exchange.PageTextSplitter;
import org.copydesk.exchange.ProposedStory;
import org.copydesk.exchange.SplitLabel;
import org.junit.jupiter.api.Test;

/** The split dialog's corrections, without the dialog: move, start a story, re-label. */
class PageSplitModelTest {
    /** Two stories, the second's headline taken for a subhead because no dateline follows it. */
    private static final String TEXT = """
            2026年12月3日 星期四 第2版 要闻
            澜江二桥今晨通车
            本报讯 12月2日清晨，澜江二桥正式通车。
            市民纷纷前来步行过桥。
            夜市重开
            沉寂了三个月的江滨夜市重新开张。
            （记者 陈雨）
            """;

    private static PageSplitModel model() {
        return new PageSplitModel(PageTextSplitter.split(TEXT, "page.txt"));
    }

    @Test
    void startingAStoryAtAMistakenSubheadAndLabellingItTheHeadlineGivesTwoStories() {
        PageSplitModel model = model();
        assertThat(model.storyCount()).isEqualTo(1);
        assertThat(model.rows().get(4).line().label()).isEqualTo(SplitLabel.SUBHEAD);

        model.startStoryAt(4);
        model.relabel(4, SplitLabel.HEADLINE);

        assertThat(model.proposal().stories()).extracting(ProposedStory::headline)
                .containsExactly("澜江二桥今晨通车", "夜市重开");
        assertThat(model.rows()).extracting(PageSplitModel.Row::story).containsExactly(1, 1, 1, 1, 2, 2, 2);
        assertThat(model.rows()).filteredOn(PageSplitModel.Row::startsStory).extracting(PageSplitModel.Row::index)
                .containsExactly(0, 4);
        assertThat(model.proposal().stories().get(1).paragraphs()).extracting(ProposedStory.Paragraph::kind)
                .containsExactly(SplitLabel.BODY, SplitLabel.BYLINE);
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void movingALineToThePreviousStoryAndBackKeepsStoriesNumberedWithoutGaps() {
        PageSplitModel model = model();
        model.startStoryAt(4);

        model.moveToPreviousStory(4);
        assertThat(model.storyCount()).isEqualTo(2);
        assertThat(model.rows().get(4).story()).isEqualTo(1);

        model.moveToPreviousStory(5);
        model.moveToPreviousStory(6);
        assertThat(model.rows()).extracting(PageSplitModel.Row::story).containsOnly(1);
        assertThat(model.storyCount()).isEqualTo(1);

        model.moveToNextStory(6);
        assertThat(model.rows().get(6).story()).isEqualTo(2);
        assertThat(model.rows().get(0).story()).isEqualTo(1);
    }

    @Test
    void aStoryLeftWithoutAHeadlineIsAProblemUntilOneIsLabelled() {
        PageSplitModel model = model();
        model.startStoryAt(5);

        assertThat(model.problems()).singleElement().asString().contains("page.txt line 6");

        model.relabel(4, SplitLabel.FURNITURE);
        model.relabel(5, SplitLabel.HEADLINE);
        assertThat(model.problems()).singleElement().asString().contains("has no text");

        model.relabel(5, SplitLabel.BODY);
        model.moveToNextStory(4);
        model.relabel(4, SplitLabel.HEADLINE);
        assertThat(model.problems()).isEmpty();
        assertThat(model.furnitureCount()).isEqualTo(1);
    }

    @Test
    void theDialogHasAWordForEveryLabelInBothLanguages() {
        for (SplitLabel label : SplitLabel.values()) {
            assertThat(UiText.forLocale(java.util.Locale.ENGLISH).get("split.label." + label.key())).isNotBlank();
            assertThat(UiText.forLocale(java.util.Locale.SIMPLIFIED_CHINESE).get("split.label." + label.key()))
                    .doesNotContainPattern("[a-z]");
            assertThat(PageSplitDialog.LABEL_KEYS).containsKey(label);
        }
    }
}
