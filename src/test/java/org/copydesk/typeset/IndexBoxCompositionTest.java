package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.render.pdf.PdfExporter;
import org.junit.jupiter.api.Test;

/**
 * The 导读 box as the composer sets it: a title in a tinted band, one line per story on the grid, each
 * ending with the page its story starts on now, read from the make-up at every composition.
 */
class IndexBoxCompositionTest {
    private static final Instant WHEN = Instant.parse("2026-11-27T08:00:00Z");
    private static final PageSpec SPEC = PageSpec.broadsheet();
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);

    private static Article story(String id, String headline) {
        return new Article(id, SampleEditions.EDITION, "", headline, "", "", List.of(new Block.Paragraph("正文。")),
                ArticleStatus.EDITING, 100, 1, WHEN, WHEN);
    }

    private static final List<Article> STORIES = List.of(story("port", "江澜新港二期年底通车"),
            story("tea", "春茶开采"), story("loose", "尚未上版的稿件"),
            story("long", "全市中小学课后服务实现全覆盖，四万余名学生参加体育艺术科技类社团活动"));

    /** Page 1 with the box; stories placed where {@code pages} says (page number per story id). */
    private static EditionContent edition(IndexBoxPlacement box, java.util.Map<String, Integer> pages) {
        List<Page> out = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            List<Placement> placements = new ArrayList<>();
            if (n == 1) {
                placements.add(box);
            }
            int row = 0;
            for (var e : pages.entrySet()) {
                if (e.getValue() == n) {
                    placements.add(StoryPlacement.of(e.getKey(), new GridRect(0, row, 3, 10), 0));
                    row += 10;
                }
            }
            out.add(new Page("p" + n, SampleEditions.EDITION, n, "版" + n, SPEC, placements));
        }
        Edition edition = new Edition(SampleEditions.EDITION, "江澜日报", LocalDate.of(2026, 12, 3), 1);
        return new EditionContent(edition, out, STORIES, List.of());
    }

    private static IndexBoxPlacement box(IndexEntry... entries) {
        return new IndexBoxPlacement("导读", new GridRect(5, 80, 3, 10), "", List.of(entries));
    }

    private static LayoutFrame indexFrame(PageLayout layout) {
        return layout.frames().stream().filter(f -> f.kind() == LayoutFrame.FrameKind.INDEX).findFirst().orElseThrow();
    }

    @Test
    void eachLineEndsWithThePageItsStoryStartsOnFlushRight() {
        var box = box(IndexEntry.of("port"), new IndexEntry("tea", "明前茶今起开采"));
        PageLayout layout = composer.compose(edition(box, java.util.Map.of("port", 3, "tea", 4)), 1);
        LayoutFrame frame = indexFrame(layout);

        assertThat(frame.lines()).extracting(LayoutLine::role)
                .containsExactly(LineRole.INDEX_TITLE, LineRole.INDEX_ENTRY, LineRole.INDEX_ENTRY);
        assertThat(frame.lines()).extracting(LayoutLine::text)
                .containsExactly("导读", "▶江澜新港二期年底通车（第3版）", "▶明前茶今起开采（第4版）");
        double textRight = frame.bounds().right() - SPEC.bodySizePt();
        for (LayoutLine line : frame.lines().subList(1, 3)) {
            // The reference ends at the text edge; entries sit on the page's baseline grid in the body size.
            assertThat(line.inkRight()).isCloseTo(textRight, org.assertj.core.data.Offset.offset(0.6));
            assertThat(line.runs()).allSatisfy(r -> assertThat(r.sizePt()).isEqualTo(SPEC.bodySizePt()));
            double row = (line.baseline() - 0.88 * SPEC.bodySizePt() - SPEC.rowTopPt(0)) / SPEC.linePitchPt();
            assertThat(row).isCloseTo(Math.rint(row), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(line.baseline()).isBetween(frame.bounds().y(), frame.bounds().bottom());
        }
        LayoutLine title = frame.lines().get(0);
        assertThat(title.runs().get(0).face()).isEqualTo(org.copydesk.fonts.FontFace.SANS_BOLD);
        assertThat(title.runs().get(0).sizePt()).isGreaterThan(SPEC.bodySizePt());
        // The band's tint and a border round the box, as a boxed story has.
        assertThat(layout.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.box().y()).isEqualTo(frame.bounds().y());
            assertThat(fill.box().bottom()).isLessThan(frame.lines().get(1).baseline() - SPEC.bodySizePt());
        });
        assertThat(layout.rules()).anySatisfy(r -> assertThat(r.y1()).isEqualTo(frame.bounds().y()))
                .anySatisfy(r -> assertThat(r.y1()).isEqualTo(frame.bounds().bottom()));
        assertThat(layout.problems()).isEmpty();
        assertThat(TypographyAudit.audit(layout)).isEmpty();
    }

    @Test
    void movingAStoryToAnotherPageMovesItsReference() {
        var box = box(IndexEntry.of("port"));
        String before = indexFrame(composer.compose(edition(box, java.util.Map.of("port", 3)), 1)).lines().get(1).text();
        String after = indexFrame(composer.compose(edition(box, java.util.Map.of("port", 2)), 1)).lines().get(1).text();

        assertThat(before).isEqualTo("▶江澜新港二期年底通车（第3版）");
        assertThat(after).isEqualTo("▶江澜新港二期年底通车（第2版）");
    }

    @Test
    void aStoryNotPlacedOrOnThisPagePrintsWithoutAPageAndAMissingOneByItsId() {
        var box = box(IndexEntry.of("loose"), IndexEntry.of("port"), IndexEntry.of("gone"));
        PageLayout layout = composer.compose(edition(box, java.util.Map.of("port", 1)), 1);

        assertThat(indexFrame(layout).lines()).extracting(LayoutLine::text)
                .containsExactly("导读", "▶尚未上版的稿件", "▶江澜新港二期年底通车", "▶gone");
    }

    @Test
    void aLineTooLongIsCutAtTheLineEndKeepingItsPageAndIsReported() {
        var box = new IndexBoxPlacement("导读", new GridRect(6, 80, 2, 8), "本期导读", List.of(IndexEntry.of("long")));
        PageLayout layout = composer.compose(edition(box, java.util.Map.of("long", 2)), 1);
        LayoutLine line = indexFrame(layout).lines().get(1);

        assertThat(line.text()).startsWith("▶全市中小学课后服务").endsWith("（第2版）").doesNotContain("…");
        assertThat(line.text().length()).isLessThan(("▶" + STORIES.get(3).headline() + "（第2版）").length());
        assertThat(line.inkRight()).isLessThanOrEqualTo(indexFrame(layout).bounds().right());
        assertThat(layout.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LayoutProblem.Kind.INDEX_ENTRY_CUT);
            assertThat(p.contentId()).isEqualTo("long");
        });
    }

    @Test
    void moreLinesThanTheBoxHoldsAreReportedOverset() {
        var box = new IndexBoxPlacement("导读", new GridRect(6, 80, 2, 5), "", List.of(IndexEntry.of("port"),
                IndexEntry.of("tea"), IndexEntry.of("loose")));
        PageLayout layout = composer.compose(edition(box, java.util.Map.of("port", 2, "tea", 3)), 1);

        assertThat(indexFrame(layout).lines()).hasSize(1 + 2);
        assertThat(layout.problems()).extracting(LayoutProblem::kind).containsExactly(LayoutProblem.Kind.OVERSET);
    }

    @Test
    void aBoxTooShallowForAnyLineKeepsItsTitleAndReportsEveryLineOverset() {
        var box = new IndexBoxPlacement("导读", new GridRect(6, 80, 2, 2), "", List.of(IndexEntry.of("port")));
        PageLayout layout = composer.compose(edition(box, java.util.Map.of("port", 2)), 1);

        assertThat(indexFrame(layout).lines()).extracting(LayoutLine::role).containsExactly(LineRole.INDEX_TITLE);
        assertThat(layout.problems()).singleElement().satisfies(p -> assertThat(p.detail()).contains("room for 0"));
    }

    @Test
    void thePdfPrintsTheSameLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var box = box(IndexEntry.of("port"), IndexEntry.of("tea"));
        EditionContent content = edition(box, java.util.Map.of("port", 3, "tea", 4));
        java.nio.file.Path pdf = dir.resolve("index.pdf");
        new PdfExporter(composer).exportEdition(content, pdf, org.copydesk.render.pdf.PdfOptions.print(),
                org.copydesk.render.pdf.ExportProgress.NONE);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            String text = stripper.getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("导读").contains("江澜新港二期年底通车（第3版）").contains("春茶开采（第4版）");
        }
    }
}
