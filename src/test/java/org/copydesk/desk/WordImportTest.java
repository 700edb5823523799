package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.copydesk.exchange.word.WordFixtures;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.model.WordStyleRole;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word documents built with POI, imported through the same service as the CLI and the window. */
class WordImportTest {
    @TempDir
    Path dir;

    private final InMemoryEditionRepository repository = new InMemoryEditionRepository();
    private final StoryImport storyImport = StoryImport.withBuiltInReaders();

    @BeforeEach
    void edition() {
        repository.insertEdition(new EditionContent(new Edition("e1", "江澜周报", LocalDate.of(2026, 12, 4), 1288),
                List.of(), List.of(), List.of()));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private ImportReport importOne(Path file) {
        return storyImport.importWithReport(repository, "e1", List.of(file));
    }

    @Test
    void chineseWordStyleNamesMapToTheHeadlineStackAndSubheads() throws Exception {
        byte[] docx = WordFixtures.document()
                .style("a1", "引题").style("1", "标题 1").style("a2", "副标题").style("2", "标题 2").style("a3", "正文")
                .styled("a1", "历时四年建设　总投资38.6亿元")
                .styled("1", "澜江二桥今晨通车")
                .styled("a2", "——南北两岸通勤时间缩短至十二分钟")
                .para("本报记者 王晓明")
                .styled("a3", "本报讯 12月3日清晨6时整，随着第一辆公交车驶上桥面，澜江二桥正式通车。")
                .styled("2", "早高峰不再堵")
                .styled("a3", "家住江北的李女士说，过去过江要四十分钟，如今十分钟出头就到了单位。")
                .para("署名：王晓明　李华")
                .bytes();

        ImportReport report = importOne(file("bridge.docx", docx));

        Article a = report.stories().get(0);
        assertThat(a.kicker()).isEqualTo("历时四年建设　总投资38.6亿元");
        assertThat(a.headline()).isEqualTo("澜江二桥今晨通车");
        assertThat(a.subtitle()).isEqualTo("——南北两岸通勤时间缩短至十二分钟");
        assertThat(a.byline()).isEqualTo("本报记者 王晓明");
        assertThat(a.body()).containsExactly(
                new Block.Lead("本报讯", "12月3日清晨6时整，随着第一辆公交车驶上桥面，澜江二桥正式通车。"),
                new Block.Subhead("早高峰不再堵"),
                new Block.Paragraph("家住江北的李女士说，过去过江要四十分钟，如今十分钟出头就到了单位。"),
                new Block.EndByline("王晓明 李华"));
        assertThat(repository.allArticles()).hasSize(1);
    }

    @Test
    void englishBuiltInNamesAsWordStoresThemMapToo() throws Exception {
        byte[] docx = WordFixtures.document().style("Title", "Title").style("Heading1", "heading 1")
                .styled("Title", "老城区菜场改造完工")
                .para("经过半年施工，东门菜场改造完工，今天重新开门迎客。")
                .styled("Heading1", "摊位统一规划")
                .para("改造后的菜场设有一百二十个摊位。")
                .bytes();

        Article a = importOne(file("market.docx", docx)).stories().get(0);

        assertThat(a.headline()).isEqualTo("老城区菜场改造完工");
        assertThat(a.body()).containsExactly(new Block.Paragraph("经过半年施工，东门菜场改造完工，今天重新开门迎客。"),
                new Block.Subhead("摊位统一规划"), new Block.Paragraph("改造后的菜场设有一百二十个摊位。"));
    }

    @Test
    void boldShortFirstLinesWithoutStylesAreTheHeadlineStackTheLargestTheHeadline() throws Exception {
        byte[] docx = WordFixtures.document()
                .bold("冬季供暖今起启动", 14, true)
                .bold("全市八成小区室温达标", 22, true)
                .bold("——热力公司开通二十四小时热线", 14, true)
                .sized("本报讯 记者从市热力公司获悉，全市集中供暖今日零时起正式启动。", 12)
                .bold("热线随时响应", 12, false)
                .sized("居民家中室温不达标，可拨打热线反映。", 12)
                .bytes();

        Article a = importOne(file("heat.docx", docx)).stories().get(0);

        assertThat(a.kicker()).isEqualTo("冬季供暖今起启动");
        assertThat(a.headline()).isEqualTo("全市八成小区室温达标");
        assertThat(a.subtitle()).isEqualTo("——热力公司开通二十四小时热线");
        assertThat(a.body()).hasSize(3);
        assertThat(a.body().get(0)).isInstanceOf(Block.Lead.class);
        assertThat(a.body().get(1)).isEqualTo(new Block.Subhead("热线随时响应"));
    }

    @Test
    void aPlainFirstLineIsTheHeadlineAndSoftBreaksSplitParagraphs() throws Exception {
        byte[] docx = WordFixtures.document()
                .para("\u3000\u3000社区食堂开张")
                .softBreak("\u3000\u3000社区食堂今天开张，老人用餐可享八折优惠。", "\u3000\u3000食堂每天供应早中晚三餐。")
                .bytes();

        Article a = importOne(file("canteen.docx", docx)).stories().get(0);

        assertThat(a.headline()).isEqualTo("社区食堂开张");
        assertThat(a.body()).containsExactly(new Block.Paragraph("社区食堂今天开张，老人用餐可享八折优惠。"),
                new Block.Paragraph("食堂每天供应早中晚三餐。"));
    }

    @Test
    void anEmbeddedPictureBecomesAPhotoOfTheEditionWithItsAltTextAsDraftCaption() throws Exception {
        byte[] docx = WordFixtures.document().bold("湿地公园迎来候鸟", 20, true)
                .para("入冬以来，城西湿地公园迎来大批越冬候鸟。")
                .picture(WordFixtures.png(64, 48), PictureType.PNG, "birds.png", "白鹭在湿地公园浅滩觅食。　张伟/摄")
                .bytes();

        ImportReport report = importOne(file("birds.docx", docx));

        assertThat(report.photos()).hasSize(1);
        Photo photo = repository.loadEdition("e1").orElseThrow().photos().get(0);
        assertThat(photo.mediaType()).isEqualTo("image/png");
        assertThat(photo.widthPx()).isEqualTo(64);
        assertThat(photo.caption().text()).isEqualTo("白鹭在湿地公园浅滩觅食。");
        assertThat(photo.caption().photographer()).isEqualTo("张伟");
        assertThat(photo.fileName()).startsWith("birds.docx-");
        assertThat(report.notes()).anyMatch(n -> n.contains("1 picture added"));
    }

    @Test
    void aCaptionStyledParagraphWinsOverAltTextAndABadPictureIsReportedNotSaved() throws Exception {
        byte[] broken = java.util.Arrays.copyOf(WordFixtures.png(64, 48), 60);
        byte[] docx = WordFixtures.document().style("Caption", "Caption")
                .bold("湿地公园迎来候鸟", 20, true)
                .para("入冬以来，城西湿地公园迎来大批越冬候鸟。")
                .picture(WordFixtures.png(64, 48), PictureType.PNG, "birds.png", "图片 1")
                .styled("Caption", "成群的白鹭在浅滩觅食（张伟 摄）")
                .picture(broken, PictureType.PNG, "cut.png", "")
                .bytes();

        ImportReport report = importOne(file("birds.docx", docx));

        assertThat(report.photos()).hasSize(1);
        assertThat(report.photos().get(0).caption().text()).isEqualTo("成群的白鹭在浅滩觅食");
        assertThat(report.photos().get(0).caption().photographer()).isEqualTo("张伟");
        assertThat(report.notes()).anyMatch(n -> n.contains("birds.docx") && n.contains("left out") && n.contains("damaged"));
        assertThat(report.stories().get(0).plainText()).doesNotContain("张伟");
    }

    @Test
    void tablesCommentsFootnotesAndTrackedChangesAreReportedAndOnlyAcceptedTextComesIn() throws Exception {
        byte[] docx = WordFixtures.document().bold("前三季度外贸数据出炉", 20, true)
                .para("全市前三季度外贸进出口总值稳步增长。")
                .table(new String[][] {{"项目", "金额（亿元）"}, {"出口", "356.2"}, {"进口", "201.7"}})
                .commented("其中对东盟出口增长较快。", "请核实增幅")
                .footnoted("数据来自市统计局。", "统计口径为海关数据。")
                .tracked("民营企业表现亮眼，", "进出口占比过半。", "占比接近四成。")
                .bytes();

        ImportReport report = importOne(file("trade.docx", docx));

        String text = report.stories().get(0).plainText();
        assertThat(text).contains("出口\u3000356.2").contains("民营企业表现亮眼，").contains("进出口占比过半。")
                .doesNotContain("占比接近四成").doesNotContain("请核实增幅").doesNotContain("统计口径");
        assertThat(report.notes()).anyMatch(n -> n.contains("1 table (3 rows) imported as paragraphs"))
                .anyMatch(n -> n.contains("1 comment left out"))
                .anyMatch(n -> n.contains("1 footnote left out"))
                .anyMatch(n -> n.contains("1 insertion(s) kept, 1 deletion(s) dropped"));
    }

    @Test
    void theStyleTableInTheDatabaseDecidesTheRoles() throws Exception {
        new WordStyleService().set(repository, "报社主标题", WordStyleRole.HEADLINE.code());
        new WordStyleService().set(repository, "编者按", "ignore");
        byte[] docx = WordFixtures.document().style("x1", "报社主标题").style("x2", "编者按")
                .styled("x2", "编者按：本报今起推出系列报道。")
                .styled("x1", "乡村振兴看江澜")
                .para("江澜县大力发展特色种植，农民收入连年增长。")
                .bytes();

        ImportReport report = importOne(file("rural.docx", docx));

        assertThat(report.stories().get(0).headline()).isEqualTo("乡村振兴看江澜");
        assertThat(report.stories().get(0).plainText()).doesNotContain("编者按");
        assertThat(report.notes()).anyMatch(n -> n.contains("1 paragraph in styles set to be ignored"));
    }

    @Test
    void aWpsFileInDocxFormatIsReadByItsContent() throws Exception {
        byte[] docx = WordFixtures.document().para("街道开展消防演练").para("昨天上午，街道组织居民开展消防演练。").bytes();

        ImportReport report = importOne(file("演练.wps", docx));

        assertThat(report.stories().get(0).headline()).isEqualTo("街道开展消防演练");
    }

    @Test
    void aDocumentWithoutAHeadlineIsRefusedNamingTheFile() throws Exception {
        byte[] docx = WordFixtures.document().para("这是一段很长的正文，没有任何标题，记者直接从第一段写起，写了很多很多内容，一直写到这里才结束。")
                .bytes();
        Path file = file("untitled.docx", docx);

        assertThatThrownBy(() -> importOne(file)).isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportRefusedException) e).problems().get(0))
                        .contains("untitled.docx").contains("no headline"));
        assertThat(repository.allArticles()).isEmpty();
    }

    @Test
    void stylesNotInTheTableReadAsBodyAndAreNamedAndALongAltTextIsCut() throws Exception {
        byte[] docx = WordFixtures.document().style("t1", "标题").style("z9", "报社特稿正文")
                .styled("t1", "老街换新颜")
                .styled("z9", "经过一年改造，老街重现青砖黛瓦。")
                .picture(WordFixtures.png(32, 32), PictureType.PNG, "street.png", "老街".repeat(1500))
                .bytes();

        ImportReport report = importOne(file("street.docx", docx));

        assertThat(report.stories().get(0).body()).containsExactly(new Block.Paragraph("经过一年改造，老街重现青砖黛瓦。"));
        assertThat(report.notes()).anyMatch(n -> n.contains("read as body text: 报社特稿正文"))
                .anyMatch(n -> n.contains("cut to its first 2000 characters"));
        assertThat(report.photos().get(0).caption().text()).hasSize(WordStoryReader.MAX_DRAFT_CAPTION);
    }

    @Test
    void aPlainLineAboveAStyledHeadlineIsItsKicker() throws Exception {
        byte[] docx = WordFixtures.document().style("1", "heading 1").style("2", "heading 2")
                .para("聚焦民生实事")
                .styled("1", "十件实事全部完成")
                .para("今年年初确定的十件民生实事已全部完成。")
                .styled("2", "养老服务")
                .para("新建社区养老服务站二十个。")
                .bytes();

        Article a = importOne(file("kicker.docx", docx)).stories().get(0);

        assertThat(a.kicker()).isEqualTo("聚焦民生实事");
        assertThat(a.headline()).isEqualTo("十件实事全部完成");
        assertThat(a.body()).containsExactly(new Block.Paragraph("今年年初确定的十件民生实事已全部完成。"),
                new Block.Subhead("养老服务"), new Block.Paragraph("新建社区养老服务站二十个。"));
    }
}
