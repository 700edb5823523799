package org.copydesk.copyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationFixerTest {
    private final PunctuationFixer fixer = new PunctuationFixer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # sentence marks after Chinese
            今年一季度,全市快递业务量增长|今年一季度，全市快递业务量增长
            全市快递业务量3497件, 同比增长12%.|全市快递业务量3497件，同比增长12%。
            请 量 3497 件 , 同 比 增 长|请 量 3497 件，同 比 增 长
            会议议程如下: 一是总结;二是部署.|会议议程如下：一是总结；二是部署。
            这是真的吗?|这是真的吗？
            真的吗?!|真的吗？！
            太好了!我们赢了!|太好了！我们赢了！
            # Latin words and numbers inside Chinese
            他用Python, 我用Java.|他用Python，我用Java。
            上午10:30, 会议开始|上午10:30，会议开始
            你也用iPhone?|你也用iPhone？
            联系邮箱是news@jianglan.cn.|联系邮箱是news@jianglan.cn。
            详见www.jianglan.cn.|详见www.jianglan.cn。
            软件版本为2.0.|软件版本为2.0。
            # brackets and quotes
            经济合作与发展组织(OECD)发布报告|经济合作与发展组织（OECD）发布报告
            (一)加快城市更新|（一）加快城市更新
            据路透社(Reuters)报道|据路透社（Reuters）报道
            他说:"明天再来."|他说：“明天再来。”
            他说:"I love this city."|他说：“I love this city.”
            所谓"新基建",就是|所谓“新基建”，就是
            他说"这叫'慢生活'"|他说“这叫‘慢生活’”
            # ellipsis and dash
            他想了想...没有说话|他想了想……没有说话
            等等......|等等……
            北京--上海高铁|北京——上海高铁
            # what it must NOT touch
            价格上涨3.5%|价格上涨3.5%
            共有1,200名观众|共有1,200名观众
            比分为2:1|比分为2:1
            时间:10:30|时间：10:30
            请访问https://www.jianglan.cn/news?id=3&p=2:1查看|请访问https://www.jianglan.cn/news?id=3&p=2:1查看
            附件为新闻稿.docx|附件为新闻稿.docx
            升级到v2.1.3版本|升级到v2.1.3版本
            He said: yes, it is done.|He said: yes, it is done.
            Thank you. 谢谢|Thank you. 谢谢
            Don't worry, it's fine.|Don't worry, it's fine.
            函数f(x)的值|函数f(x)的值
            只有一个"引号|只有一个"引号
            他说"好"又说"|他说"好"又说"
            未配对的括号(说明|未配对的括号(说明
            10--20人|10--20人
            wait...|wait...
            是Mr. Smith|是Mr. Smith
            全角标点，已经正确。|全角标点，已经正确。
            “Hello,” she said.|“Hello,” she said.
            “Thank you.” 他说|“Thank you.” 他说
            他说“好”.|他说“好”。
            他说“好的”,然后走了|他说“好的”，然后走了
            """)
    void fixesChinesePunctuationAndLeavesTheRest(String in, String expected) {
        assertThat(fixer.fix(in)).isEqualTo(expected);
    }

    @Test
    void eachChangeSaysWhereWhatAndItsContext() {
        String text = "全市快递业务量3497件, 同比增长12%.";

        List<PunctuationChange> changes = fixer.propose(text);

        assertThat(changes).extracting(PunctuationChange::offset, PunctuationChange::from, PunctuationChange::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, ", ", "，"),
                        org.assertj.core.groups.Tuple.tuple(text.length() - 1, ".", "。"));
        assertThat(changes.get(0).context()).contains("3497件, 同比");
    }

    @Test
    void applyingAStaleProposalIsRefused() {
        var change = fixer.propose("他说,好").get(0);

        assertThatThrownBy(() -> TextEdit.apply("他说。好", List.of(change.edit())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondPassFindsNothing() {
        String once = fixer.fix("他说:\"明天(周三)再来...\" 然后走了.");

        assertThat(fixer.propose(once)).isEmpty();
        assertThat(once).isEqualTo("他说：“明天（周三）再来……”然后走了。");
    }
}
