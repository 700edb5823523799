package org.copydesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FindReplaceTest {
    private static final Instant T = Instant.parse("2026-12-03T02:00:00Z");

    /** text | find | regex | case | whole word | replacement | expected text | matches */
    @ParameterizedTest(name = "{0} / {1} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            市民在北京市区赏雪                | 北京       | false | false | false | 首都     | 市民在首都市区赏雪              | 1
            Apple发布新品，apple股价上涨      | apple      | false | false | false | 苹果     | 苹果发布新品，苹果股价上涨      | 2
            Apple发布新品，apple股价上涨      | apple      | false | true  | false | 苹果     | Apple发布新品，苹果股价上涨     | 1
            2026年12月3日                     | (\\d+)年(\\d+)月 | true | false | false | $2月/$1年 | 12月/2026年3日            | 1
            价格为$5                          | $5         | false | false | false | $6       | 价格为$6                        | 1
            用AI写稿，MAIL系统                | AI         | false | true  | true  | 人工智能 | 用人工智能写稿，MAIL系统        | 1
            Ma Mark                           | ma         | false | false | true  | Li       | Li Mark                         | 1
            （北京）北京市                    | 北京       | false | false | true  | 京       | （京）北京市                    | 1
            北京市区                          | 北京       | false | false | true  | 京       | 北京市区                        | 0
            今天天气晴朗                      | 下雨       | false | false | false | 雪       | 今天天气晴朗                    | 0
            a.b.c                             | .          | false | false | false | -        | a-b-c                           | 2
            a.b.c                             | .          | true  | false | false | -        | -----                           | 5
            """)
    void findsAndReplacesText(String text, String find, boolean regex, boolean matchCase, boolean whole,
                              String replacement, String expected, int count) {
        var query = new FindQuery(find, regex, matchCase, whole);
        assertEquals(count, FindReplace.matches(text, query).size());
        assertEquals(expected, FindReplace.replaceAll(text, query, replacement));
    }

    @Test
    void matchesCarryOffsetsAndTheirOwnReplacement() {
        var found = FindReplace.matches("张三说，李四说", new FindQuery("(\\p{IsHan}{2})说", true, false, false), "$1表示");
        assertEquals(2, found.size());
        assertEquals(new TextMatch(0, 3, "张三说", "张三表示"), found.get(0));
        assertEquals(new TextMatch(4, 7, "李四说", "李四表示"), found.get(1));
    }

    @Test
    void anInvalidExpressionIsRefusedWithWhatIsWrong() {
        var e = assertThrows(OperationRefusedException.class,
                () -> FindReplace.matches("文字", new FindQuery("([a-z", true, false, false)));
        assertTrue(e.getMessage().contains("([a-z"), e.getMessage());
        var r = assertThrows(OperationRefusedException.class,
                () -> FindReplace.matches("文字", new FindQuery("(文)", true, false, false), "$3"));
        assertTrue(r.getMessage().contains("$3"), r.getMessage());
        assertThrows(OperationRefusedException.class, () -> FindReplace.matches("文字", FindQuery.plain("")));
    }

    @Test
    void emptyMatchesAreNotListed() {
        assertEquals(0, FindReplace.matches("新闻", new FindQuery("x*", true, false, false)).size());
    }

    @Test
    void replacesAcrossEveryFieldKeepingBlocksAndVersions() {
        var story = new Article("s1", "e1", "冬季供暖", "本市供暖全面启动", "供暖季持续至明年三月", "本报记者 王晓明",
                List.of(new Block.Lead("本报讯", "昨日，本市供暖正式启动。"),
                        new Block.Subhead("供暖质量"),
                        new Block.Paragraph("市供热办表示，供暖温度不低于18℃。"),
                        new Block.EndByline("王晓明 李华")),
                ArticleStatus.EDITING, 0, 7, T, T);
        var quiet = new Article("s2", "e1", "", "体育新闻", "", "", List.of(new Block.Paragraph("比赛结束。")),
                ArticleStatus.DRAFT, 0, 3, T, T);
        var photo = new Photo("p1", "e1", "a.jpg", "image/jpeg", new byte[] {1}, "", 10, 10,
                new Caption("工人检修供暖管道", "李明", "", CaptionKind.NEWS));
        ReplacePlan plan = FindReplace.plan(List.of(story, quiet), List.of(photo), FindQuery.plain("供暖"), "供热");

        assertEquals(7, plan.matches().size());
        assertEquals(List.of(story), plan.articlesBefore());
        Article after = plan.articlesAfter().get(0);
        assertEquals("冬季供热", after.kicker());
        assertEquals("本市供热全面启动", after.headline());
        assertEquals("供热季持续至明年三月", after.subtitle());
        assertEquals(new Block.Lead("本报讯", "昨日，本市供热正式启动。"), after.body().get(0));
        assertEquals(new Block.Subhead("供热质量"), after.body().get(1));
        assertEquals(new Block.Paragraph("市供热办表示，供热温度不低于18℃。"), after.body().get(2));
        assertEquals(story.body().get(3), after.body().get(3));
        assertEquals(7, after.version());
        assertEquals("工人检修供热管道", plan.photosAfter().get(0).caption().text());
        assertEquals("李明", plan.photosAfter().get(0).caption().photographer());

        FindMatch caption = plan.matches().get(6);
        assertEquals(FindWhere.CAPTION, caption.where());
        assertEquals("工人检修", caption.before());
        assertEquals("管道", caption.after());
        FindMatch lead = plan.matches().get(3);
        assertEquals(FindWhere.BODY, lead.where());
        assertEquals(0, lead.block());
        assertEquals("本市供暖全面启动", lead.title());
    }

    @Test
    void findsTheDatelineApartAndChangesNothingWhenFindingOnly() {
        var story = new Article("s1", "e1", "", "标题", "", "",
                List.of(new Block.Lead("新华社北京12月2日电", "北京今日降温。")), ArticleStatus.DRAFT, 0, 1, T, T);
        var found = FindReplace.find(List.of(story), List.of(), FindQuery.plain("北京"));
        assertEquals(List.of(FindWhere.DATELINE, FindWhere.BODY), found.stream().map(FindMatch::where).toList());
        var plan = FindReplace.plan(List.of(story), List.of(), FindQuery.plain("北京"), null);
        assertTrue(plan.isEmpty());
        var nothing = FindReplace.plan(List.of(story), List.of(), FindQuery.plain("上海"), "广州");
        assertTrue(nothing.isEmpty() && nothing.matches().isEmpty());
    }
}
