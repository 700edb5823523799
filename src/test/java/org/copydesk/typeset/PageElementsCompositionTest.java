package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.junit.jupiter.api.Test;

/** Banners, boxed stories, vertical headlines (竖题) and vertically set pieces (竖排) as the composer sets them. */
class PageElementsCompositionTest {
    private static final Instant WHEN = Instant.parse("2026-11-27T08:00:00Z");
    private static final PageSpec SPEC = PageSpec.broadsheet();
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);

    private static final String POEM = "雾还没有散，渡船先醒了。";
    private static final Article POEM_STORY = new Article("poem", SampleEditions.EDITION, "诗页", "冬晨过江", "", "",
            List.of(new Block.Paragraph(POEM), new Block.Paragraph("他说：“过江（咯）。”")),
            ArticleStatus.EDITING, 40, 1, WHEN, WHEN);

    @Test
    void aBannerSpacesItsSloganEvenlyAcrossItsFrameWithWiderGapsBetweenPhrases() {
        var banner = new BannerPlacement("slogan", new GridRect(0, 0, 8, 4), "学党史 悟思想 办实事 开新局", true, true);
        PageLayout layout = compose(List.of(banner), List.of());
        LayoutFrame frame = frame(layout, LayoutFrame.FrameKind.BANNER);
        assertThat(frame.lines()).singleElement().satisfies(line -> {
            assertThat(line.role()).isEqualTo(LineRole.BANNER);
            assertThat(line.text()).isEqualTo("学党史悟思想办实事开新局");
            GlyphRun run = line.runs().get(0);
            assertThat(run.left()).isGreaterThan(frame.bounds().x());
            assertThat(run.right()).isLessThanOrEqualTo(frame.bounds().right() + 0.01);
            // Even spacing: every gap inside a phrase is the same, every gap between phrases three times it.
            double inner = run.x(1) - (run.x(0) + run.advance(0));
            for (int i = 1; i < run.length(); i++) {
                double gap = run.x(i) - (run.x(i - 1) + run.advance(i - 1));
                assertThat(gap).isCloseTo(i % 3 == 0 ? 3 * inner : inner, org.assertj.core.data.Offset.offset(0.01));
            }
            assertThat(run.left() - frame.bounds().x()).isCloseTo(frame.bounds().right() - run.right(),
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(line.baseline()).isBetween(frame.bounds().y(), frame.bounds().bottom());
            assertThat(run.sizePt()).isIn(42.0, 36.0, 26.0, 24.0, 22.0);
        });
        assertThat(layout.fills()).containsExactly(new Fill(frame.bounds(), FrameDecoration.TINT));
        assertThat(layout.rules()).anySatisfy(r -> assertThat(r.y1()).isEqualTo(frame.bounds().y()))
                .anySatisfy(r -> assertThat(r.y1()).isEqualTo(frame.bounds().bottom()));
    }

    @Test
    void aBoxedStoryKeepsItsTextInsideTheBorderOnTheBaselineGridAndOnWholeCharacters() {
        var boxed = story("s2", new GridRect(5, 0, 3, 45), 2, StoryStyle.PLAIN.withBorder(FrameBorder.DOUBLE).withTint(true));
        PageLayout layout = compose(List.of(boxed), List.of());
        LayoutFrame frame = storyFrame(layout, "s2");
        Box box = frame.bounds();
        double body = SPEC.bodySizePt();
        List<LayoutLine> lines = frame.lines();
        assertThat(lines).isNotEmpty();
        for (LayoutLine line : lines) {
            assertThat(line.x()).isGreaterThanOrEqualTo(box.x() + body - 0.01);
            assertThat(line.x() + line.measure()).isLessThanOrEqualTo(box.right() - body + 0.01);
            assertThat(line.baseline()).isGreaterThan(SPEC.rowTopPt(1)).isLessThan(SPEC.rowTopPt(44));
            if (line.role() == LineRole.BODY) {
                double row = (line.baseline() - 0.88 * body - SPEC.rowTopPt(0)) / SPEC.linePitchPt();
                assertThat(row).as("body line on the grid").isCloseTo(Math.rint(row), org.assertj.core.data.Offset.offset(1e-6));
                double chars = line.measure() / body;
                assertThat(chars).as("whole characters").isCloseTo(Math.rint(chars), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        // Double rule: an outer and an inner rectangle; the tint lies inside the inner one.
        assertThat(layout.rules()).filteredOn(r -> r.widthPt() == 1.0).hasSize(4);
        assertThat(layout.fills()).singleElement().satisfies(f -> assertThat(box.contains(f.box(), 0)).isTrue());
    }

    @Test
    void aFloralBorderIsAZigzagBetweenTwoHairlinesAndTakesNoTextRoom() {
        var plain = story("s2", new GridRect(5, 0, 3, 45), 2, StoryStyle.PLAIN.withBorder(FrameBorder.PLAIN));
        var floral = story("s2", new GridRect(5, 0, 3, 45), 2, StoryStyle.PLAIN.withBorder(FrameBorder.FLORAL));
        PageLayout a = compose(List.of(plain), List.of());
        PageLayout b = compose(List.of(floral), List.of());
        assertThat(storyFrame(b, "s2").lines()).isEqualTo(storyFrame(a, "s2").lines());
        long diagonals = b.rules().stream().filter(r -> r.x1() != r.x2() && r.y1() != r.y2()).count();
        assertThat(diagonals).isGreaterThan(100);
    }

    @Test
    void aVerticalHeadlineStandsTopToBottomBesideTheTextOnTheChosenSide() {
        for (StoryStyle.VerticalHeadline side : List.of(StoryStyle.VerticalHeadline.RIGHT, StoryStyle.VerticalHeadline.LEFT)) {
            var placement = story("s2", new GridRect(5, 0, 3, 45), 2, StoryStyle.PLAIN.withVerticalHeadline(side));
            LayoutFrame frame = storyFrame(compose(List.of(placement), List.of()), "s2");
            List<LayoutLine> heads = frame.lines().stream().filter(l -> l.role() == LineRole.VERTICAL_HEADLINE).toList();
            assertThat(heads).extracting(LayoutLine::text).contains("城市更新让老街区焕发新活力");
            assertThat(frame.lines()).noneMatch(l -> l.role() == LineRole.HEADLINE);
            LayoutLine main = heads.stream().filter(l -> l.text().equals("城市更新让老街区焕发新活力")).findFirst().orElseThrow();
            List<GlyphRun> cells = main.runs();
            for (int i = 1; i < cells.size(); i++) {
                assertThat(cells.get(i).baseline()).as("top to bottom").isGreaterThan(cells.get(i - 1).baseline());
                assertThat(cells.get(i).left()).isEqualTo(cells.get(0).left());
            }
            List<LayoutLine> body = frame.lines().stream().filter(l -> l.role() == LineRole.BODY).toList();
            assertThat(body).isNotEmpty();
            double headLeft = heads.stream().mapToDouble(LayoutLine::x).min().orElseThrow();
            double headRight = heads.stream().mapToDouble(l -> l.x() + l.measure()).max().orElseThrow();
            if (side == StoryStyle.VerticalHeadline.RIGHT) {
                assertThat(body).allSatisfy(l -> assertThat(l.x() + l.measure()).isLessThan(headLeft));
                assertThat(headRight).isLessThanOrEqualTo(frame.bounds().right() + 0.01);
            } else {
                assertThat(body).allSatisfy(l -> assertThat(l.x()).isGreaterThan(headRight));
                assertThat(headLeft).isGreaterThanOrEqualTo(frame.bounds().x() - 0.01);
            }
            // The body starts at the frame's top row: no horizontal headline stack above it.
            LayoutLine top = frame.lines().stream().filter(l -> l.role() != LineRole.VERTICAL_HEADLINE).findFirst().orElseThrow();
            assertThat(top.baseline()).isLessThan(frame.bounds().y() + SPEC.linePitchPt());
        }
    }

    @Test
    void verticalTextRunsTopToBottomInColumnsFromRightToLeftWithVerticalPunctuation() {
        var placement = new StoryPlacement("poem", new GridRect(0, 0, 3, 20), 0, 3, 0, StoryStyle.PLAIN.withVerticalText(true));
        PageLayout layout = compose(List.of(placement), List.of(POEM_STORY));
        LayoutFrame frame = storyFrame(layout, "poem");
        List<LayoutLine> columns = frame.lines().stream().filter(l -> l.role() == LineRole.VERTICAL_TEXT).toList();
        assertThat(columns).extracting(LayoutLine::text).containsExactly(POEM, "他说：“过江（咯）。”");
        assertThat(columns.get(1).x()).as("the second column stands left of the first").isLessThan(columns.get(0).x());
        double headlineX = frame.lines().stream().filter(l -> l.role() == LineRole.VERTICAL_HEADLINE)
                .mapToDouble(LayoutLine::x).min().orElseThrow();
        assertThat(columns.get(0).x()).as("the headline opens the piece at the right").isLessThan(headlineX);
        LayoutLine first = columns.get(0);
        String drawn = first.runs().stream().map(GlyphRun::text).reduce("", String::concat);
        assertThat(drawn).isEqualTo("雾还没有散\uFE10渡船先醒了\uFE12");
        double body = SPEC.bodySizePt();
        // Paragraph indent at the top (two characters), then one character under the next.
        assertThat(first.runs().get(0).baseline() - frame.bounds().y()).isCloseTo(2 * body + 0.88 * body,
                org.assertj.core.data.Offset.offset(0.01));
        for (int i = 1; i < first.runs().size(); i++) {
            assertThat(first.runs().get(i).baseline()).isGreaterThan(first.runs().get(i - 1).baseline());
            assertThat(first.runs().get(i).left()).isEqualTo(first.x());
        }
        String second = columns.get(1).runs().stream().map(GlyphRun::text).reduce("", String::concat);
        assertThat(second).isEqualTo("他说\uFE13\uFE41过江\uFE35咯\uFE36\uFE12\uFE42");
        assertThat(layout.copyfits()).singleElement().satisfies(fit -> assertThat(fit.overset()).isFalse());
    }

    @Test
    void aSmallMarkWithoutAVerticalFormMovesToTheUpperRightOfItsCell() {
        assertThat(VerticalForms.verticalOf('，')).isEqualTo(0xFE10);
        assertThat(VerticalForms.horizontal("﹁过江﹂︒")).isEqualTo("“过江”。");
        assertThat(VerticalSetter.cornerMark('。')).isTrue();
        assertThat(VerticalSetter.cornerMark('（')).isFalse();
        // The fullwidth full stop (U+FF0E) has no vertical form: it is the one the fallback places.
        assertThat(VerticalForms.verticalOf('．')).isEqualTo(-1);
        var article = new Article("dot", SampleEditions.EDITION, "", "", "", "", List.of(new Block.Paragraph("甲．乙")),
                ArticleStatus.EDITING, 10, 1, WHEN, WHEN);
        var placement = new StoryPlacement("dot", new GridRect(0, 0, 2, 10), 0, 2, 0, StoryStyle.PLAIN.withVerticalText(true));
        LayoutLine column = storyFrame(compose(List.of(placement), List.of(article)), "dot").lines().get(0);
        GlyphRun han = column.runs().get(0);
        GlyphRun dot = column.runs().get(1);
        double body = SPEC.bodySizePt();
        assertThat(dot.text()).isEqualTo("．");
        assertThat(dot.left() - han.left()).isCloseTo(0.5 * body, org.assertj.core.data.Offset.offset(0.01));
        assertThat(dot.baseline() - han.baseline()).isCloseTo(han.advance(0) - 0.5 * body, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aVerticalPieceTooLongForItsFrameIsOverset() {
        var placement = new StoryPlacement("s1", new GridRect(0, 0, 2, 10), 0, 2, 0, StoryStyle.PLAIN.withVerticalText(true));
        PageLayout layout = compose(List.of(placement), List.of());
        assertThat(layout.copyfits()).filteredOn(f -> f.articleId().equals("s1")).singleElement()
                .satisfies(fit -> assertThat(fit.oversetChars()).isGreaterThan(1000));
        assertThat(layout.problems()).anyMatch(p -> p.kind() == LayoutProblem.Kind.OVERSET && p.contentId().equals("s1"));
    }

    private static StoryPlacement story(String id, GridRect rect, int textColumns, StoryStyle style) {
        return new StoryPlacement(id, rect, 0, textColumns, 0, style);
    }

    private PageLayout compose(List<Placement> placements, List<Article> extra) {
        EditionContent sample = SampleEditions.fullBroadsheet();
        List<Article> articles = new ArrayList<>(sample.articles());
        articles.addAll(extra);
        Page page = new Page("page-x", SampleEditions.EDITION, 1, "要闻", SPEC, placements);
        return composer.compose(new EditionContent(sample.edition(), List.of(page), articles, sample.photos()), 1);
    }

    private static LayoutFrame frame(PageLayout layout, LayoutFrame.FrameKind kind) {
        return layout.frames().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private static LayoutFrame storyFrame(PageLayout layout, String id) {
        return layout.frames().stream().filter(f -> f.contentId().equals(id)).findFirst().orElseThrow();
    }
}
