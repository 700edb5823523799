package org.copydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The paste normaliser's table of cases: \n in the table stands for a line break, ⎵ for U+00A0. */
class PastedTextTest {

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\v", "\u000B").replace("\\L", "\u2028")
                .replace("\\P", "\u2029").replace("⎵", "\u00A0").replace("□", "\u3000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a phrase keeps its spaces               | " 新桥 "                          | " 新桥 "
            no-break spaces become spaces           | 江澜⎵二桥                           | 江澜 二桥
            Windows line ends                       | 第一段。\\r\\n第二段。                  | 第一段。\\n第二段。
            runs of blank lines are one break       | 第一段。\\n\\n\\n\\n第二段。            | 第一段。\\n第二段。
            blank lines of spaces too               | 第一段。\\n□□ \\n⎵\\n第二段。           | 第一段。\\n第二段。
            Word's soft break U+000B                | 第一段。\\v第二段。                    | 第一段。\\n第二段。
            line and paragraph separators           | 一。\\L二。\\P三。                     | 一。\\n二。\\n三。
            the full-width indent goes              | □□第一段。\\n□□第二段。               | 第一段。\\n第二段。
            ASCII indents and trailing spaces go    | "    第一段。  \\n  第二段。 "         | 第一段。\\n第二段。
            blank lines at both ends go             | \\n\\n第一段。\\n\\n                   | 第一段。
            inner spaces stay                       | 记者□王晓明\\n下一段。                 | 记者□王晓明\\n下一段。
            zero-width spaces go                    | 江\u200B澜\\n二桥                     | 江澜\\n二桥
            """)
    void plainText(String name, String pasted, String expected) {
        assertThat(PastedText.plain(unescape(pasted))).isEqualTo(unescape(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            paragraphs                   | <p>第一段。</p><p>第二段。</p>                                                   | 第一段。\\n第二段。
            br is a paragraph break      | <p>第一段。<br>第二段。<br/>第三段。</p>                                          | 第一段。\\n第二段。\\n第三段。
            fonts colours sizes go       | <p style='font-family:SimSun;color:#f00;font-size:14pt'><span style='color:red'>红色</span><b>加粗</b></p> | 红色加粗
            Word's HTML                  | <html><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment--><p class=MsoNormal>　　第一段。<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>　　第二段。</p><!--EndFragment--></body></html> | 第一段。\\n第二段。
            entities                     | <p>&ldquo;江澜&rdquo;&nbsp;&amp;&#20108;&#x6865;&lt;</p>                         | “江澜” &二桥<
            scripts and comments go      | <div>正文<script>alert(1)</script><!-- 注释 --></div>                            | 正文
            source line ends are spaces  | <p>Copy\\ndesk</p>                                                               | Copy desk
            table cells                  | <table><tr><td>出口</td><td>356.2</td></tr><tr><td>进口</td><td>201.7</td></tr></table> | 出口 356.2\\n进口 201.7
            list items                   | <ul><li>一</li><li>二</li></ul>                                                  | 一\\n二
            an unknown entity stays      | <p>&zzz;</p>                                                                     | &zzz;
            """)
    void html(String name, String html, String expected) {
        assertThat(PastedText.fromHtml(unescape(html))).isEqualTo(unescape(expected));
    }
}
