package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PaperSettings;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.Test;

class NewspaperComposerTest {
    private final NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);
    private final EditionContent content = SampleEditions.fullBroadsheet();

    @Test
    void everyLineOfTheFullPageKeepsTheRulesAndStaysInItsFrame() {
        for (int page : new int[] {1, 2}) {
            PageLayout layout = composer.compose(content, page);
            for (LayoutFrame frame : layout.frames()) {
                for (LayoutLine line : frame.lines()) {
                    LayoutInvariants.respectsProhibitions(line, layout.spec().rules());
                    LayoutInvariants.staysInColumn(line, TypesetFixtures.FONTS);
                    LayoutInvariants.justifiedFills(line);
                    assertThat(frame.bounds().x()).isLessThanOrEqualTo(line.x() + 0.01);
                    assertThat(line.x() + line.measure()).isLessThanOrEqualTo(frame.bounds().right() + 0.01);
                    assertThat(line.baseline()).isBetween(frame.bounds().y(), frame.bounds().bottom());
                }
            }
        }
    }

    @Test
    void storyTextIsSetOnceAndInOrderAcrossItsFramesWithCorrectSourceOffsets() {
        List<LayoutFrame> frames = new ArrayList<>();
        for (int page : new int[] {1, 2}) {
            frames.addAll(composer.compose(content, page).frames());
        }
        for (Article article : content.articles()) {
            List<String> blocks = article.body().stream().map(Block::text).toList();
            List<LayoutLine> lines = frames.stream()
                    .filter(f -> f.kind() == LayoutFrame.FrameKind.STORY && f.contentId().equals(article.id()))
                    .sorted(java.util.Comparator.comparingInt(LayoutFrame::part))
                    .flatMap(f -> f.lines().stream())
                    .filter(l -> l.role() == LineRole.BODY || l.role() == LineRole.SUBHEAD || l.role() == LineRole.END_BYLINE)
                    .toList();
            int block = 0;
            int offset = 0;
            StringBuilder set = new StringBuilder();
            for (LayoutLine line : lines) {
                if (line.sourceStart() == 0 && set.length() > 0) {
                    block++;
                    offset = 0;
                }
                assertThat(line.sourceStart()).as("%s: '%s'", article.id(), line.text()).isEqualTo(offset);
                assertThat(blocks.get(block).startsWith(line.text(), offset)).as(line.text()).isTrue();
                offset += line.text().length();
                set.append(line.text());
            }
            assertThat(String.join("", blocks)).startsWith(set.toString());
        }
    }

    @Test
    void jumpLinesNameThePagesAndFollowAPageThatMoves() {
        LayoutFrame opening = storyFrame(composer.compose(content, 1), "s6");
        LayoutFrame continuation = storyFrame(composer.compose(content, 2), "s6");
        LayoutLine out = opening.lines().get(opening.lines().size() - 1);
        assertThat(out.role()).isEqualTo(LineRole.JUMP_LINE);
        assertThat(out.text()).isEqualTo("（下转第2版）");
        assertThat(out.inkRight()).isCloseTo(out.x() + out.measure(), within(0.01));
        LayoutLine in = jumpIn(continuation);
        assertThat(in.text()).isEqualTo("（上接第1版）");
        assertThat(in.sourceStart()).isEqualTo(-1);

        EditionContent moved = new EditionContent(content.edition(), List.of(content.page(1).orElseThrow(),
                content.page(2).orElseThrow().withNumber(5)), content.articles(), content.photos());
        LayoutFrame movedOpening = storyFrame(composer.compose(moved, 1), "s6");
        assertThat(movedOpening.lines().get(movedOpening.lines().size() - 1).text()).isEqualTo("（下转第5版）");
        assertThat(jumpIn(storyFrame(composer.compose(moved, 5), "s6")).text()).isEqualTo("（上接第1版）");
    }

    /** The continuation's 上接 line: the first jump line, under its 转版标题. */
    private static LayoutLine jumpIn(LayoutFrame continuation) {
        return continuation.lines().stream().filter(l -> l.role() == LineRole.JUMP_LINE).findFirst().orElseThrow();
    }

    @Test
    void aStoryThatEndsBeforeItsContinuationWritesNoJumpLines() {
        EditionContent shortStory = replaceArticle(content, "s6", a -> a.withBody(List.of(
                new Block.Paragraph("生态治理交出亮眼成绩单。"))));
        assertThat(storyFrame(composer.compose(shortStory, 1), "s6").lines()).noneMatch(l -> l.role() == LineRole.JUMP_LINE);
        assertThat(storyFrame(composer.compose(shortStory, 2), "s6").lines()).isEmpty();
    }

    @Test
    void aContinuationWithoutItsOpeningFrameIsAnUnresolvedJump() {
        Page page2 = content.page(2).orElseThrow();
        EditionContent orphan = new EditionContent(content.edition(), List.of(page2), content.articles(), content.photos());
        assertThat(composer.compose(orphan, 2).problems())
                .anyMatch(p -> p.kind() == LayoutProblem.Kind.UNRESOLVED_JUMP && p.contentId().equals("s6"));
    }

    @Test
    void storiesWithoutALinkedFrameElsewhereHaveNoJumpLines() {
        PageLayout layout = composer.compose(content, 1);
        assertThat(storyFrame(layout, "s1").lines()).noneMatch(l -> l.role() == LineRole.JUMP_LINE);
    }

    @Test
    void bodyTextLeavesThePhotoCellsToThePhoto() {
        PageLayout layout = composer.compose(content, 1);
        LayoutFrame photo = photoFrame(layout, "p1");
        for (LayoutLine line : storyFrame(layout, "s1").lines()) {
            boolean inside = line.x() < photo.bounds().right() && line.x() + line.measure() > photo.bounds().x()
                    && line.baseline() > photo.bounds().y() && line.baseline() < photo.bounds().bottom();
            assertThat(inside).as("'%s' runs into the photo", line.text()).isFalse();
        }
    }

    @Test
    void noColumnStartsWithASingleLineStrandedAboveAPhoto() {
        PageLayout layout = composer.compose(content, 1);
        LayoutFrame photo = photoFrame(layout, "p2");
        List<LayoutLine> above = storyFrame(layout, "s3").lines().stream()
                .filter(l -> l.role() != LineRole.KICKER && l.role() != LineRole.HEADLINE && l.role() != LineRole.SUBTITLE)
                .filter(l -> l.x() < photo.bounds().right() && l.baseline() < photo.bounds().y())
                .toList();
        assertThat(above).isEmpty(); // p2 starts one row under s3's headline stack
        LayoutLine reporter = storyFrame(layout, "s3").lines().stream()
                .filter(l -> l.role() == LineRole.REPORTER_LINE).findFirst().orElseThrow();
        assertThat(reporter.baseline()).isGreaterThan(photo.bounds().bottom());
    }

    @Test
    void photoKeepsItsAspectRatioInsideItsFrameWithTheCreditedCaptionBeneath() {
        LayoutFrame photo = photoFrame(composer.compose(content, 1), "p1");
        Box image = photo.image().orElseThrow().box();
        assertThat(image.height() / image.width()).isCloseTo(1067.0 / 1600, within(1e-9));
        assertThat(photo.bounds().contains(image, 0.01)).isTrue();
        assertThat(photo.lines()).isNotEmpty().allMatch(l -> l.role() == LineRole.CAPTION);
        assertThat(photo.lines().get(0).baseline()).isGreaterThan(image.bottom());
        LayoutLine lastCaption = photo.lines().get(photo.lines().size() - 1);
        double size = lastCaption.runs().get(0).sizePt();
        assertThat(lastCaption.baseline() + 0.12 * size).as("caption clear of the frame's bottom")
                .isLessThan(photo.bounds().bottom() - 0.3 * size);
        String caption = String.join("", photo.lines().stream().map(LayoutLine::text).toList());
        assertThat(caption).endsWith("周明/摄");
        assertThat(photo.lines().get(0).runs().get(0).face()).isEqualTo(FontFace.SANS);
        assertThat(photo.lines().get(0).runs().get(0).sizePt()).isLessThan(content.pages().get(0).spec().bodySizePt());
    }

    @Test
    void threeColumnsSetAsTwoGiveTwoEqualColumnsWithAOneCharacterGutter() {
        LayoutFrame frame = storyFrame(composer.compose(content, 1), "s2");
        List<LayoutLine> body = frame.lines().stream().filter(l -> l.role() == LineRole.BODY).toList();
        assertThat(body.stream().map(LayoutLine::x).distinct()).hasSize(2);
        double width = (frame.bounds().width() - 9) / 2;
        assertThat(body).allSatisfy(l -> assertThat(l.measure()).isCloseTo(width, within(1e-9)));
    }

    @Test
    void headlineStackSpansTheFrameAboveTheBody() {
        LayoutFrame frame = storyFrame(composer.compose(content, 1), "s1");
        List<LineRole> roles = frame.lines().stream().map(LayoutLine::role).limit(4).toList();
        assertThat(roles).containsExactly(LineRole.KICKER, LineRole.HEADLINE, LineRole.SUBTITLE, LineRole.REPORTER_LINE);
        LayoutLine headline = frame.lines().get(1);
        assertThat(headline.measure()).isEqualTo(frame.bounds().width());
        assertThat(headline.runs().get(0).face()).isEqualTo(FontFace.SANS_BOLD);
        assertThat(headline.runs().get(0).sizePt()).isEqualTo(36.0); // 小初 across five columns
        assertThat(frame.lines().get(3).baseline()).isGreaterThan(frame.lines().get(2).baseline());
    }

    @Test
    void leadRunsInItsDatelineInBoldAndTheEndBylineIsRightAligned() {
        LayoutFrame frame = storyFrame(composer.compose(content, 2), "s6");
        LayoutFrame opening = storyFrame(composer.compose(content, 1), "s6");
        LayoutLine lead = opening.lines().stream().filter(l -> l.role() == LineRole.BODY).findFirst().orElseThrow();
        assertThat(lead.runs().get(0).text()).isEqualTo("本报讯");
        assertThat(lead.runs().get(0).face()).isEqualTo(FontFace.SERIF_BOLD);
        assertThat(lead.runs().get(1).face()).isEqualTo(FontFace.SERIF);
        assertThat(lead.runs().get(0).left()).isCloseTo(lead.x() + 2 * 9, within(1e-9)); // 2-em indent

        EditionContent shortStory = replaceArticle(content, "s5", a -> a.withBody(List.of(
                new Block.Lead("本报讯", "江澜大桥主体工程今天完工。"), new Block.Subhead("下一步"),
                new Block.Paragraph("大桥明年通车。"), new Block.EndByline("王晓明 李娜"))));
        LayoutFrame s5 = storyFrame(composer.compose(shortStory, 1), "s5");
        LayoutLine byline = s5.lines().stream().filter(l -> l.role() == LineRole.END_BYLINE).findFirst().orElseThrow();
        assertThat(byline.inkRight()).isCloseTo(byline.x() + byline.measure(), within(0.01));
        LayoutLine subhead = s5.lines().stream().filter(l -> l.role() == LineRole.SUBHEAD).findFirst().orElseThrow();
        assertThat(subhead.runs().get(0).face()).isEqualTo(FontFace.SANS_BOLD);
        assertThat(frame.lines()).isNotEmpty();
    }

    @Test
    void copyfitCountsOversetAndFreeSpace() {
        PageLayout layout = composer.compose(content, 1);
        Copyfit s1 = copyfit(layout, "s1");
        assertThat(s1.overset()).isTrue();
        assertThat(s1.overflowingPart()).isZero();
        assertThat(s1.summaryZh()).isEqualTo("超 " + s1.oversetChars() + " 字");
        assertThat(layout.problems()).anyMatch(p -> p.kind() == LayoutProblem.Kind.OVERSET && p.contentId().equals("s1")
                && p.detail().startsWith("超 " + s1.oversetChars() + " 字"));

        EditionContent shortStory = replaceArticle(content, "s5", a -> a.withBody(List.of(
                new Block.Lead("本报讯", "江澜大桥主体工程今天完工，比计划提前三个月。"))));
        Copyfit s5 = copyfit(composer.compose(shortStory, 1), "s5");
        assertThat(s5.overset()).isFalse();
        assertThat(s5.overflowingPart()).isEqualTo(-1);
        assertThat(s5.charactersSet()).as("本报讯 + 22; the ideographic space after the dateline is not counted").isEqualTo(3 + 22);
        assertThat(s5.linesFree()).isGreaterThan(10);
        assertThat(s5.freeChars()).isEqualTo(s5.linesFree() * 13);
        assertThat(s5.summaryZh()).isEqualTo("差 " + s5.linesFree() + " 行");
        assertThat(s5.freeSpaceCharsZh()).isEqualTo("差 " + s5.freeChars() + " 字");
    }

    @Test
    void latinRunsCountAsOneWordUnitBesideTheLetterCount() {
        EditionContent withLatin = replaceArticle(content, "s5", a -> a.withBody(List.of(
                new Block.Paragraph("使用APP的人增长5.2%。"))));
        Copyfit fit = copyfit(composer.compose(withLatin, 1), "s5");
        assertThat(fit.charactersSet()).isEqualTo(9); // 使用 APP 的人增长 5.2% 。
        assertThat(fit.codePointsSet()).isEqualTo(14);
    }

    @Test
    void aOneCharacterEditSetsOnlyThatStoryAgain() {
        PageLayout before = composer.compose(content, 1);
        long composed = composer.storiesComposed();
        EditionContent edited = replaceArticle(content, "s3", a -> {
            List<Block> body = new ArrayList<>(a.body());
            String text = body.get(1).text();
            body.set(1, new Block.Paragraph("新" + text.substring(1)));
            return a.withBody(body);
        });
        PageLayout after = composer.compose(edited, 1);
        assertThat(composer.storiesComposed() - composed).isEqualTo(1);
        for (String id : List.of("s1", "s2", "s4", "s5", "s6")) {
            assertThat(storyFrame(after, id)).isEqualTo(storyFrame(before, id));
        }
        assertThat(storyFrame(after, "s3")).isNotEqualTo(storyFrame(before, "s3"));
        composer.compose(content, 2); // s6 is cached with its continuation
        assertThat(composer.storiesComposed() - composed).isEqualTo(1);
    }

    @Test
    void aOneCharacterEditPreparesOnlyThatParagraphAgainAndSetsWhatAFreshComposerSets() {
        composer.compose(content, 1);
        EditionContent edited = replaceArticle(content, "s3", a -> {
            List<Block> body = new ArrayList<>(a.body());
            String text = body.get(1).text();
            body.set(1, new Block.Paragraph(text.substring(0, text.length() / 2) + "新" + text.substring(text.length() / 2)));
            return a.withBody(body);
        });
        long prepared = composer.passagesPrepared();
        PageLayout kept = composer.compose(edited, 1);
        assertThat(composer.passagesPrepared() - prepared).as("only the edited paragraph is prepared again").isEqualTo(1);

        var fresh = new NewspaperComposer(org.copydesk.fonts.FontCatalogue.bundled());
        assertThat(kept).isEqualTo(fresh.compose(edited, 1));
    }

    @Test
    void typingKeepsTwoVersionsOfItsStoryAndUndoingOneKeystrokeSetsNothing() {
        composer.compose(content, 1);
        int storiesKept = composer.storiesKept();
        EditionContent typed = content;
        EditionContent beforeLast = content;
        for (int keystroke = 0; keystroke < 40; keystroke++) {
            beforeLast = typed;
            typed = replaceArticle(typed, "s3", a -> {
                List<Block> body = new ArrayList<>(a.body());
                body.set(1, new Block.Paragraph("新" + body.get(1).text()));
                return a.withBody(body);
            });
            composer.compose(typed, 1);
        }

        // The 40 versions of s3 do not stay in memory: only the newest two, as for any story.
        assertThat(composer.storiesKept()).isEqualTo(storiesKept + 1);
        long composed = composer.storiesComposed();
        composer.compose(beforeLast, 1);
        assertThat(composer.storiesComposed()).as("one step of undo").isEqualTo(composed);
    }

    @Test
    void aHeadlineTallerThanItsFrameAndACaptionLongerThanItsPhotoAreReported() {
        Page page = content.page(1).orElseThrow();
        List<Placement> placements = page.placements().stream().map(p -> p instanceof StoryPlacement s
                && s.articleId().equals("s5") ? new StoryPlacement("s5", new GridRect(4, 75, 1, 3), 0, 1, 0) : p).toList();
        EditionContent squeezed = new EditionContent(content.edition(), List.of(page.withPlacements(placements),
                content.page(2).orElseThrow()), content.articles(), content.photos().stream()
                .map(p -> p.id().equals("p2") ? p.withCaption(new org.copydesk.model.Caption("说明".repeat(1000), "周明", "",
                        org.copydesk.model.CaptionKind.NEWS)) : p).toList());
        PageLayout layout = composer.compose(squeezed, 1);
        assertThat(layout.problems()).anyMatch(p -> p.kind() == LayoutProblem.Kind.OVERSET && p.contentId().equals("s5")
                && p.detail().contains("headline"));
        assertThat(layout.problems()).anyMatch(p -> p.kind() == LayoutProblem.Kind.OVERSET && p.contentId().equals("p2")
                && p.detail().contains("caption"));
    }

    @Test
    void anAutosaveThatChangesNothingPrintedSetsNothingAgain() {
        composer.compose(content, 1);
        long composed = composer.storiesComposed();
        EditionContent saved = replaceArticle(content, "s1", a -> a.withSaved(a.version() + 1, a.updated().plusSeconds(2))
                .withStatus(org.copydesk.model.ArticleStatus.SIGNED_OFF));
        composer.compose(saved, 1);
        assertThat(composer.storiesComposed()).isEqualTo(composed);
    }

    @Test
    void composingIsPure() {
        PageLayout a = composer.compose(content, 1);
        PageLayout b = new NewspaperComposer(TypesetFixtures.FONTS).compose(content, 1);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void missingGlyphsAreReportedAndTheCharacterIsKept() {
        String missing = new String(Character.toChars(0xE000)); // private use: no glyph in the fonts
        assertThat(TypesetFixtures.FONTS.metrics(FontFace.SERIF).covers(0xE000)).isFalse();
        EditionContent withMissing = replaceArticle(content, "s5", a -> a.withBody(List.of(
                new Block.Paragraph("大桥" + missing + "完工。"))));
        PageLayout layout = composer.compose(withMissing, 1);
        assertThat(layout.problems()).anyMatch(p -> p.kind() == LayoutProblem.Kind.MISSING_GLYPH
                && p.contentId().equals("s5") && p.detail().contains(missing));
        assertThat(storyFrame(layout, "s5").lines()).anyMatch(l -> l.text().contains(missing));
    }

    @Test
    void aPlacedStoryTheEditionLacksIsReported() {
        Page page = content.page(1).orElseThrow();
        List<Placement> placements = new ArrayList<>(page.placements());
        placements.add(StoryPlacement.of("ghost", new GridRect(0, 0, 1, 1), 0));
        EditionContent withGhost = new EditionContent(content.edition(), List.of(page.withPlacements(placements)),
                content.articles(), content.photos());
        assertThat(composer.compose(withGhost, 1).problems())
                .anyMatch(p -> p.kind() == LayoutProblem.Kind.MISSING_CONTENT && p.contentId().equals("ghost"));
        assertThatThrownBy(() -> composer.compose(content, 9)).hasMessageContaining("no page 9");
    }

    @Test
    void pageOneCarriesTheMastheadBlockInItsTopRows() {
        PageLayout layout = composer.compose(content, 1);
        assertThat(layout.extras()).extracting(LayoutLine::text)
                .containsExactly("江澜日报", "2026年11月27日　星期五　农历丙午年十月十九", "总第1234期", "今日2版　第1版　要闻");
        LayoutLine name = layout.extras().get(0);
        assertThat(name.runs().get(0).sizePt()).as("larger than 初号").isGreaterThan(42 * 1.5);
        double bottom = layout.spec().rowTopPt(MastheadBlock.rows(layout.spec()));
        assertThat(layout.extras()).allMatch(l -> l.baseline() > layout.spec().typeAreaTopPt()
                && l.baseline() < bottom && l.sourceStart() == -1);
    }

    @Test
    void theMastheadPrintsThePapersMastheadTextRegistrationLineAndEars() {
        PaperSettings paper = PaperSettings.defaults().withMastheadText("城南晨报")
                .withRegistrationLine("国内统一连续出版物号 CN 12-3456　邮发代号 7-890")
                .withEars(new PaperSettings.Ear("今日天气", "晴　12～20℃"), PaperSettings.Ear.NONE);
        PageLayout layout = new NewspaperComposer(TypesetFixtures.FONTS, HouseStyle.newspaper(), paper).compose(content, 1);

        assertThat(layout.extras()).extracting(LayoutLine::text).containsExactly("城南晨报",
                "国内统一连续出版物号 CN 12-3456　邮发代号 7-890", "今日天气", "晴　12～20℃",
                "2026年11月27日　星期五　农历丙午年十月十九", "总第1234期", "今日2版　第1版　要闻");
        LayoutLine name = layout.extras().get(0);
        LayoutLine registration = layout.extras().get(1);
        LayoutLine ear = layout.extras().get(2);
        assertThat(registration.baseline()).as("under the name").isGreaterThan(name.baseline());
        assertThat(ear.inkRight()).as("the left ear stands left of the name").isLessThan(name.runs().get(0).xs()[0]);
        // A boxed ear: four rules more than without one.
        PageLayout without = new NewspaperComposer(TypesetFixtures.FONTS, HouseStyle.newspaper(),
                paper.withEars(PaperSettings.Ear.NONE, PaperSettings.Ear.NONE)).compose(content, 1);
        assertThat(layout.rules().size() - without.rules().size()).isEqualTo(4);
        assertThat(composer.compose(content, 2).extras()).extracting(LayoutLine::text)
                .as("the running heads of other pages name the edition").contains("江澜日报　2026年11月27日　星期五");
    }

    @Test
    void runningHeadSitsAboveTheTypeAreaWithItsRule() {
        PageLayout layout = composer.compose(content, 2);
        assertThat(layout.extras()).extracting(LayoutLine::text)
                .containsExactly("第2版　要闻", "江澜日报　2026年11月27日　星期五");
        double top = layout.spec().typeAreaTopPt();
        assertThat(layout.extras()).allMatch(l -> l.baseline() < top && l.role() == LineRole.RUNNING_HEAD);
        List<Rule> across = layout.rules().stream().filter(r -> r.y1() == r.y2()).toList();
        assertThat(across).hasSize(1);
        assertThat(across.get(0).y1()).isLessThan(top);
        assertThat(across.get(0).x2() - across.get(0).x1()).isCloseTo(layout.spec().typeAreaWidthPt(), within(1e-9));
    }

    static LayoutFrame storyFrame(PageLayout layout, String id) {
        return layout.frames().stream().filter(f -> f.kind() == LayoutFrame.FrameKind.STORY && f.contentId().equals(id))
                .findFirst().orElseThrow();
    }

    static LayoutFrame photoFrame(PageLayout layout, String id) {
        return layout.frames().stream().filter(f -> f.kind() == LayoutFrame.FrameKind.PHOTO && f.contentId().equals(id))
                .findFirst().orElseThrow();
    }

    static Copyfit copyfit(PageLayout layout, String id) {
        return layout.copyfits().stream().filter(c -> c.articleId().equals(id)).findFirst().orElseThrow();
    }

    static EditionContent replaceArticle(EditionContent content, String id, UnaryOperator<Article> change) {
        List<Article> articles = content.articles().stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList();
        return new EditionContent(content.edition(), content.pages(), articles, content.photos());
    }
}
