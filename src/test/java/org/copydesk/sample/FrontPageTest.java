package org.copydesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.JumpHeadline;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's front page as a Chinese daily's: a masthead block that dominates, one lead
 * headline larger than any other, photos that never leave a stub of fewer than four lines above
 * them (on every page), and a continuation headed by its 转版标题.
 */
class FrontPageTest {
    private static EditionContent sample;
    private static List<PageLayout> layouts;

    @BeforeAll
    static void compose() {
        sample = SampleEdition.create();
        layouts = new NewspaperComposer(FontCatalogue.bundled(), HouseStyle.newspaper(), SampleEdition.paperSettings())
                .composeEdition(sample);
    }

    @Test
    void theMastheadBlockCarriesNameEarsRegistrationDateLunarDateIssueAndPages() {
        PageLayout front = layouts.get(0);
        List<String> texts = front.extras().stream().map(LayoutLine::text).toList();
        assertThat(texts).contains("江澜周报", "今日天气", "国内统一连续出版物号 CN 00-0000　邮发代号 00-000",
                "2026年11月27日　星期五　农历丙午年十月十九", "总第1287期", "今日8版　第1版　要闻");
        double name = size(front.extras().stream().filter(l -> l.text().equals("江澜周报")).findFirst().orElseThrow());
        double largestHeadline = front.frames().stream().flatMap(f -> f.lines().stream())
                .filter(l -> l.role() == LineRole.HEADLINE).mapToDouble(FrontPageTest::size).max().orElseThrow();
        assertThat(name).as("the paper's name against the largest headline").isGreaterThan(largestHeadline * 1.8);
        assertThat(front.problems()).isEmpty();
    }

    @Test
    void theLeadHeadlineOfPageOneIsTheLargestAndOnTheHaoScale() {
        PageLayout front = layouts.get(0);
        String leadId = SampleArticles.articleId("p1-01-bridge");
        double lead = headlineSize(front, leadId);
        assertThat(lead).isEqualTo(42.0);
        for (LayoutFrame frame : front.frames()) {
            if (frame.kind() == LayoutFrame.FrameKind.STORY && !frame.contentId().equals(leadId)) {
                assertThat(headlineSize(front, frame.contentId())).as(frame.contentId()).isLessThanOrEqualTo(26.0);
            }
            for (LayoutLine line : frame.lines()) {
                if (line.role() == LineRole.KICKER || line.role() == LineRole.SUBTITLE) {
                    assertThat(List.of(42.0, 36.0, 26.0, 24.0, 22.0, 18.0, 16.0, 15.0, 14.0, 12.0, 10.5))
                            .as("%s '%s'", line.role(), line.text()).contains(size(line));
                }
            }
        }
    }

    @Test
    void noColumnOnAnyPageHasAStubOfFewerThanFourLinesAboveAPhoto() {
        for (PageLayout layout : layouts) {
            List<LayoutFrame> photos = layout.frames().stream().filter(f -> f.kind() == LayoutFrame.FrameKind.PHOTO).toList();
            for (LayoutFrame story : layout.frames()) {
                if (story.kind() != LayoutFrame.FrameKind.STORY) {
                    continue;
                }
                List<LayoutLine> body = story.lines().stream().filter(l -> l.role() != LineRole.HEADLINE
                        && l.role() != LineRole.KICKER && l.role() != LineRole.SUBTITLE).toList();
                TreeSet<Double> columns = new TreeSet<>(body.stream().map(LayoutLine::x).toList());
                for (double x : columns) {
                    List<LayoutLine> column = body.stream().filter(l -> l.x() == x).toList();
                    for (LayoutFrame photo : photos) {
                        var p = photo.bounds();
                        boolean over = p.x() < x + column.get(0).measure() && x < p.x() + p.width()
                                && p.y() > story.bounds().y() && p.y() < story.bounds().y() + story.bounds().height();
                        if (!over) {
                            continue;
                        }
                        double ceiling = photos.stream().map(LayoutFrame::bounds)
                                .filter(q -> q.x() < x + 1 && x < q.x() + q.width() && q.y() + q.height() <= p.y())
                                .mapToDouble(q -> q.y() + q.height()).max().orElse(story.bounds().y());
                        long stub = column.stream().filter(l -> l.baseline() > ceiling && l.baseline() < p.y()).count();
                        assertThat(stub == 0 || stub >= 4)
                                .as("page %d: %d lines above photo %s in column at x %.1f", layout.pageNumber(), stub,
                                        photo.contentId(), x).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theContinuationOnPageThreeHasItsJumpHeadlineOverTheJumpLineThatOpensTheText() {
        String leadId = SampleArticles.articleId("p1-01-bridge");
        Article lead = sample.article(leadId).orElseThrow();
        LayoutFrame continued = layouts.get(2).frames().stream()
                .filter(f -> f.contentId().equals(leadId) && f.part() == 1).findFirst().orElseThrow();
        // The jump headline over the text, the text opening with its jump line (文首注明“上接第×版”).
        assertThat(continued.lines().get(0).role()).isEqualTo(LineRole.HEADLINE);
        assertThat(continued.lines().get(0).text()).isEqualTo(JumpHeadline.of(lead)).isEqualTo("澜江二桥今晨通车");
        assertThat(continued.lines().get(1).text()).isEqualTo("（上接第1版）");
        assertThat(continued.lines().get(1).baseline()).isGreaterThan(continued.lines().get(0).baseline());
        assertThat(continued.lines().stream().filter(l -> l.role() == LineRole.BODY).findFirst().orElseThrow().baseline())
                .isGreaterThan(continued.lines().get(1).baseline());
    }

    private static double headlineSize(PageLayout layout, String id) {
        return layout.frames().stream().filter(f -> f.contentId().equals(id) && f.part() == 0)
                .flatMap(f -> f.lines().stream()).filter(l -> l.role() == LineRole.HEADLINE)
                .mapToDouble(FrontPageTest::size).max().orElseThrow();
    }

    private static double size(LayoutLine line) {
        return line.runs().get(0).sizePt();
    }
}
