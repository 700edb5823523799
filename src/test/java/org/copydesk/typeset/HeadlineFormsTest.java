package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 主题 that can be set two ways (one line a 号 smaller, or two balanced lines) is set both ways
 * only when the second could fit better: the story set with a form left unset is the story set with
 * both, from a body that fits with room to spare to one far overset, and the shortcut is taken
 * where the forms' body slots share their measures.
 */
class HeadlineFormsTest {
    private static final Instant WHEN = Instant.parse("2026-11-27T08:00:00Z");
    private static final String EDITION = "ed-forms";
    private static final String SENTENCE = "本报讯　记者从市住房和城乡建设局获悉，全市今年已为386栋老旧住宅楼加装电梯。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            one frame,                     true
            a photo in the frame,          true
            continued alike,               true
            continued in a narrower frame, false
            """)
    void aFormLeftUnsetChangesNothing(String frames, boolean skips) {
        var everyForm = new StoryFlowComposer(TypesetFixtures.FONTS, TypesetFixtures.BREAKS, HouseStyle.newspaper(),
                new PreparedPassages(), false);
        var shortcut = new StoryFlowComposer(TypesetFixtures.FONTS, TypesetFixtures.BREAKS, HouseStyle.newspaper(),
                new PreparedPassages(), true);
        Set<Double> chosen = new HashSet<>();
        for (int sentences = 1; sentences <= 24; sentences++) {
            EditionContent content = content(frames, SENTENCE.repeat(sentences) + "新".repeat(sentences % 5));
            Article article = content.article("f1").orElseThrow();
            List<StoryPart> parts = NewspaperComposer.parts(content, "f1");
            StoryFlow expected = everyForm.compose(article, parts);
            assertThat(shortcut.compose(article, parts)).as("%d sentences", sentences).isEqualTo(expected);
            chosen.add(expected.parts().get(0).frame().lines().stream()
                    .filter(l -> l.role() == LineRole.HEADLINE).findFirst().orElseThrow().runs().get(0).sizePt());
        }
        assertThat(chosen).as("both forms win somewhere in the range").containsExactlyInAnyOrder(24.0, 26.0);
        assertThat(everyForm.formsSkipped()).isZero();
        // Continued in another measure, the forms' lines differ from the jump on: both are set.
        assertThat(shortcut.formsSkipped() > 0).as("forms left unset").isEqualTo(skips);
    }

    private static EditionContent content(String frames, String body) {
        Article article = new Article("f1", EDITION, "老旧小区改造提速", "今年全市已为386栋老楼加装电梯", "", "本报记者 王晓明",
                List.of(new Block.Paragraph(body)), ArticleStatus.EDITING, 100, 1, WHEN, WHEN);
        List<Placement> first = new ArrayList<>(List.of(new StoryPlacement("f1", new GridRect(0, 0, 3, 12), 0, 3, 0)));
        List<Placement> second = new ArrayList<>();
        switch (frames) {
            case "a photo in the frame" -> first.add(new PhotoPlacement("p1", new GridRect(1, 6, 1, 4), "f1",
                    Optional.empty()));
            case "continued in a narrower frame" -> second.add(new StoryPlacement("f1", new GridRect(0, 0, 2, 8), 1, 1, 0));
            case "continued alike" -> second.add(new StoryPlacement("f1", new GridRect(0, 0, 2, 8), 1, 2, 0));
            default -> { }
        }
        List<Page> pages = new ArrayList<>(List.of(new Page("page-1", EDITION, 1, "要闻", PageSpec.broadsheet(), first)));
        if (!second.isEmpty()) {
            pages.add(new Page("page-2", EDITION, 2, "要闻", PageSpec.broadsheet(), second));
        }
        return new EditionContent(new Edition(EDITION, "江澜日报", LocalDate.of(2026, 11, 27), 1), pages,
                List.of(article), List.of());
    }
}
