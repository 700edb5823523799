package org.copydesk.store;

import java.nio.charset.StandardCharsets;
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
import org.copydesk.model.StoryPlacement;

/**
 * Builds small editions for store tests: Chinese text with astral characters (𠀋, 😀), a story
 * continued on a second page, and a photo with a caption.
 */
final class TestEditions {
    /** A time the database keeps exactly (microseconds). */
    static final Instant CREATED = Instant.parse("2026-11-27T08:30:15.123456Z");

    private final String id;
    private String name = "江澜周报";
    private LocalDate date = LocalDate.of(2026, 11, 27);
    private int issue = 1234;
    private int extraParagraphChars;

    private TestEditions(String id) {
        this.id = id;
    }

    static TestEditions edition(String id) {
        return new TestEditions(id);
    }

    TestEditions dated(LocalDate newDate, int newIssue) {
        date = newDate;
        issue = newIssue;
        return this;
    }

    TestEditions named(String newName) {
        name = newName;
        return this;
    }

    /** Adds a paragraph of about {@code chars} characters to the lead story. */
    TestEditions withLongStory(int chars) {
        extraParagraphChars = chars;
        return this;
    }

    EditionContent build() {
        Edition edition = new Edition(id, name, date, issue);
        Article lead = leadStory();
        Article brief = new Article(id + "-brief", id, "", "市民😀点赞新公交线", "", "通讯员 陈静",
                List.of(new Block.Paragraph("新线路开通首日，乘客𠀋𠀋络绎不绝。")), ArticleStatus.DRAFT, 300, 1,
                CREATED, CREATED);
        Photo photo = photo(id + "-photo", id);
        PageSpec spec = PageSpec.broadsheet();
        // A front page: its frames start below the broadsheet's twelve-line 报头.
        Page front = new Page(id + "-p1", id, 1, "要闻", spec, List.of(
                new StoryPlacement(lead.id(), new GridRect(0, 12, 3, 60), 0, 2, 26.0),
                new PhotoPlacement(photo.id(), new GridRect(3, 12, 2, 30), lead.id()),
                StoryPlacement.of(brief.id(), new GridRect(5, 12, 3, 40), 0)));
        Page second = new Page(id + "-p2", id, 2, "城市", PageSpec.tabloid(), List.of(
                StoryPlacement.of(lead.id(), new GridRect(0, 10, 2, 20), 1)));
        return new EditionContent(edition, List.of(second, front), List.of(lead, brief), List.of(photo));
    }

    static Photo photo(String photoId, String editionId) {
        byte[] bytes = ("not really a JPEG, but bytes all the same " + photoId).getBytes(StandardCharsets.UTF_8);
        return new Photo(photoId, editionId, "大桥.jpg", "image/jpeg", bytes, ContentChecks.sha256(bytes),
                1600, 1067, new Caption("11月26日，江澜大桥合龙。", "李明", "", CaptionKind.NEWS));
    }

    private Article leadStory() {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Lead("本报讯", "近日，江澜大桥顺利合龙，𠀋字与😀表情都要原样保存。"));
        body.add(new Block.Subhead("工期提前"));
        body.add(new Block.Paragraph("大桥全长3,240米，比原计划提前5.2%完工。"));
        if (extraParagraphChars > 0) {
            body.add(new Block.Paragraph(TestEditions.chineseText(extraParagraphChars)));
        }
        body.add(new Block.EndByline("王晓明 李华"));
        return new Article(id + "-lead", id, "城市建设　再传捷报", "江澜大桥今日合龙", "——两岸通行时间缩短至十分钟",
                "本报记者 王晓明", body, ArticleStatus.EDITING, 1200, 3, CREATED, CREATED.plusSeconds(60));
    }

    /** Running Chinese text with punctuation, an astral character now and then. */
    static String chineseText(int chars) {
        String source = "新闻编辑部今天讨论版面安排，记者们交来稿件。𠀋城市发展日新月异，市民生活更加便利😀。";
        StringBuilder text = new StringBuilder(chars + source.length());
        while (text.codePointCount(0, text.length()) < chars) {
            text.append(source);
        }
        return text.toString();
    }
}
