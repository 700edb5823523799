package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.LineBreakRules;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages made up at random (seeded): stories in random slots and 破栏, photos dropped over them,
 * continuations on a second page, every rule set. Whatever the make-up, every line keeps the
 * rules and stays in its frame and out of the photos, each story's text is set once, in order,
 * no wrapped headline block ends on a short line, and no column rule runs through a line or a photo.
 */
class PageCompositionPropertiesTest {
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void anyMakeUpKeepsTheInvariants(long seed) {
        Random random = new Random(seed);
        ChineseTextGenerator text = new ChineseTextGenerator(seed);
        PageSpec spec = (seed % 2 == 0 ? PageSpec.broadsheet() : PageSpec.tabloid())
                .withRules(LineBreakRules.values()[(int) (seed % 3)]);
        List<Article> articles = new ArrayList<>();
        List<Placement> page1 = new ArrayList<>();
        List<Placement> page2 = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        int column = 0;
        for (int i = 0; column < spec.columns(); i++) {
            int span = Math.min(spec.columns() - column, 1 + random.nextInt(4));
            int rows = 10 + random.nextInt(spec.rows() - 10);
            String id = "a" + i;
            articles.add(SampleEditions.article(id, random.nextBoolean() ? "引题" : "", "标题" + text.subhead(),
                    random.nextBoolean() ? "——副题" : "", "本报记者 王晓明", text, 200 + random.nextInt(2500), random.nextBoolean()));
            int textColumns = span > 1 && random.nextInt(3) == 0 ? span - 1 : span;
            GridRect frame = new GridRect(column, 0, span, rows);
            page1.add(new StoryPlacement(id, frame, 0, textColumns, 0));
            if (random.nextBoolean()) {
                GridRect photo = new GridRect(column, Math.min(spec.rows() - 1, 5 + random.nextInt(rows)),
                        Math.max(1, span - random.nextInt(2)), 6 + random.nextInt(10));
                if (photo.fitsIn(spec)) {
                    photos.add(new Photo("p" + i, "e", "p.jpg", "image/jpeg", new byte[] {1}, "00", 300 + random.nextInt(900),
                            300 + random.nextInt(900), new Caption("说明" + text.subhead(), "周明", "", CaptionKind.NEWS)));
                    page1.add(new PhotoPlacement("p" + i, photo, id));
                }
            }
            if (random.nextInt(3) == 0) {
                page2.add(new StoryPlacement(id, new GridRect(column, 0, span, 5 + random.nextInt(30)), 1, span, 0));
            }
            column += span;
        }
        Edition edition = new Edition("e", "江澜日报", LocalDate.of(2026, 11, 27), 1);
        EditionContent content = new EditionContent(edition, List.of(new Page("p1", "e", 1, "要闻", spec, page1),
                new Page("p2", "e", 2, "要闻", spec, page2)), articles, photos);

        List<LayoutFrame> frames = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            PageLayout layout = composer.compose(content, page);
            List<LayoutFrame> photoFrames = layout.frames().stream()
                    .filter(f -> f.kind() == LayoutFrame.FrameKind.PHOTO).toList();
            for (LayoutFrame frame : layout.frames()) {
                for (LayoutLine line : frame.lines()) {
                    LayoutInvariants.respectsProhibitions(line, spec.rules());
                    LayoutInvariants.staysInColumn(line, TypesetFixtures.FONTS);
                    LayoutInvariants.justifiedFills(line);
                    assertThat(line.x()).isGreaterThanOrEqualTo(frame.bounds().x() - 0.01);
                    assertThat(line.x() + line.measure()).isLessThanOrEqualTo(frame.bounds().right() + 0.01);
                    if (frame.kind() == LayoutFrame.FrameKind.STORY && isBody(line)) {
                        assertThat(line.baseline()).isLessThan(frame.bounds().bottom());
                        for (LayoutFrame photo : photoFrames) {
                            boolean inside = line.x() < photo.bounds().right() - 0.01
                                    && line.x() + line.measure() > photo.bounds().x() + 0.01
                                    && line.baseline() > photo.bounds().y() && line.baseline() < photo.bounds().bottom();
                            assertThat(inside).as("'%s' under photo %s", line.text(), photo.contentId()).isFalse();
                        }
                    }
                }
            }
            for (Rule rule : layout.rules()) {
                if (rule.x1() != rule.x2()) {
                    continue;
                }
                for (LayoutFrame frame : layout.frames()) {
                    if (frame.kind() == LayoutFrame.FrameKind.PHOTO) {
                        assertThat(runsThrough(rule, frame.bounds())).as("rule %s through photo", rule).isFalse();
                    }
                    for (LayoutLine line : frame.lines()) {
                        double size = line.runs().get(0).sizePt();
                        assertThat(runsThrough(rule, new Box(line.x(), line.baseline() - 0.88 * size, line.measure(), size)))
                                .as("rule %s through '%s'", rule, line.text()).isFalse();
                    }
                }
            }
            for (LayoutFrame frame : layout.frames()) {
                for (LineRole role : List.of(LineRole.KICKER, LineRole.HEADLINE, LineRole.SUBTITLE)) {
                    List<LayoutLine> block = frame.lines().stream().filter(l -> l.role() == role).toList();
                    for (LayoutLine line : block) {
                        assertThat(inkWidth(line)).as("%s '%s' under '%s'", role, line.text(), block.get(0).text())
                                .isGreaterThanOrEqualTo(inkWidth(block.get(0)) / 3);
                    }
                }
            }
            frames.addAll(layout.frames());
        }
        for (Article article : articles) {
            String set = frames.stream()
                    .filter(f -> f.kind() == LayoutFrame.FrameKind.STORY && f.contentId().equals(article.id()))
                    .sorted(java.util.Comparator.comparingInt(LayoutFrame::part))
                    .flatMap(f -> f.lines().stream())
                    .filter(l -> l.role() == LineRole.BODY || l.role() == LineRole.SUBHEAD || l.role() == LineRole.END_BYLINE)
                    .map(LayoutLine::text).reduce("", String::concat);
            String copy = article.body().stream().map(Block::text).reduce("", String::concat);
            assertThat(copy).as(article.id()).startsWith(set);
        }
    }

    private static double inkWidth(LayoutLine line) {
        return line.inkRight() - line.runs().get(0).xs()[0];
    }

    /** Whether a vertical rule runs through the inside of {@code box}. */
    private static boolean runsThrough(Rule rule, Box box) {
        return rule.x1() > box.x() + 0.01 && rule.x1() < box.right() - 0.01
                && Math.max(rule.y1(), rule.y2()) > box.y() + 0.01 && Math.min(rule.y1(), rule.y2()) < box.bottom() - 0.01;
    }

    private static boolean isBody(LayoutLine line) {
        return line.role() == LineRole.BODY || line.role() == LineRole.SUBHEAD || line.role() == LineRole.END_BYLINE
                || line.role() == LineRole.REPORTER_LINE || line.role() == LineRole.JUMP_LINE;
    }
}
