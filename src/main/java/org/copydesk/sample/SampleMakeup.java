package org.copydesk.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;

/**
 * The make-up of the sample edition: which story and photo sits where on each page's grid
 * (8 basic columns x 100 rows of 小五). Frames were sized from each story's length and checked
 * against the composer's copyfit, so stories fill their frames and only the lead story jumps
 * from page 1 to page 3 on purpose.
 *
 * <p>Grid notes: a five-column photo with its caption takes about 34 rows, a three-column one
 * about 21, the whole width about 52 (3:2 pictures).
 */
final class SampleMakeup {

    /** One page while it is being made up. */
    private static final class PageDraft {
        final int number;
        final String section;
        final List<Placement> placements = new ArrayList<>();

        PageDraft(int number, String section) {
            this.number = number;
            this.section = section;
        }

        /** A story set in its basic columns with the composer's headline size. */
        PageDraft story(String key, int column, int row, int span, int rows) {
            return story(key, column, row, span, rows, span, 0);
        }

        /** A story with its own column count (破栏 when fewer than the span) and headline size. */
        PageDraft story(String key, int column, int row, int span, int rows, int textColumns, double headlinePt) {
            placements.add(new StoryPlacement(SampleArticles.articleId(key), new GridRect(column, row, span, rows),
                    0, textColumns, headlinePt));
            return this;
        }

        /** A story frame dressed in {@code style}: boxed, with a 竖题, or set vertically. */
        PageDraft styled(String key, int column, int row, int span, int rows, int textColumns, StoryStyle style) {
            placements.add(new StoryPlacement(SampleArticles.articleId(key), new GridRect(column, row, span, rows),
                    0, textColumns, 0, style));
            return this;
        }

        /** A banner (通栏标语) across columns. */
        PageDraft banner(String name, String text, int column, int row, int span, int rows) {
            placements.add(new BannerPlacement(name, new GridRect(column, row, span, rows), text, true, true));
            return this;
        }

        /** A 导读 box listing inside stories by their keys; the pages it prints come from the make-up. */
        PageDraft index(String title, int column, int row, int span, int rows, IndexEntry... entries) {
            placements.add(new IndexBoxPlacement("导读", new GridRect(column, row, span, rows), title, List.of(entries)));
            return this;
        }

        /** A photo frame cropped to fill it (a panorama cut from a 3:2 picture). */
        PageDraft croppedPhoto(String photoKey, int column, int row, int span, int rows, String storyKey) {
            placements.add(new PhotoPlacement(SamplePhotos.photoId(photoKey), new GridRect(column, row, span, rows),
                    SampleArticles.articleId(storyKey), Optional.of(PhotoCrop.CENTRED)));
            return this;
        }

        /** A continuation (part 1, 2 ...) of a story that opened on an earlier frame. */
        PageDraft continued(String key, int part, int column, int row, int span, int rows) {
            placements.add(new StoryPlacement(SampleArticles.articleId(key), new GridRect(column, row, span, rows),
                    part, span, 0));
            return this;
        }

        /** A photo frame (picture plus caption) illustrating a story, or standing alone when storyKey is null. */
        PageDraft photo(String photoKey, int column, int row, int span, int rows, String storyKey) {
            placements.add(new PhotoPlacement(SamplePhotos.photoId(photoKey), new GridRect(column, row, span, rows),
                    storyKey == null ? "" : SampleArticles.articleId(storyKey)));
            return this;
        }

        Page build(String editionId) {
            return new Page(SampleIds.of("page", Integer.toString(number)), editionId, number, section,
                    PageSpec.broadsheet(), placements);
        }
    }

    private SampleMakeup() {
    }

    private static IndexEntry lead(String key) {
        return IndexEntry.of(SampleArticles.articleId(key));
    }

    static List<Page> pages(String editionId) {
        return drafts().stream().map(d -> d.build(editionId)).toList();
    }

    /** Every story file of the sample; the make-up below places each of them. */
    static final List<String> ARTICLE_KEYS = List.of(
            "p1-01-bridge", "p1-02-elevators", "p1-03-metro", "p1-04-birds",
            "p2-01-app", "p2-02-riverbank", "p2-03-canteens", "p2-04-railway", "p2-05-comment", "p2-06-gas",
            "p3-01-market", "p3-02-eldercanteen", "p3-03-oldstreet",
            "p4-01-port", "p4-02-factory", "p4-03-tea", "p4-04-briefs", "p4-05-nightmarket",
            "p5-01-afterschool", "p5-02-library", "p5-03-museum", "p5-04-university", "p5-05-robotics",
            "p6-01-interview", "p6-02-link",
            "p7-01-ferry", "p7-02-bookreview", "p7-03-pickles", "p7-04-poem", "p7-05-notice",
            "p8-01-marathon", "p8-02-football", "p8-03-health", "p8-04-food");

    private static List<PageDraft> drafts() {
        return List.of(
                new PageDraft(1, "要闻")
                        // rows 0-11 hold the masthead block. The lead opens across the page with the
                        // largest headline; its photo starts where its body starts, so no column
                        // carries a stub above the picture; it jumps to page 3
                        .story("p1-01-bridge", 0, 12, 8, 42)
                        .photo("bridge", 4, 20, 4, 27, "p1-01-bridge")
                        .story("p1-02-elevators", 0, 54, 3, 36)
                        // the 导读 box points at each inside page's lead story, one line each
                        .index("导读", 0, 90, 3, 10, lead("p2-01-app"), lead("p3-01-market"),
                                new IndexEntry(SampleArticles.articleId("p4-01-port"), "江澜港连通“朋友圈”"),
                                lead("p5-01-afterschool"), lead("p6-01-interview"), lead("p7-01-ferry"),
                                lead("p8-01-marathon"))
                        .story("p1-03-metro", 3, 54, 5, 22)
                        .story("p1-04-birds", 3, 76, 5, 24),
                new PageDraft(2, "要闻")
                        .story("p2-01-app", 0, 0, 5, 32)
                        // 三破二: three basic columns set as two wider ones
                        .story("p2-02-riverbank", 5, 0, 3, 40, 2, 0)
                        .photo("skyline", 0, 32, 5, 34, null)
                        .story("p2-04-railway", 5, 40, 3, 30)
                        .story("p2-03-canteens", 0, 66, 3, 34)
                        .story("p2-06-gas", 3, 66, 2, 34)
                        .story("p2-05-comment", 5, 70, 3, 30),
                new PageDraft(3, "城事")
                        .continued("p1-01-bridge", 1, 0, 0, 3, 24)
                        .story("p3-02-eldercanteen", 0, 24, 3, 40)
                        .photo("market", 3, 0, 5, 34, "p3-01-market")
                        .story("p3-01-market", 3, 34, 5, 30)
                        .story("p3-03-oldstreet", 0, 64, 3, 36)
                        .photo("old-street", 3, 64, 5, 34, "p3-03-oldstreet"),
                new PageDraft(4, "经济")
                        .story("p4-01-port", 0, 0, 5, 33)
                        .photo("port", 0, 33, 5, 34, "p4-01-port")
                        .story("p4-02-factory", 5, 0, 3, 36)
                        .story("p4-03-tea", 5, 36, 3, 34, 2, 0)
                        .story("p4-04-briefs", 0, 67, 5, 33)
                        .story("p4-05-nightmarket", 5, 70, 3, 30),
                new PageDraft(5, "文教")
                        .photo("schoolyard", 0, 0, 5, 34, "p5-01-afterschool")
                        .story("p5-01-afterschool", 0, 34, 5, 30)
                        .story("p5-04-university", 0, 64, 3, 36)
                        .story("p5-05-robotics", 3, 64, 2, 36)
                        .croppedPhoto("reading-room", 5, 0, 3, 23, "p5-02-library")
                        // 竖题: the headline stands top to bottom at the right of the text
                        .styled("p5-02-library", 5, 23, 3, 29, 2,
                                StoryStyle.PLAIN.withVerticalHeadline(StoryStyle.VerticalHeadline.RIGHT))
                        .story("p5-03-museum", 5, 52, 3, 48),
                new PageDraft(6, "专访")
                        // the interview opens across the page; portrait and workshop photo sit in its body
                        .story("p6-01-interview", 0, 0, 8, 66, 8, 36)
                        .photo("portrait", 0, 8, 2, 26, "p6-01-interview")
                        .photo("bamboo", 3, 32, 5, 34, "p6-01-interview")
                        .story("p6-02-link", 0, 66, 3, 34)
                        .photo("lanterns", 3, 66, 5, 34, "p6-02-link"),
                new PageDraft(7, "副刊")
                        // a panorama heads the literary page, under it a banner (通栏标语), a poem set vertically
                        // (竖排) and a boxed notice (花边框 with a tint), then three essays
                        .croppedPhoto("river-landscape", 0, 0, 8, 35, "p7-01-ferry")
                        .banner("读书标语", "爱读书 读好书 善读书", 0, 35, 8, 4)
                        .styled("p7-04-poem", 0, 39, 3, 13, 3, StoryStyle.PLAIN.withVerticalText(true))
                        .styled("p7-05-notice", 3, 39, 5, 13, 4, StoryStyle.PLAIN.withBorder(FrameBorder.FLORAL).withTint(true))
                        .story("p7-01-ferry", 0, 52, 3, 48)
                        .story("p7-02-bookreview", 3, 52, 3, 48)
                        .story("p7-03-pickles", 6, 52, 2, 48),
                new PageDraft(8, "体育·生活")
                        .photo("stadium", 0, 0, 5, 34, "p8-01-marathon")
                        .story("p8-01-marathon", 0, 34, 5, 30)
                        .story("p8-02-football", 5, 0, 3, 31)
                        .story("p8-03-health", 5, 31, 3, 33)
                        .story("p8-04-food", 0, 64, 3, 36)
                        .photo("lotus-field", 3, 64, 5, 34, "p8-04-food"));
    }
}
