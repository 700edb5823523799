package org.copydesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleEditionTest {

    private static EditionContent sample;

    @BeforeAll
    static void build() {
        sample = SampleEdition.create();
    }

    private static Stream<StoryPlacement> stories(Page page) {
        return page.placements().stream().filter(StoryPlacement.class::isInstance).map(StoryPlacement.class::cast);
    }

    private static Stream<Article> articles() {
        return sample.articles().stream();
    }

    private static String allText() {
        return articles().map(a -> a.kicker() + a.headline() + a.subtitle() + a.plainText())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void isTheWeeklyOfJianglanWithEightBroadsheetPages() {
        assertThat(sample.edition().name()).isEqualTo("江澜周报");
        assertThat(sample.edition().publicationDate()).hasToString("2026-11-27");
        assertThat(sample.pages()).extracting(Page::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(sample.pages()).extracting(Page::section)
                .containsExactly("要闻", "要闻", "城事", "经济", "文教", "专访", "副刊", "体育·生活");
        assertThat(sample.pages()).allSatisfy(p -> assertThat(p.spec()).isEqualTo(PageSpec.broadsheet()));
    }

    @Test
    void hasAtLeastTwentyArticlesOfNewspaperLength() {
        assertThat(sample.articles()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sample.articles()).allSatisfy(a -> {
            long chars = a.plainText().codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != '\u3000').count();
            // Short pieces (a poem set vertically, a boxed notice) are commissioned short: under 600 字.
            long least = a.targetLength() < 600 ? 100L : 600L;
            assertThat(chars).as("length of %s", a.headline()).isBetween(least, 3000L);
            assertThat(a.headline()).isNotBlank();
        });
    }

    @Test
    void everyStoryFileIsPartOfTheEdition() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/sample/articles"))) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", ""))
                    .collect(Collectors.toSet());
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(SampleMakeup.ARTICLE_KEYS);
        }
    }

    @Test
    void coversEveryElementOfThePageAnatomy() {
        assertThat(articles()).anyMatch(a -> !a.kicker().isEmpty());
        assertThat(articles()).anyMatch(a -> a.subtitle().startsWith("——"));
        assertThat(articles()).anyMatch(a -> a.byline().startsWith("本报记者"));
        assertThat(articles().flatMap(a -> a.body().stream()))
                .anyMatch(b -> b instanceof Block.Lead l && l.dateline().equals("本报讯"))
                .anyMatch(b -> b instanceof Block.Subhead)
                .anyMatch(b -> b instanceof Block.EndByline e && e.text().contains(" "));
        String text = allText();
        assertThat(text).contains("“", "”", "《", "》", "——", "……", "（", "）", "5G", "APP", "5.2%", "1,234.5");
        assertThat(text).containsPattern("（[^）]{6,}）");
    }

    @Test
    void photosAreCaptionedInNewsStyleWithOneAgencyCreditAndOnePortrait() {
        assertThat(sample.photos()).hasSizeGreaterThanOrEqualTo(6);
        List<Photo> news = sample.photos().stream().filter(p -> p.caption().kind() == CaptionKind.NEWS).toList();
        assertThat(news).filteredOn(p -> !p.caption().photographer().isEmpty())
                .allSatisfy(p -> assertThat(p.caption().printed()).endsWith(p.caption().photographer() + "/摄"))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(news).anySatisfy(p -> assertThat(p.caption().printed()).endsWith("新华社发"));
        assertThat(sample.photos()).filteredOn(p -> p.caption().kind() == CaptionKind.PORTRAIT).singleElement()
                .satisfies(p -> assertThat(p.caption().text()).contains("传承人").contains("周德海"));
    }

    @Test
    void theInterviewPageCarriesThePortraitNextToTheInterview() {
        Page page = sample.page(6).orElseThrow();
        Article interview = stories(page).map(s -> sample.article(s.articleId()).orElseThrow())
                .filter(a -> a.kicker().contains("专访")).findFirst().orElseThrow();
        Photo portrait = sample.photos().stream().filter(p -> p.caption().kind() == CaptionKind.PORTRAIT).findFirst().orElseThrow();
        assertThat(page.placements()).anySatisfy(p -> {
            assertThat(p).isInstanceOf(PhotoPlacement.class);
            assertThat(((PhotoPlacement) p).photoId()).isEqualTo(portrait.id());
            assertThat(((PhotoPlacement) p).articleId()).isEqualTo(interview.id());
        });
        assertThat(interview.body()).anyMatch(b -> b instanceof Block.Subhead);
    }

    @Test
    void theLeadStoryOpensOnPageOneAndContinuesOnPageThree() {
        StoryPlacement lead = stories(sample.page(1).orElseThrow()).filter(s -> s.frame().columnSpan() == 8)
                .findFirst().orElseThrow();
        assertThat(lead.part()).isZero();
        assertThat(stories(sample.page(3).orElseThrow()))
                .anyMatch(s -> s.articleId().equals(lead.articleId()) && s.part() == 1);
    }

    @Test
    void makeUpUsesBrokenColumnsSomewhere() {
        assertThat(sample.pages().stream().flatMap(SampleEditionTest::stories))
                .anyMatch(s -> s.textColumns() < s.frame().columnSpan());
    }

    @Test
    void everyPlacementIsInsideTheGridAndStoryFramesNeverOverlap() {
        for (Page page : sample.pages()) {
            assertThat(page.placements()).allSatisfy(p -> assertThat(p.frame().fitsIn(page.spec()))
                    .as("page %d %s", page.number(), p).isTrue());
            List<StoryPlacement> frames = stories(page).toList();
            for (int i = 0; i < frames.size(); i++) {
                for (int j = i + 1; j < frames.size(); j++) {
                    assertThat(frames.get(i).frame().overlaps(frames.get(j).frame()))
                            .as("page %d: %s overlaps %s", page.number(), frames.get(i), frames.get(j)).isFalse();
                }
            }
        }
    }

    @Test
    void everyReferenceResolvesAndEverythingIsPlaced() {
        Map<String, Article> byId = sample.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, Photo> photos = sample.photos().stream().collect(Collectors.toMap(Photo::id, Function.identity()));
        List<Placement> all = sample.pages().stream().flatMap(p -> p.placements().stream()).toList();
        assertThat(all).allSatisfy(p -> {
            if (p instanceof StoryPlacement s) {
                assertThat(byId).containsKey(s.articleId());
            } else if (p instanceof PhotoPlacement ph) {
                assertThat(photos).containsKey(ph.photoId());
                assertThat(ph.articleId().isEmpty() || byId.containsKey(ph.articleId())).isTrue();
            }
        });
        assertThat(all.stream().map(Placement::contentId).collect(Collectors.toSet()))
                .containsAll(byId.keySet()).containsAll(photos.keySet());
        assertThat(sample.articles()).allSatisfy(a -> assertThat(a.editionId()).isEqualTo(SampleEdition.EDITION_ID));
    }

    @Test
    void photosDecodeAtTheirStatedSizeAndMatchTheirDigest() throws Exception {
        for (Photo photo : sample.photos()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
            assertThat(image).as(photo.fileName()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(photo.widthPx());
            assertThat(image.getHeight()).isEqualTo(photo.heightPx());
            assertThat(photo.mediaType()).isEqualTo("image/jpeg");
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo.bytes()));
            assertThat(photo.sha256()).isEqualTo(digest);
        }
        assertThat(sample.photos()).filteredOn(p -> p.widthPx() == 1800 && p.heightPx() == 1200).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void buildingTwiceGivesTheSameIdsAndValues() {
        EditionContent again = SampleEdition.create();
        assertThat(again.edition()).isEqualTo(sample.edition());
        assertThat(again.pages()).isEqualTo(sample.pages());
        assertThat(again.articles()).isEqualTo(sample.articles());
        assertThat(again.photos()).extracting(Photo::id, Photo::sha256)
                .isEqualTo(sample.photos().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.id(), p.sha256())).toList());
        assertThat(SampleEdition.EDITION_ID).isEqualTo(java.util.UUID.nameUUIDFromBytes(
                "copydesk-sample/edition/江澜周报/1287".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }
}
