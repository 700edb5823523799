package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.StoryPlacement;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.typeset.LayoutProblem;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.Test;

class PreflightTest {
    private final EditionContent base = ExportFixtures.edition();
    private final Preflight preflight = new Preflight(ExportFixtures.composer(), Locale.ENGLISH);

    @Test
    void oversetTextIsAnErrorCountedInCharacters() {
        String longBody = "长".repeat(2000);
        EditionContent content = withArticle(ExportFixtures.SECOND_ID, a -> a.withBody(List.of(new Block.Paragraph(longBody))));
        List<Finding> findings = preflight.check(content);
        assertThat(findings).filteredOn(f -> f.check() == Check.OVERSET).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pageNumber()).isEqualTo(2);
            assertThat(f.contentId()).isEqualTo(ExportFixtures.SECOND_ID);
            assertThat(f.messageKey()).isEqualTo("overset");
            int over = (Integer) f.arguments().get(0);
            assertThat(over).isPositive();
            assertThat(f.message()).isEqualTo("overset by " + over + " characters (" + headline(content, ExportFixtures.SECOND_ID) + ")");
        });
        assertThat(Preflight.hasErrors(findings)).isTrue();
    }

    @Test
    void inChineseTheOversetIsCountedAs超N字() {
        String longBody = "长".repeat(2000);
        EditionContent content = withArticle(ExportFixtures.SECOND_ID, a -> a.withBody(List.of(new Block.Paragraph(longBody))));
        Finding english = preflight.check(content).stream().filter(f -> f.check() == Check.OVERSET).findFirst().orElseThrow();
        Preflight chinese = new Preflight(ExportFixtures.composer(), Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.check(content)).filteredOn(f -> f.check() == Check.OVERSET).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo(english.messageKey());
            assertThat(f.arguments()).isEqualTo(english.arguments());
            assertThat(f.message()).isEqualTo("超 " + f.arguments().get(0) + " 字（" + headline(content, ExportFixtures.SECOND_ID) + "）");
        });
    }

    @Test
    void aStoryOversetAcrossTwoPagesIsReportedOnceWhereItsLastPartOverflows() {
        String longBody = "长".repeat(3000);
        EditionContent base2 = withArticle(ExportFixtures.LEAD_ID, a -> a.withBody(List.of(new Block.Paragraph(longBody))));
        Page two = base2.page(2).orElseThrow();
        List<org.copydesk.model.Placement> placements = new ArrayList<>(two.placements());
        placements.add(StoryPlacement.of(ExportFixtures.LEAD_ID, new GridRect(2, 0, 2, 10), 1));
        EditionContent content = new EditionContent(base2.edition(), List.of(base2.page(1).orElseThrow(),
                two.withPlacements(placements)), base2.articles(), base2.photos());
        Preflight continued = new Preflight((c, number) -> {
            PageLayout layout = ExportFixtures.composer().compose(c, number);
            // The simple composer sets each frame alone; say, as the real one does, that part 1 overflows.
            List<org.copydesk.typeset.Copyfit> fits = layout.copyfits().stream().map(f -> f.articleId().equals(ExportFixtures.LEAD_ID)
                    ? new org.copydesk.typeset.Copyfit(f.articleId(), f.charactersSet(), f.linesUsed(), 0, 1234, 1) : f).toList();
            return new PageLayout(layout.pageId(), number, layout.spec(), layout.frames(), layout.extras(), layout.rules(),
                    fits, List.of());
        }, Locale.ENGLISH);
        assertThat(continued.check(content)).filteredOn(f -> f.check() == Check.OVERSET).singleElement()
                .satisfies(f -> assertThat(f.pageNumber()).isEqualTo(2));
    }

    @Test
    void anEmptyHeadlineIsAnError() {
        EditionContent content = withArticle(ExportFixtures.SECOND_ID, a -> a.withHeadlines("", " ", ""));
        String opening = content.article(ExportFixtures.SECOND_ID).orElseThrow().body().get(0).text();
        assertThat(preflight.check(content)).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo(Check.EMPTY_HEADLINE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.contentId()).isEqualTo(ExportFixtures.SECOND_ID);
            assertThat(f.messageKey()).isEqualTo("empty-headline");
            assertThat(f.message()).startsWith("story has no headline (" + opening.codePoints().limit(15)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        });
        assertThat(preflight.check(base)).noneMatch(f -> f.check() == Check.EMPTY_HEADLINE);
    }

    @Test
    void missingCaptionIsAnErrorAndMissingCreditAWarning() {
        List<Finding> noCaption = preflight.check(withCaption(new Caption("", "李明", "", CaptionKind.NEWS)));
        assertThat(noCaption).anyMatch(f -> f.check() == Check.MISSING_CAPTION && f.isError());
        assertThat(noCaption).noneMatch(f -> f.check() == Check.MISSING_CREDIT);

        List<Finding> noCredit = preflight.check(withCaption(new Caption("大桥夜景", "", "", CaptionKind.NEWS)));
        assertThat(noCredit).anyMatch(f -> f.check() == Check.MISSING_CREDIT && f.severity() == Severity.WARNING);
        assertThat(noCredit).noneMatch(f -> f.check() == Check.MISSING_CAPTION);

        List<Finding> portrait = preflight.check(withCaption(new Caption("市长 张伟", "", "", CaptionKind.PORTRAIT)));
        assertThat(portrait).noneMatch(f -> f.check() == Check.MISSING_CREDIT || f.check() == Check.MISSING_CAPTION);
    }

    @Test
    void charactersMissingFromTheFontsAreListedWithWhereTheyAre() {
        EditionContent content = withArticle(ExportFixtures.SECOND_ID,
                a -> a.withBody(List.of(new Block.Paragraph("集市\uE000开张"))));
        assertThat(preflight.check(content)).filteredOn(f -> f.check() == Check.MISSING_GLYPH).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.pageNumber()).isEqualTo(2);
            assertThat(f.contentId()).isEqualTo(ExportFixtures.SECOND_ID);
            assertThat(f.message()).contains("U+E000", "body", "集市", "in Serif");
        });
        assertThat(preflight.check(base)).noneMatch(f -> f.check() == Check.MISSING_GLYPH);
    }

    @Test
    void theComposersMissingGlyphNoteIsKeptOnlyWhereTheLinesShowNothing() {
        EditionContent content = withArticle(ExportFixtures.SECOND_ID,
                a -> a.withBody(List.of(new Block.Paragraph("集市\uE000开张"))));
        Preflight noted = new Preflight((c, number) -> {
            PageLayout layout = ExportFixtures.composer().compose(c, number);
            List<LayoutProblem> problems = number == 2
                    ? List.of(new LayoutProblem(LayoutProblem.Kind.MISSING_GLYPH, ExportFixtures.SECOND_ID, "U+E000"))
                    : List.of(new LayoutProblem(LayoutProblem.Kind.MISSING_GLYPH, ExportFixtures.LEAD_ID, "U+E001 dropped"));
            return new PageLayout(layout.pageId(), number, layout.spec(), layout.frames(), layout.extras(), layout.rules(),
                    layout.copyfits(), problems);
        }, Locale.ENGLISH);
        List<Finding> glyphs = noted.check(content).stream().filter(f -> f.check() == Check.MISSING_GLYPH).toList();
        assertThat(glyphs).filteredOn(f -> f.contentId().equals(ExportFixtures.SECOND_ID)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("U+E000").contains("body"));
        assertThat(glyphs).filteredOn(f -> f.contentId().equals(ExportFixtures.LEAD_ID)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("U+E001 dropped"));
    }

    @Test
    void lowResolutionPhotosAreFlaggedWithTheirEffectiveResolution() {
        Photo small = ExportFixtures.photo(ExportFixtures.PHOTO_ID, 120, 80, new Caption("夜景", "李明", "", CaptionKind.NEWS));
        List<Finding> findings = preflight.check(withPhoto(small));
        assertThat(findings).filteredOn(f -> f.check() == Check.LOW_RESOLUTION).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("120x80 px").containsPattern("at \\d+ ppi"));

        Photo sharp = ExportFixtures.photo(ExportFixtures.PHOTO_ID, 2400, 1600, new Caption("夜景", "李明", "", CaptionKind.NEWS));
        assertThat(preflight.check(withPhoto(sharp))).noneMatch(f -> f.check() == Check.LOW_RESOLUTION);
    }

    @Test
    void aContinuationWithoutItsOpeningPartIsAnUnresolvedJump() {
        Page two = base.page(2).orElseThrow();
        Page moved = two.withPlacements(List.of(StoryPlacement.of(ExportFixtures.SECOND_ID, new GridRect(0, 0, 2, 20), 1)));
        EditionContent content = new EditionContent(base.edition(), List.of(base.page(1).orElseThrow(), moved),
                base.articles(), base.photos());
        assertThat(preflight.check(content)).anyMatch(f -> f.check() == Check.UNRESOLVED_JUMP && f.isError()
                && f.pageNumber() == 2 && f.message().startsWith("part 1 of " + headline(content, ExportFixtures.SECOND_ID)
                + " continues part 0"));
    }

    @Test
    void jumpProblemsReportedByTheComposerBecomeErrors() {
        Preflight withComposerProblem = new Preflight((content, number) -> {
            PageLayout layout = ExportFixtures.composer().compose(content, number);
            List<LayoutProblem> problems = new ArrayList<>(layout.problems());
            problems.add(new LayoutProblem(LayoutProblem.Kind.UNRESOLVED_JUMP, ExportFixtures.LEAD_ID, "下转第9版: no page 9"));
            return new PageLayout(layout.pageId(), number, layout.spec(), layout.frames(), layout.extras(), layout.rules(),
                    layout.copyfits(), problems);
        }, Locale.ENGLISH);
        assertThat(withComposerProblem.check(base)).anyMatch(f -> f.check() == Check.UNRESOLVED_JUMP
                && f.message().contains("第9版"));
    }

    @Test
    void signedOffStoriesOnNoPageAreFlaggedButDraftsAreNot() {
        var when = java.time.Instant.parse("2026-11-26T08:00:00Z");
        Article signed = new Article("art-extra", ExportFixtures.EDITION_ID, "", "待排稿件", "", "",
                List.of(new Block.Paragraph("正文")), ArticleStatus.SIGNED_OFF, 0, 1, when, when);
        Article draft = new Article("art-draft", ExportFixtures.EDITION_ID, "", "草稿", "", "",
                List.of(new Block.Paragraph("正文")), ArticleStatus.DRAFT, 0, 1, when, when);
        List<Article> articles = new ArrayList<>(base.articles());
        articles.add(signed);
        articles.add(draft);
        List<Finding> findings = preflight.check(new EditionContent(base.edition(), base.pages(), articles, base.photos()));
        assertThat(findings).filteredOn(f -> f.check() == Check.UNPLACED_STORY).singleElement().satisfies(f -> {
            assertThat(f.contentId()).isEqualTo("art-extra");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("signed-off story is on no page: 待排稿件");
        });
    }

    @Test
    void framesWithManyFreeLinesAreReportedAsNotFilled() {
        List<Finding> findings = preflight.check(base);
        assertThat(findings).anyMatch(f -> f.check() == Check.PAGE_NOT_FILLED
                && f.message().matches("frame not filled: \\d+ lines short \\(.+\\)"));
        Preflight lenient = new Preflight(ExportFixtures.composer(), new PreflightRules(150, 10_000, false), Locale.ENGLISH);
        assertThat(lenient.check(base)).noneMatch(f -> f.check() == Check.PAGE_NOT_FILLED);
    }

    @Test
    void rgbPhotosAreFlaggedOnlyInACmykPrintRun() {
        assertThat(preflight.check(base)).noneMatch(f -> f.check() == Check.RGB_IN_CMYK);
        Preflight cmyk = new Preflight(ExportFixtures.composer(), PreflightRules.defaults().withCmykPrintRun(true), Locale.ENGLISH);
        assertThat(cmyk.check(base)).anyMatch(f -> f.check() == Check.RGB_IN_CMYK && f.contentId().equals(ExportFixtures.PHOTO_ID));
    }

    @Test
    void aCmykJpegIsNotFlaggedAsRgbInACmykPrintRun() {
        Photo original = base.photos().get(0);
        byte[] cmyk = org.copydesk.desk.PhotoFiles.cmykJpeg(original.widthPx(), original.heightPx());
        Photo photo = new Photo(original.id(), original.editionId(), "cmyk.jpg", "image/jpeg", cmyk,
                ExportFixtures.sha256(cmyk), original.widthPx(), original.heightPx(), original.caption());
        EditionContent content = new EditionContent(base.edition(), base.pages(), base.articles(), List.of(photo));
        Preflight cmykRun = new Preflight(ExportFixtures.composer(), PreflightRules.defaults().withCmykPrintRun(true), Locale.ENGLISH);
        assertThat(cmykRun.check(content)).noneMatch(f -> f.check() == Check.RGB_IN_CMYK);
    }

    @Test
    void errorsComeFirst() {
        EditionContent content = withArticle(ExportFixtures.SECOND_ID, a -> a.withHeadlines("", "", ""));
        List<Finding> findings = preflight.check(content);
        assertThat(findings.get(0).isError()).isTrue();
        int firstWarning = findings.indexOf(findings.stream().filter(f -> !f.isError()).findFirst().orElseThrow());
        assertThat(findings.subList(firstWarning, findings.size())).noneMatch(Finding::isError);
    }

    private EditionContent withArticle(String id, UnaryOperator<Article> change) {
        List<Article> articles = base.articles().stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList();
        return new EditionContent(base.edition(), base.pages(), articles, base.photos());
    }

    private static String headline(EditionContent content, String articleId) {
        return content.article(articleId).orElseThrow().headline();
    }

    private EditionContent withCaption(Caption caption) {
        return withPhoto(base.photos().get(0).withCaption(caption));
    }

    private EditionContent withPhoto(Photo photo) {
        return new EditionContent(base.edition(), base.pages(), base.articles(), List.of(photo));
    }
}
