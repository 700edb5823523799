package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A parallel headline (two phrases with a space between them, as real front pages set them) breaks
 * at its space, and no headline breaks inside a word, at every span and size a desk might choose.
 */
class HeadlineBreaksTest {
    private static final Instant WHEN = Instant.parse("2026-11-27T08:00:00Z");
    private static final String PARALLEL = "昆山高新区:追忆往昔铸魂聚力 面向未来奋勇前行";
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);

    @ParameterizedTest(name = "{0} columns at {1} pt")
    @CsvSource(textBlock = """
            2, 0
            3, 0
            4, 0
            5, 0
            3, 26
            4, 36
            5, 36
            5, 42
            6, 42
            8, 42
            """)
    void aParallelHeadlineBreaksAtItsSpace(int span, double size) {
        List<String> lines = headline(PARALLEL, span, size);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(PARALLEL.replace(" ", ""));
        if (lines.size() == 2) {
            assertThat(lines.get(0).strip()).isEqualTo("昆山高新区:追忆往昔铸魂聚力");
            assertThat(lines.get(1)).isEqualTo("面向未来奋勇前行");
        }
        for (int i = 1; i < lines.size(); i++) {
            String pair = last(lines.get(i - 1)) + lines.get(i).substring(0, 1);
            assertThat(List.of("铸魂", "聚力", "往昔", "追忆", "面向", "未来", "奋勇", "前行", "高新"))
                    .as("a break inside a word: %s", lines).doesNotContain(pair);
        }
    }

    private static String last(String s) {
        return s.substring(s.length() - 1);
    }

    private List<String> headline(String headline, int span, double size) {
        String edition = "ed-breaks";
        Article article = new Article("h1", edition, "", headline, "", "", List.of(new Block.Paragraph("正文。")),
                ArticleStatus.EDITING, 100, 1, WHEN, WHEN);
        Page page = new Page("page-2", edition, 2, "要闻", PageSpec.broadsheet(),
                List.of(new StoryPlacement("h1", new GridRect(0, 0, span, 40), 0, span, size)));
        EditionContent content = new EditionContent(new Edition(edition, "江澜日报", LocalDate.of(2026, 11, 27), 1),
                List.of(page), List.of(article), List.of());
        return NewspaperComposerTest.storyFrame(composer.compose(content, 2), "h1").lines().stream()
                .filter(l -> l.role() == LineRole.HEADLINE).map(LayoutLine::text).toList();
    }
}
