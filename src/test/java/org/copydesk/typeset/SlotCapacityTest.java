package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotCapacityTest {

    @ParameterizedTest(name = "{0} 栏 x {1} 行 set in {2} -> {3} lines of {4} = {5} 字")
    @CsvSource(textBlock = """
            1, 60, 1, 60, 13, 780
            3, 60, 3, 180, 13, 2340
            3, 60, 2, 120, 20, 2400
            4, 30, 3, 90, 17, 1530
            """)
    void broadsheetSlots(int span, int rows, int textColumns, int lines, int perLine, int chars) {
        PageSpec spec = PageSpec.broadsheet();
        GridRect rect = new GridRect(0, 0, span, rows);
        assertThat(SlotCapacity.lines(rect, textColumns)).isEqualTo(lines);
        assertThat(SlotCapacity.charactersPerLine(spec, rect, textColumns)).isEqualTo(perLine);
        assertThat(SlotCapacity.characters(spec, rect, textColumns)).isEqualTo(chars);
    }

    /** A story without headline filling a slot exactly: the composer sets what the capacity says. */
    @ParameterizedTest(name = "tabloid {0} 栏 x {1} 行")
    @CsvSource(textBlock = """
            1, 10
            2, 8
            6, 3
            """)
    void aStoryOfExactlyTheCapacityFitsTheTabloidSlot(int span, int rows) {
        PageSpec spec = PageSpec.tabloid();
        GridRect rect = new GridRect(0, 0, span, rows);
        int capacity = SlotCapacity.characters(spec, rect, span);
        int lines = SlotCapacity.lines(rect, span);
        int perLine = SlotCapacity.charactersPerLine(spec, rect, span);
        // one paragraph per line, each exactly a line long (the 2-em indent included)
        List<Block> body = java.util.stream.IntStream.range(0, lines)
                .mapToObj(i -> (Block) new Block.Paragraph("中".repeat(perLine - 2))).toList();
        var t = Instant.parse("2026-11-27T00:00:00Z");
        var article = new org.copydesk.model.Article("a", "e", "", "", "", "", body, ArticleStatus.DRAFT, 0, 0, t, t);
        var page = new Page("p", "e", 1, "", spec, List.of(new StoryPlacement("a", rect, 0, span, 0)));
        var content = new EditionContent(new org.copydesk.model.Edition("e", "报", java.time.LocalDate.of(2026, 1, 1), 1),
                List.of(page), List.of(article), List.of());
        Copyfit fit = new NewspaperComposer(TypesetFixtures.FONTS).compose(content, 1).copyfits().get(0);
        assertThat(fit.linesUsed()).isEqualTo(lines);
        assertThat(fit.charactersSet() + 2 * lines).isEqualTo(capacity);
        assertThat(fit.summaryZh()).isEqualTo("正好");
    }
}
