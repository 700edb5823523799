package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.Test;

/**
 * The checks of what is on a page as a whole, on the sample edition made up wrong on purpose:
 * frames over frames and text over photos, empty areas (开天窗), and stories not signed off.
 */
class PagePlacementChecksTest {
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();
    private static final EditionContent SAMPLE = SampleEdition.create();
    private static final PreflightRules PRESS = PreflightRules.defaults().withForPress(true);

    @Test
    void theSamplePassesEveryCheckOnScreenAndForThePress() {
        assertThat(new Preflight(COMPOSER, PRESS, Locale.ENGLISH).check(SAMPLE)).isEmpty();
        assertThat(new Preflight(COMPOSER, Locale.ENGLISH).check(SAMPLE)).isEmpty();
    }

    @Test
    void aPhotoMovedUpOverTheLeadsHeadlineIsTextOverAPhoto() {
        Page one = SAMPLE.page(1).orElseThrow();
        PhotoPlacement photo = (PhotoPlacement) one.placements().get(1);
        EditionContent content = withPage(SAMPLE, replace(one, photo, new PhotoPlacement(photo.photoId(), new GridRect(3, 12, 5, 34),
                photo.articleId())));
        String lead = one.placements().get(0).contentId();

        List<Finding> findings = check(content, PreflightRules.defaults(), Locale.ENGLISH);
        assertThat(findings).filteredOn(f -> f.check() == Check.TEXT_OVER_PHOTO).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pageNumber()).isEqualTo(1);
            assertThat(f.contentId()).isEqualTo(lead);
            assertThat(f.messageKey()).isEqualTo("text-over-photo");
            assertThat(((Message) f.arguments().get(0)).key()).isIn("line-role.KICKER", "line-role.HEADLINE");
            String file = SAMPLE.photo(photo.photoId()).orElseThrow().fileName();
            assertThat(f.message()).endsWith(" of " + headline(lead) + " prints over photo " + file);
        });
        // A photo on a story frame is a runaround, not an overlap of frames.
        assertThat(findings).noneMatch(f -> f.check() == Check.FRAME_OVERLAP);
        assertThat(check(content, PreflightRules.defaults(), Locale.SIMPLIFIED_CHINESE))
                .filteredOn(f -> f.check() == Check.TEXT_OVER_PHOTO).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("文字压图：").endsWith("压在图片 "
                        + SAMPLE.photo(photo.photoId()).orElseThrow().fileName() + " 上（" + headline(lead) + "）"));
    }

    @Test
    void storyFramesOverlappingAreAnErrorNamingBoth() {
        Page two = SAMPLE.page(2).orElseThrow();
        StoryPlacement canteens = (StoryPlacement) two.placements().get(4);
        Placement gas = two.placements().get(5);
        EditionContent content = withPage(SAMPLE, replace(two, canteens, StoryPlacement.of(canteens.articleId(),
                new GridRect(0, 66, 4, 34), 0)));

        assertThat(check(content, PreflightRules.defaults(), Locale.ENGLISH)).filteredOn(f -> f.check() == Check.FRAME_OVERLAP)
                .singleElement().satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.pageNumber()).isEqualTo(2);
                    assertThat(f.contentId()).isEqualTo(gas.contentId());
                    assertThat(f.message()).isEqualTo("frames of " + headline(canteens.articleId()) + " and "
                            + headline(gas.contentId()) + " overlap: their text prints one over the other");
                });
    }

    @Test
    void photoFramesOverlappingAreAnError() {
        Page three = SAMPLE.page(3).orElseThrow();
        PhotoPlacement oldStreet = (PhotoPlacement) three.placements().get(5);
        EditionContent content = withPage(SAMPLE, replace(three, oldStreet, new PhotoPlacement(oldStreet.photoId(),
                new GridRect(3, 20, 5, 34), oldStreet.articleId())));

        assertThat(check(content, PreflightRules.defaults(), Locale.ENGLISH)).filteredOn(f -> f.check() == Check.FRAME_OVERLAP)
                .singleElement().satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.pageNumber()).isEqualTo(3);
                    assertThat(f.contentId()).isEqualTo(oldStreet.photoId());
                    assertThat(f.messageKey()).isEqualTo("frame-overlap.photos");
                });
    }

    @Test
    void aFrameStoredOnPageOnesMastheadIsAnErrorNamingItAndWhereTheBlockEnds() {
        // Make-up refuses such a frame; an archive stored before it did may still hold one.
        Page one = SAMPLE.page(1).orElseThrow();
        StoryPlacement lead = (StoryPlacement) one.placements().get(0);
        EditionContent content = withPage(SAMPLE, replace(one, lead, StoryPlacement.of(lead.articleId(),
                new GridRect(0, 6, 8, 42), 0)));

        for (PreflightRules rules : List.of(PreflightRules.defaults(), PRESS)) {
            assertThat(check(content, rules, Locale.ENGLISH)).filteredOn(f -> f.check() == Check.FRAME_ON_MASTHEAD)
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.pageNumber()).isEqualTo(1);
                        assertThat(f.contentId()).isEqualTo(lead.articleId());
                        assertThat(f.arguments()).containsExactly(headline(lead.articleId()), 7, 48, 12, 13);
                        assertThat(f.message()).isEqualTo("the frame of " + headline(lead.articleId())
                                + " (lines 7-48) prints over the masthead (报头), which takes lines 1-12: move it to line 13 or below");
                    });
        }
        assertThat(check(content, PreflightRules.defaults(), Locale.SIMPLIFIED_CHINESE))
                .filteredOn(f -> f.check() == Check.FRAME_ON_MASTHEAD).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("版框压报头：" + headline(lead.articleId())
                        + "的版框（第 7—48 行）压在报头（第 1—12 行）上，请移到第 13 行或以下"));
    }

    @Test
    void everyKindOfFrameOnTheMastheadIsFlaggedAndTheSameFramesOnAnInnerPageAreNot() {
        var onTop = List.<Placement>of(
                new org.copydesk.model.AdPlacement("江澜银行", new GridRect(0, 0, 2, 9), "江澜银行", java.util.Optional.empty()),
                new org.copydesk.model.BannerPlacement("口号", new GridRect(2, 8, 4, 4), "口号", false, false),
                new PhotoPlacement("photo-x", new GridRect(2, 12, 2, 10), ""));
        Page one = new Page("p1", "e", 1, "", PageSpec.tabloid(), onTop);

        assertThat(new OverprintCheck(PreflightText.forLocale(Locale.ENGLISH)).onMasthead(SAMPLE, one))
                .extracting(Finding::contentId).containsExactly("江澜银行", "口号");
        assertThat(new OverprintCheck(PreflightText.forLocale(Locale.ENGLISH)).onMasthead(SAMPLE, one.withNumber(2)))
                .isEmpty();
    }

    @Test
    void anAreaLeftEmptyIsAWarningOnScreenAndForThePressLikeWhiteInsideAFrame() {
        Page four = SAMPLE.page(4).orElseThrow();
        EditionContent content = withPage(SAMPLE, four.withPlacements(four.placements().subList(0, 5)));

        List<Finding> screen = check(content, PreflightRules.defaults(), Locale.ENGLISH);
        assertThat(screen).filteredOn(f -> f.check() == Check.EMPTY_AREA).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pageNumber()).isEqualTo(4);
            assertThat(f.contentId()).isEqualTo(four.id());
            assertThat(f.arguments()).containsExactly(3, 30, 6, 71, 100);
            assertThat(f.message()).isEqualTo("empty area (开天窗): 3 columns x 30 lines with no frame, from column 6, lines 71-100");
        });
        assertThat(check(content, PRESS, Locale.SIMPLIFIED_CHINESE)).filteredOn(f -> f.check() == Check.EMPTY_AREA)
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("开天窗：第 6 栏起 3 栏 x 30 行空白（第 71—100 行），没有稿件或图片");
                });
    }

    @Test
    void theThresholdIsTheRulesSizeInColumnsAndLines() {
        assertThat(PreflightRules.defaults().emptyAreaColumns()).isEqualTo(1);
        assertThat(PreflightRules.defaults().emptyAreaRows()).isEqualTo(10);
        Page four = SAMPLE.page(4).orElseThrow();
        StoryPlacement nightMarket = (StoryPlacement) four.placements().get(5);
        // Nine lines left white under the last story of the page.
        EditionContent content = withPage(SAMPLE, replace(four, nightMarket, StoryPlacement.of(nightMarket.articleId(),
                new GridRect(5, 70, 3, 21), 0)));

        assertThat(check(content, PreflightRules.defaults(), Locale.ENGLISH)).noneMatch(f -> f.check() == Check.EMPTY_AREA);
        // (pages 3 and 8 leave 5 栏 x 2 行 under their last photo)
        assertThat(check(content, PreflightRules.defaults().withEmptyArea(4, 1), Locale.ENGLISH))
                .noneMatch(f -> f.check() == Check.EMPTY_AREA && f.pageNumber() == 4);
        assertThat(check(content, PreflightRules.defaults().withEmptyArea(3, 9), Locale.ENGLISH))
                .filteredOn(f -> f.check() == Check.EMPTY_AREA).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly(3, 9, 6, 92, 100));
    }

    @Test
    void anLShapedHoleIsTwoAreasLargestFirstAndNoCellTwice() {
        // Page 2: page 1's top rows are its masthead block, never an empty area.
        Page page = new Page("p", "e", 2, "", PageSpec.tabloid(), List.of(
                StoryPlacement.of("a", new GridRect(0, 0, 3, 30), 0)));
        assertThat(EmptyAreaCheck.emptyAreas(page, 1, 10)).containsExactly(new GridRect(0, 30, 6, 40), new GridRect(3, 0, 3, 30));
        assertThat(EmptyAreaCheck.emptyAreas(page, 4, 41)).isEmpty();
        Page full = new Page("p", "e", 1, "", PageSpec.tabloid(), List.of(
                StoryPlacement.of("a", new GridRect(0, 0, 6, 70), 0)));
        assertThat(EmptyAreaCheck.emptyAreas(full, 1, 1)).isEmpty();
    }

    @Test
    void aStoryNotSignedOffIsAWarningOnScreenAndAnErrorForThePressOncePerStory() {
        String briefs = SAMPLE.page(4).orElseThrow().placements().get(4).contentId();
        String lead = SAMPLE.page(1).orElseThrow().placements().get(0).contentId();
        EditionContent content = withStatus(withStatus(SAMPLE, briefs, ArticleStatus.DRAFT), lead, ArticleStatus.EDITING);

        List<Finding> screen = check(content, PreflightRules.defaults(), Locale.ENGLISH).stream()
                .filter(f -> f.check() == Check.NOT_SIGNED_OFF).toList();
        assertThat(screen).extracting(Finding::contentId).containsExactly(lead, briefs);
        assertThat(screen).extracting(Finding::pageNumber).containsExactly(1, 4);
        assertThat(screen).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(screen.get(1).message()).isEqualTo("story on the page is not signed off (draft; a signer signs it off when it is for review): " + headline(briefs));

        List<Finding> press = check(content, PRESS, Locale.SIMPLIFIED_CHINESE).stream()
                .filter(f -> f.check() == Check.NOT_SIGNED_OFF).toList();
        assertThat(press).allMatch(Finding::isError).hasSize(2);
        assertThat(press.get(0).message()).isEqualTo("稿件未签发（编辑中，待审后由签发人签发）即上版：" + headline(lead));
    }

    @Test
    void aSpikedStoryOnAPageIsFlaggedAndADraftOnNoPageIsNot() {
        String briefs = SAMPLE.page(4).orElseThrow().placements().get(4).contentId();
        Article unplaced = SAMPLE.article(briefs).orElseThrow().withStatus(ArticleStatus.DRAFT);
        List<Article> articles = new ArrayList<>(SAMPLE.articles());
        articles.replaceAll(a -> a.id().equals(briefs) ? a.withStatus(ArticleStatus.SPIKED) : a);
        articles.add(new Article("draft-nowhere", unplaced.editionId(), "", "未上版的草稿", "", "", unplaced.body(),
                ArticleStatus.DRAFT, 100, 1, unplaced.created(), unplaced.updated()));
        EditionContent content = new EditionContent(SAMPLE.edition(), SAMPLE.pages(), articles, SAMPLE.photos());

        assertThat(check(content, PRESS, Locale.ENGLISH)).filteredOn(f -> f.check() == Check.NOT_SIGNED_OFF).singleElement()
                .satisfies(f -> {
                    assertThat(f.contentId()).isEqualTo(briefs);
                    assertThat(f.message()).contains("(spiked;");
                });
    }

    private static List<Finding> check(EditionContent content, PreflightRules rules, Locale locale) {
        return new Preflight(COMPOSER, rules, locale).check(content);
    }

    private static String headline(String articleId) {
        return SAMPLE.article(articleId).orElseThrow().headline();
    }

    private static EditionContent withStatus(EditionContent content, String articleId, ArticleStatus status) {
        List<Article> articles = new ArrayList<>(content.articles());
        articles.replaceAll(a -> a.id().equals(articleId) ? a.withStatus(status) : a);
        return new EditionContent(content.edition(), content.pages(), articles, content.photos());
    }

    private static Page replace(Page page, Placement old, Placement now) {
        return page.withPlacements(page.placements().stream().map(p -> p.equals(old) ? now : p).toList());
    }

    private static EditionContent withPage(EditionContent content, Page page) {
        return new EditionContent(content.edition(), content.pages().stream().map(p -> p.number() == page.number() ? page : p)
                .toList(), content.articles(), content.photos());
    }
}
