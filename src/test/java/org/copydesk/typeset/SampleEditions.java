package org.copydesk.typeset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * A two-page broadsheet edition built from seeded text: page 1 is full (six stories, about 12,000
 * characters, two photos, a 三破二 frame, one story jumping to page 2). Tests and the benchmark
 * compose it.
 */
public final class SampleEditions {
    public static final String EDITION = "ed-sample";
    private static final Instant WHEN = Instant.parse("2026-11-27T08:00:00Z");

    private SampleEditions() {
    }

    public static EditionContent fullBroadsheet() {
        ChineseTextGenerator text = new ChineseTextGenerator(20261127);
        List<Article> articles = new ArrayList<>();
        articles.add(article("s1", "聚焦数字经济", "数字经济博览会在江澜开幕", "——三十多个国家和地区的企业参展",
                "本报记者 王晓明", text, 2400, true));
        articles.add(article("s2", "", "城市更新让老街区焕发新活力", "", "本报记者 李娜", text, 1800, false));
        articles.add(article("s3", "民生实事", "全市新增就业岗位超过三万个", "", "本报记者 张伟", text, 2500, true));
        articles.add(article("s4", "", "乡村振兴项目集中签约", "", "本报通讯员 陈静", text, 1500, false));
        articles.add(article("s5", "", "江澜大桥主体完工", "", "", text, 1000, true));
        articles.add(article("s6", "", "生态治理交出亮眼成绩单", "", "本报记者 刘洋", text, 2400, true));
        PageSpec spec = PageSpec.broadsheet();
        List<Placement> page1 = List.of(
                new StoryPlacement("s1", new GridRect(0, 0, 5, 45), 0, 5, 0),
                new PhotoPlacement("p1", new GridRect(2, 14, 3, 18), "s1"),
                new StoryPlacement("s2", new GridRect(5, 0, 3, 45), 0, 2, 0),
                new StoryPlacement("s3", new GridRect(0, 45, 4, 55), 0, 4, 0),
                new PhotoPlacement("p2", new GridRect(0, 52, 2, 16), "s3"),
                new StoryPlacement("s4", new GridRect(4, 45, 4, 30), 0, 4, 0),
                new StoryPlacement("s5", new GridRect(4, 75, 2, 25), 0, 2, 0),
                new StoryPlacement("s6", new GridRect(6, 75, 2, 25), 0, 2, 0));
        List<Placement> page2 = List.of(new StoryPlacement("s6", new GridRect(0, 0, 2, 40), 1, 2, 0));
        List<Photo> photos = List.of(
                photo("p1", 1600, 1067, new Caption("博览会开幕首日，观众在展区参观体验。", "周明", "", CaptionKind.NEWS)),
                photo("p2", 1200, 1200, new Caption("招聘会现场，求职者在咨询岗位信息。", "", "新华社发", CaptionKind.NEWS)));
        Edition edition = new Edition(EDITION, "江澜日报", LocalDate.of(2026, 11, 27), 1234);
        return new EditionContent(edition, List.of(
                new Page("page-1", EDITION, 1, "要闻", spec, page1),
                new Page("page-2", EDITION, 2, "要闻", spec, page2)), articles, photos);
    }

    static Article article(String id, String kicker, String headline, String subtitle, String byline,
                           ChineseTextGenerator text, int chars, boolean endByline) {
        List<Block> body = new ArrayList<>();
        List<String> paragraphs = text.paragraphs(chars);
        body.add(new Block.Lead("本报讯", paragraphs.get(0)));
        for (int i = 1; i < paragraphs.size(); i++) {
            if (i % 7 == 0) {
                body.add(new Block.Subhead("■ " + text.subhead()));
            }
            body.add(new Block.Paragraph(paragraphs.get(i)));
        }
        if (endByline) {
            body.add(new Block.EndByline("王晓明 李娜"));
        }
        return new Article(id, EDITION, kicker, headline, subtitle, byline, body, ArticleStatus.EDITING, chars, 1,
                WHEN, WHEN);
    }

    private static Photo photo(String id, int w, int h, Caption caption) {
        byte[] bytes = (id + " stands in for the picture").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Photo(id, EDITION, id + ".jpg", "image/jpeg", bytes, sha256(bytes), w, h, caption);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Total characters of body text in the edition's stories. */
    public static int bodyCharacters(EditionContent content) {
        return content.articles().stream().mapToInt(a -> a.plainText().length()).sum();
    }
}
