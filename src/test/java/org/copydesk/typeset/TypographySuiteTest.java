package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typographic checks of issue 11 over every page of the sample edition and over generated
 * pages: no line spreads Han characters by more than 0.25 em (a paragraph's last line is never
 * stretched), no 2-em dash split or gapped, no adjacent marks squeezed in a line that was not
 * tightened, and, on the sample, no story ending more than one line short of its frame.
 */
class TypographySuiteTest {
    private static final NewspaperComposer COMPOSER = new NewspaperComposer(TypesetFixtures.FONTS);
    private static final List<TypographyAudit.Kind> LINE_FAULTS = List.of(TypographyAudit.Kind.LOOSE,
            TypographyAudit.Kind.DASH_SPLIT, TypographyAudit.Kind.DASH_GAPPED, TypographyAudit.Kind.MARKS_SQUEEZED);

    @Test
    void everyPageOfTheSampleIsEvenlySetAndFilled() {
        EditionContent sample = SampleEdition.create();
        List<TypographyAudit.Finding> findings = new ArrayList<>();
        for (Page page : sample.pages()) {
            findings.addAll(TypographyAudit.audit(COMPOSER.compose(sample, page.number())));
        }
        assertThat(sample.pages()).hasSize(8);
        assertThat(findings).as("typesetter's marks on the sample").isEmpty();
    }

    @Test
    void theGeneratedBroadsheetHasNoLooseLineAndNoBrokenDash() {
        EditionContent content = SampleEditions.fullBroadsheet();
        List<TypographyAudit.Finding> findings = new ArrayList<>();
        for (Page page : content.pages()) {
            TypographyAudit.audit(COMPOSER.compose(content, page.number())).stream()
                    .filter(f -> LINE_FAULTS.contains(f.kind())).forEach(findings::add);
        }
        assertThat(findings).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1911, 20261203, 42424242})
    void generatedPagesOfStackedStoriesAreEvenlySet(long seed) {
        EditionContent content = generatedPage(seed);
        List<TypographyAudit.Finding> findings = TypographyAudit.audit(COMPOSER.compose(content, 1)).stream()
                .filter(f -> LINE_FAULTS.contains(f.kind())).toList();
        assertThat(findings).isEmpty();
    }

    @Test
    void theAuditMarksALooseLineAndAGappedDash() {
        // The checks above must be able to fail: a line spreading its characters by half an em and a
        // dash pair set as the fonts' two narrow glyphs with a gap.
        var face = org.copydesk.fonts.FontFace.SERIF;
        var loose = new GlyphRun(face, 10, 20, "中文字", new double[] {0, 15, 30}, new double[] {10, 10, 10});
        var dash = new GlyphRun(face, 10, 40, "中——文", new double[] {0, 10, 19.9, 30}, new double[] {10, 8.9, 8.9, 10});
        var frame = new LayoutFrame(LayoutFrame.FrameKind.STORY, "s", 0, new Box(0, 0, 50, 50), null, List.of(
                new LayoutLine(LineRole.BODY, 0, 20, 40, List.of(loose), true, 0),
                new LayoutLine(LineRole.BODY, 0, 40, 40, List.of(dash), false, 0)));
        var page = new PageLayout("p", 1, PageSpec.broadsheet(), List.of(frame), List.of(), List.of(), List.of(),
                List.of());
        assertThat(TypographyAudit.audit(page)).extracting(TypographyAudit.Finding::kind)
                .contains(TypographyAudit.Kind.LOOSE, TypographyAudit.Kind.DASH_GAPPED);
    }

    /** Four stories stacked two by two in 4-column frames, seeded copy with marks, Latin, dashes. */
    static EditionContent generatedPage(long seed) {
        ChineseTextGenerator text = new ChineseTextGenerator(seed);
        List<Article> articles = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "g" + i;
            articles.add(SampleEditions.article(id, "", "生成版面第" + (i + 1) + "条新闻", i == 0 ? "——副题破折号测试" : "",
                    "本报记者 王晓明", text, 1600 + 150 * i, i % 2 == 0));
            placements.add(new StoryPlacement(id, new GridRect(4 * (i % 2), 50 * (i / 2), 4, 50), 0, 4, 0));
        }
        Edition edition = new Edition(SampleEditions.EDITION, "江澜日报", LocalDate.of(2026, 12, 3), 1);
        return new EditionContent(edition, List.of(new Page("page-1", SampleEditions.EDITION, 1, "要闻",
                PageSpec.broadsheet(), placements)), articles, List.of());
    }
}
