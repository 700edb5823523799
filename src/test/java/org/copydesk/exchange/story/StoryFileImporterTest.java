package org.copydesk.exchange.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.exchange.StoryImportException;
import org.copydesk.typeset.TextLength;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryFileImporterTest {

    @TempDir
    Path dir;

    private static final String FULL = """
            ---
            kicker: 江澜二桥今起通车
            headline: 两岸二十分钟变五分钟
            subtitle: ——市民凌晨排队“打卡”新桥
            byline: 本报记者 王晓明 通讯员 李华
            status: signed_off
            target: 1800
            ---
            本报讯 11月26日清晨6时，江澜二桥正式通车。

            第二段正文，写了《江澜日报》和5G、APP，
            这一行是硬换行接上的。

            ## 小标题一

            小标题后的段落。

            署名：王晓明　李华
            """;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    @Test
    void frontMatterFillsTheHeadlineStackAndBodyBlocks() throws IOException {
        Article a = StoryFileImporter.read(write("bridge.md", FULL, StandardCharsets.UTF_8), "ed-1");

        assertThat(a.kicker()).isEqualTo("江澜二桥今起通车");
        assertThat(a.headline()).isEqualTo("两岸二十分钟变五分钟");
        assertThat(a.subtitle()).isEqualTo("——市民凌晨排队“打卡”新桥");
        assertThat(a.byline()).isEqualTo("本报记者 王晓明 通讯员 李华");
        assertThat(a.status()).isEqualTo(ArticleStatus.SIGNED_OFF);
        assertThat(a.targetLength()).isEqualTo(1800);
        assertThat(a.editionId()).isEqualTo("ed-1");
        assertThat(a.version()).isZero();
        assertThat(a.body()).containsExactly(
                new Block.Lead("本报讯", "11月26日清晨6时，江澜二桥正式通车。"),
                new Block.Paragraph("第二段正文，写了《江澜日报》和5G、APP，这一行是硬换行接上的。"),
                new Block.Subhead("小标题一"),
                new Block.Paragraph("小标题后的段落。"),
                new Block.EndByline("王晓明 李华"));
    }

    @Test
    void eachImportGetsANewIdAndDraftIsTheDefaultStatus() throws IOException {
        Path p = write("a.md", "---\nheadline: 标题\n---\n正文。\n", StandardCharsets.UTF_8);
        Article first = StoryFileImporter.read(p, "e");
        Article second = StoryFileImporter.read(p, "e");
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void plainTextFirstLineIsTheHeadlineThenSubtitleAndReporterLine() throws IOException {
        String txt = "江澜港吞吐量创新高\n——前十月增长5.2%\n本报记者 陈静\n本报江澜11月26日电 记者从江澜港务集团获悉，数字可观。\n第二段。\n第三段。\n";
        Article a = StoryFileImporter.read(write("port.txt", txt, StandardCharsets.UTF_8), "e");
        assertThat(a.headline()).isEqualTo("江澜港吞吐量创新高");
        assertThat(a.subtitle()).isEqualTo("——前十月增长5.2%");
        assertThat(a.byline()).isEqualTo("本报记者 陈静");
        assertThat(a.body()).containsExactly(
                new Block.Lead("本报江澜11月26日电", "记者从江澜港务集团获悉，数字可观。"),
                new Block.Paragraph("第二段。"), new Block.Paragraph("第三段。"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            本报讯　近日，市里开会。,                  本报讯,                近日，市里开会。
            本报北京11月26日电 记者获悉，开会。,       本报北京11月26日电,    记者获悉，开会。
            新华社北京11月26日电（记者张三）开会。,    新华社北京11月26日电（记者张三）, 开会。
            """)
    void datelinesBecomeTheLead(String paragraph, String dateline, String rest) throws IOException {
        Article a = StoryFileImporter.read(write("d.md", "# 标题\n\n" + paragraph + "\n", StandardCharsets.UTF_8), "e");
        assertThat(a.headline()).isEqualTo("标题");
        assertThat(a.body()).containsExactly(new Block.Lead(dateline, rest));
    }

    @Test
    void aFirstParagraphWithoutDatelineStaysAParagraph() throws IOException {
        Article a = StoryFileImporter.read(write("p.txt", "标题\n那年冬天，江上起了雾。\n", StandardCharsets.UTF_8), "e");
        assertThat(a.body()).containsExactly(new Block.Paragraph("那年冬天，江上起了雾。"));
    }

    @Test
    void crlfAndBomAreNormalised() throws IOException {
        byte[] text = "---\r\nheadline: 标题\r\n---\r\n第一段。\r\n\r\n第二段。\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Article a = StoryFileImporter.read(write("crlf.md", withBom), "e");
        assertThat(a.headline()).isEqualTo("标题");
        assertThat(a.body()).containsExactly(new Block.Paragraph("第一段。"), new Block.Paragraph("第二段。"));
        assertThat(a.plainText()).doesNotContain("\r").doesNotContain("\uFEFF");
    }

    @Test
    void gb18030FileIsDetectedAndDecoded() throws IOException {
        String text = "江澜市今年新建社区食堂十二家\n本报讯 记者从市民政局获悉，全市已有社区食堂四十六家，日均服务老年人三千余人次。\n";
        Article a = StoryFileImporter.read(write("gb.txt", text, Charset.forName("GB18030")), "e");
        assertThat(a.headline()).isEqualTo("江澜市今年新建社区食堂十二家");
        assertThat(a.plainText()).contains("日均服务老年人三千余人次");
    }

    @Test
    void gbkFileIsDecodedAsGb18030() throws IOException {
        String text = "标题：老街改造完成\n居民说，巷子里的青石板路又回来了。\n";
        Article a = StoryFileImporter.read(write("gbk.txt", text, Charset.forName("GBK")), "e");
        assertThat(a.plainText()).isEqualTo("居民说，巷子里的青石板路又回来了。");
    }

    @Test
    void big5FileIsDetectedAndDecoded() throws IOException {
        String text = "江瀾港貨櫃吞吐量創新高\n本報訊 記者從港務集團獲悉，今年前十個月，港口貨物吞吐量同比增長，碼頭工人說這是最忙的一年。\n";
        Article a = StoryFileImporter.read(write("big5.txt", text, Charset.forName("Big5")), "e");
        assertThat(a.headline()).isEqualTo("江瀾港貨櫃吞吐量創新高");
        assertThat(a.plainText()).contains("碼頭工人說這是最忙的一年");
    }

    @Test
    void bytesValidInNoEncodingAreRefusedWithTheOffset() throws IOException {
        byte[] good = "标题\n正文".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xFF;
        bad[good.length + 1] = (byte) 0xFF;
        Path p = write("broken.txt", bad);
        assertThatThrownBy(() -> StoryFileImporter.read(p, "e"))
                .isInstanceOf(StoryImportException.class)
                .hasMessageContaining("broken.txt")
                .hasMessageContaining("UTF-8 at byte " + good.length);
    }

    @Test
    void invalidUtf8AfterABomIsRefusedNotReplaced() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', (byte) 0xC3};
        Path p = write("bom.txt", bytes);
        assertThatThrownBy(() -> StoryFileImporter.read(p, "e"))
                .isInstanceOf(StoryImportException.class)
                .hasMessageContaining("bom.txt").hasMessageContaining("byte offset 6");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0000, 'line 3:3: U+0000 NUL character'
            0007, 'line 3:3: U+0007 control character'
            0085, 'line 3:3: U+0085 control character'
            202E, 'line 3:3: U+202E bidirectional override character'
            2066, 'line 3:3: U+2066 bidirectional override character'
            FFFD, 'line 3:3: U+FFFD replacement character'
            """)
    void controlAndBidiCharactersAreRefusedWithLineAndColumn(String hex, String expected) throws IOException {
        String bad = new String(Character.toChars(Integer.parseInt(hex, 16)));
        Path p = write("ctl.md", "标题\r\n第一段。\r\n😀正" + bad + "文\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoryFileImporter.read(p, "e"))
                .isInstanceOf(StoryImportException.class)
                .hasMessageContaining("ctl.md " + expected);
    }

    @Test
    void emojiAndCharactersOutsideTheBmpAreKeptWhole() throws IOException {
        String text = "标题😀\n𠀀字与🇨🇳旗，还有𩸽。\n";
        Article a = StoryFileImporter.read(write("emoji.txt", text, StandardCharsets.UTF_8), "e");
        assertThat(a.headline()).isEqualTo("标题😀");
        assertThat(a.plainText()).isEqualTo("𠀀字与🇨🇳旗，还有𩸽。");
    }

    @Test
    void emptyBlankAndHeadlessFilesAreRefused() throws IOException {
        Path empty = write("empty.md", new byte[0]);
        Path blank = write("blank.md", " \n\u3000\n", StandardCharsets.UTF_8);
        Path noHeadline = write("nohead.md", "---\nkicker: 引题\nheadline:\n---\n正文。\n", StandardCharsets.UTF_8);
        Path noBody = write("nobody.md", "---\nheadline: 只有标题\n---\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoryFileImporter.read(empty, "e")).hasMessageContaining("empty.md: file is empty");
        assertThatThrownBy(() -> StoryFileImporter.read(blank, "e")).hasMessageContaining("blank.md");
        assertThatThrownBy(() -> StoryFileImporter.read(noHeadline, "e")).hasMessageContaining("nohead.md: no headline");
        assertThatThrownBy(() -> StoryFileImporter.read(noBody, "e")).hasMessageContaining("nobody.md").hasMessageContaining("no body");
    }

    @Test
    void filesOverTenMegabytesAreRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.txt");
        try (var ch = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(StoryFileImporter.MAX_BYTES);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }
        assertThatThrownBy(() -> StoryFileImporter.read(big, "e"))
                .isInstanceOf(StoryImportException.class).hasMessageContaining("big.txt").hasMessageContaining("10 MB");
    }

    @Test
    void frontMatterMistakesNameTheLine() throws IOException {
        Path unknown = write("typo.md", "---\nheadline: 标题\nheading: 错\n---\n正文。\n", StandardCharsets.UTF_8);
        Path unclosed = write("open.md", "---\nheadline: 标题\nkicker: 引题\n", StandardCharsets.UTF_8);
        Path status = write("status.md", "---\nheadline: 标题\nstatus: printed\n---\n正文。\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoryFileImporter.read(unknown, "e")).hasMessageContaining("typo.md line 3: unknown front matter key 'heading'");
        assertThatThrownBy(() -> StoryFileImporter.read(unclosed, "e")).hasMessageContaining("open.md").hasMessageContaining("never closed");
        assertThatThrownBy(() -> StoryFileImporter.read(status, "e")).hasMessageContaining("unknown status 'printed'");
    }

    @Test
    void oneParagraphPerLineWithOccasionalBlankLinesIsNotGlued() throws IOException {
        String text = "---\nheadline: 标题\n---\n第一段。\n第二段。\n\n## 小标题\n第三段，\n接着写。\n";
        Article a = StoryFileImporter.read(write("lines.md", text, StandardCharsets.UTF_8), "e");
        assertThat(a.body()).containsExactly(new Block.Paragraph("第一段。"), new Block.Paragraph("第二段。"),
                new Block.Subhead("小标题"), new Block.Paragraph("第三段，接着写。"));
    }

    @Test
    void lengthCountsHanOneEachAndLatinRunsAsOneUnit() {
        assertThat(TextLength.of("增长5.2%，用5G和APP。").zi()).isEqualTo(9);
    }
}
