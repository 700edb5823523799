package org.copydesk.exchange.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.exchange.PageTextSplitter;
import org.copydesk.exchange.ProposedCaption;
import org.copydesk.exchange.ProposedLine;
import org.copydesk.exchange.ProposedStory;
import org.copydesk.exchange.SplitLabel;
import org.copydesk.exchange.SplitProposal;
import org.copydesk.model.CaptionKind;
import org.junit.jupiter.api.Test;

/**
 * The splitter on four pages written in the style of real ones: the cues of decision 0017 find the
 * stories, their headline stacks, the kinds of their paragraphs, captions with the photographer,
 * and leave page furniture out of every story.
 */
class PageTextSplitterTest {

    static String page(String name) throws IOException {
        try (InputStream in = PageTextSplitterTest.class.getResourceAsStream("/split/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static SplitProposal split(String name) throws IOException {
        return PageTextSplitter.split(page(name), name + ".txt");
    }

    private static String storyText(ProposedStory story) {
        return String.join("\n", story.lines().stream().map(ProposedLine::text).toList());
    }

    @Test
    void frontPageHasTwoStoriesAndItsEarSloganAndRunningHeadAreFurniture() throws IOException {
        SplitProposal p = split("front-page");

        assertThat(p.stories()).extracting(ProposedStory::kicker, ProposedStory::headline, ProposedStory::subtitle,
                ProposedStory::reporterLine).containsExactly(
                tuple("历时四年建设　总投资38.6亿元", "澜江二桥今晨正式通车", "——南北两岸通勤时间由四十分钟缩短至十二分钟",
                        "▶本报记者 王晓明 通讯员 李华"),
                tuple("", "全市冬季供暖提前三天启动", "", ""));
        assertThat(p.furniture()).extracting(ProposedLine::text).containsExactly(
                "江澜日报", "2026年12月3日 星期四 第1版 要闻", "国内统一连续出版物号 CN 36-0099",
                "今日天气 多云转晴 3℃～12℃", "市民夜校春季班下周报名（见第3版）",
                "弘扬时代新风　建设美丽家园　共创文明城市", "责任编辑 刘芳　美术编辑 张敏");
        ProposedStory bridge = p.stories().get(0);
        assertThat(bridge.paragraphs()).extracting(ProposedStory.Paragraph::kind).containsExactly(
                SplitLabel.LEAD, SplitLabel.BODY, SplitLabel.BODY, SplitLabel.JUMP);
        // The jump line closed the last paragraph's line on the page: it is split off, the text kept.
        assertThat(bridge.paragraphs().get(2).text()).endsWith("市民可通过“江澜出行”小程序查询班次。");
        assertThat(bridge.paragraphs().get(3).text()).isEqualTo("（下转第2版）");
        assertThat(p.stories().get(1).paragraphs()).extracting(ProposedStory.Paragraph::kind)
                .containsExactly(SplitLabel.LEAD, SplitLabel.BODY);
        p.stories().forEach(story -> assertThat(storyText(story)).doesNotContain("责任编辑", "弘扬时代新风", "第1版"));
    }

    @Test
    void innerPageFindsNewsAndPortraitCaptionsWithTheirPhotographers() throws IOException {
        SplitProposal p = split("inner-news");

        assertThat(p.stories()).extracting(ProposedStory::kicker, ProposedStory::headline, ProposedStory::reporterLine)
                .containsExactly(tuple("推进城市更新　改善居住条件", "今年加装电梯两百部", "本报记者 孙磊"),
                        tuple("", "图书馆夜间开放延长至晚十点", ""),
                        tuple("", "社区食堂让老人吃上热乎饭", "▶本报记者 郑浩"));
        assertThat(p.stories().get(0).captions()).containsExactly(new ProposedCaption(13,
                "11月28日，桂花苑小区居民乘坐新装的电梯下楼。", "王明", "", CaptionKind.NEWS));
        assertThat(p.stories().get(1).captions()).extracting(ProposedCaption::text, ProposedCaption::photographer,
                ProposedCaption::kind).containsExactly(
                tuple("市图书馆馆长 林志远", "", CaptionKind.PORTRAIT),
                tuple("市民在图书馆自修区阅读。", "吴江", CaptionKind.NEWS));
        assertThat(p.stories().get(0).paragraphs()).extracting(ProposedStory.Paragraph::kind)
                .containsExactly(SplitLabel.LEAD, SplitLabel.BODY, SplitLabel.BODY);
        assertThat(p.furniture()).extracting(ProposedLine::text)
                .containsExactly("2026年12月3日 星期四", "第3版　城事", "江澜日报", "责任编辑：黄丽");
    }

    @Test
    void wireFileSplitsAtEachDatelineAndDropsTheEndMarks() throws IOException {
        SplitProposal p = split("xinhua-wire");

        assertThat(p.stories()).extracting(ProposedStory::headline).containsExactly(
                "我国冬小麦播种基本结束", "西部陆海新通道班列开行量创新高", "", "哈尔滨冰雪大世界开园");
        assertThat(p.stories().get(3).kicker()).isEqualTo("第二十七届冰雪节拉开帷幕　冰雪旅游季开启");
        // A brief without a headline is still its own story: its dateline opened it.
        assertThat(p.stories().get(2).paragraphs()).extracting(ProposedStory.Paragraph::kind)
                .containsExactly(SplitLabel.LEAD);
        assertThat(p.stories().get(2).paragraphs().get(0).text()).startsWith("新华社北京12月2日电　国家统计局");
        assertThat(p.stories().get(3).captions()).extracting(ProposedCaption::photographer).containsExactly("周涛");
        assertThat(p.furniture()).extracting(ProposedLine::text).containsOnly("（完）").hasSize(4);
    }

    @Test
    void subheadsStayInsideTheirStoryAndEndBylinesCloseIt() throws IOException {
        SplitProposal p = split("subheads-bylines");

        assertThat(p.stories()).extracting(ProposedStory::headline, ProposedStory::subtitle).containsExactly(
                tuple("菜篮子里的“稳”与“鲜”", "——我市冬季蔬菜保供调查"),
                tuple("快递小哥有了“暖心驿站”", ""),
                tuple("让“一老一小”安心", ""));
        ProposedStory survey = p.stories().get(0);
        assertThat(survey.paragraphs()).extracting(ProposedStory.Paragraph::kind).containsExactly(
                SplitLabel.LEAD, SplitLabel.SUBHEAD, SplitLabel.BODY, SplitLabel.SUBHEAD, SplitLabel.BODY,
                SplitLabel.SUBHEAD, SplitLabel.BODY, SplitLabel.BYLINE);
        assertThat(survey.paragraphs().get(7).text()).isEqualTo("（本报记者 李娜 王涛）");
        assertThat(p.stories().get(1).paragraphs()).last().extracting(ProposedStory.Paragraph::text)
                .isEqualTo("（记者 周敏　通讯员 钱进）");
        assertThat(p.stories().get(2).paragraphs()).extracting(ProposedStory.Paragraph::kind)
                .containsExactly(SplitLabel.LEAD, SplitLabel.BYLINE);
        assertThat(p.furniture()).extracting(ProposedLine::text).containsExactly(
                "第5版　民生", "2026年12月3日 星期四", "评论", "责任编辑 孙悦　版式设计 杨帆");
    }

    @Test
    void aLineWrappedMidSentenceIsJoinedBackIntoItsParagraph() {
        SplitProposal p = PageTextSplitter.split("""
                夜市重开
                本报讯 入冬后的第一个周末，沉寂了三个月的江滨夜市重新开张，一百二十个摊位
                全部坐满，市民扶老携幼前来逛吃。
                """, "wrapped.txt");

        assertThat(p.stories()).singleElement().satisfies(story -> assertThat(story.paragraphs())
                .extracting(ProposedStory.Paragraph::text).containsExactly(
                        "本报讯 入冬后的第一个周末，沉寂了三个月的江滨夜市重新开张，一百二十个摊位全部坐满，市民扶老携幼前来逛吃。"));
    }

    @Test
    void twoShortLinesOfTheSameLengthAreKickerThenHeadlineAndAMuchLongerSecondIsTheSubtitle() {
        SplitProposal kicker = PageTextSplitter.split("冬训启动　全员上阵\n市队备战省运会\n本报讯 昨日，市体育局举行冬训动员会。\n", "a");
        SplitProposal subtitle = PageTextSplitter.split(
                "旧厂房变身书店\n老纺织厂改造项目昨日对外开放首批三家店铺\n本报讯 昨日，老纺织厂改造项目开放。\n", "b");

        assertThat(kicker.stories().get(0)).extracting(ProposedStory::kicker, ProposedStory::headline)
                .containsExactly("冬训启动　全员上阵", "市队备战省运会");
        assertThat(subtitle.stories().get(0)).extracting(ProposedStory::headline, ProposedStory::subtitle)
                .containsExactly("旧厂房变身书店", "老纺织厂改造项目昨日对外开放首批三家店铺");
    }

    @Test
    void aSloganSetRightAboveAHeadlineIsItsKickerAndATemperatureInAHeadlineIsNoForecast() {
        SplitProposal p = PageTextSplitter.split("""
                聚焦两会　关注民生　共话发展
                代表委员建言城市更新
                本报讯 昨日，市两会代表委员围绕城市更新建言献策。

                今夜气温骤降至-5℃
                本报讯 受强冷空气影响，今夜我市气温将降至零下5摄氏度。
                """, "slogan.txt");

        assertThat(p.stories()).extracting(ProposedStory::kicker, ProposedStory::headline).containsExactly(
                tuple("聚焦两会　关注民生　共话发展", "代表委员建言城市更新"), tuple("", "今夜气温骤降至-5℃"));
        assertThat(p.furniture()).isEmpty();
    }

    @Test
    void creditsOfEveryUsualFormGiveThePhotographerAlone() {
        SplitProposal p = PageTextSplitter.split("""
                花灯点亮古城
                本报讯 元宵灯会昨晚在古城墙下开幕。
                游客在灯会上拍照。本报记者 王明 李华/摄
                灯组《鲤跃龙门》吸引众多市民驻足。（刘洋 摄）
                冰雕师傅在雕刻冰灯。新华社发
                开幕式现场。市文旅局供图
                """, "credits.txt");

        assertThat(p.stories().get(0).captions()).extracting(ProposedCaption::text, ProposedCaption::photographer,
                ProposedCaption::credit).containsExactly(
                tuple("游客在灯会上拍照。", "王明 李华", ""),
                tuple("灯组《鲤跃龙门》吸引众多市民驻足。", "刘洋", ""),
                tuple("冰雕师傅在雕刻冰灯。", "", "新华社发"),
                tuple("开幕式现场。", "", "市文旅局供图"));
    }

    /** Linear whatever the shape: a long hard-wrapped paragraph, and a file of nothing but short lines. */
    @Test
    void pathologicalTextsSplitInAFewSeconds() {
        String wrapped = "本报讯 " + "这是一段被硬换行切开的很长很长的正文没有句号一直写下去的新闻稿件内容".repeat(1).concat("\n")
                .repeat(60_000);
        String shortLines = "短标题一行\n".repeat(100_000);

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            SplitProposal one = PageTextSplitter.split(wrapped, "wrapped.txt");
            assertThat(one.stories()).singleElement().satisfies(story ->
                    assertThat(story.paragraphs()).hasSize(1));
            SplitProposal many = PageTextSplitter.split(shortLines, "short.txt");
            assertThat(many.lines()).hasSize(100_000);
        });
    }
}
