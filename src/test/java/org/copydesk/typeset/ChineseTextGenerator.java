package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded news-like Chinese text for property tests and benchmarks: Han words with the marks,
 * numbers, Latin words, quotes, brackets, dashes and ellipses that line breaking must handle.
 * The same seed always gives the same text.
 */
public final class ChineseTextGenerator {
    private static final String[] WORDS = {
        "记者", "今天", "江澜", "市民", "经济", "发展", "项目", "建设", "社区", "服务", "群众", "生活", "企业",
        "政府", "工作", "会议", "提出", "进一步", "推动", "高质量", "创新", "科技", "产业", "改革", "开放",
        "城市", "乡村", "振兴", "教育", "医疗", "保障", "文化", "旅游", "交通", "环境", "生态", "治理",
        "数字化", "转型", "基础设施", "投资", "增长", "消费", "市场", "活力", "居民", "收入", "就业",
        "岗位", "培训", "学校", "学生", "老师", "医院", "患者", "专家", "表示", "认为", "介绍", "据悉",
        "目前", "已经", "正在", "计划", "完成", "全年", "同比", "上涨", "下降", "预计", "达到", "超过",
        "博览会", "展览", "参观", "游客", "景区", "街道", "小区", "物业", "志愿者", "活动", "举办", "开幕",
        "闭幕", "签约", "合作", "伙伴", "国际", "国内", "地区", "省", "市", "县", "镇", "村", "河", "桥",
        "的", "了", "在", "和", "与", "是", "为", "对", "把", "将", "从", "向", "也", "都", "还", "又"
    };
    private static final String[] NUMBERS = {"65222", "5.2%", "1,234.5", "2026", "30", "12.5", "100", "3.8%", "7"};
    private static final String[] LATIN = {"APP", "5G", "PCT", "GDP", "AI", "CPI", "Wi-Fi"};
    private static final String[] PAIRS = {"“%s”", "《%s》", "（%s）", "「%s」"};

    private final Random random;

    public ChineseTextGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Paragraphs adding up to about {@code chars} characters. */
    public List<String> paragraphs(int chars) {
        List<String> out = new ArrayList<>();
        int total = 0;
        while (total < chars) {
            String p = paragraph(40 + random.nextInt(160));
            out.add(p);
            total += p.length();
        }
        return out;
    }

    /** One paragraph of roughly {@code length} characters, ending with a full stop or a closing quote. */
    public String paragraph(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sentence(sb);
        }
        return sb.toString();
    }

    /** A short phrase of Han words for an in-article subhead: no marks. */
    public String subhead() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 6) {
            sb.append(word());
        }
        return sb.toString();
    }

    private void sentence(StringBuilder sb) {
        int clauses = 1 + random.nextInt(3);
        boolean quoted = random.nextInt(6) == 0;
        if (quoted) {
            sb.append('“');
        }
        for (int c = 0; c < clauses; c++) {
            int words = 2 + random.nextInt(5);
            for (int w = 0; w < words; w++) {
                sb.append(token());
            }
            if (c + 1 < clauses) {
                sb.append(random.nextInt(5) == 0 ? "、" : random.nextInt(8) == 0 ? "；" : "，");
            }
        }
        int end = random.nextInt(20);
        String stop = end == 0 ? "……" : end == 1 ? "？" : end == 2 ? "！" : "。";
        sb.append(stop);
        if (quoted) {
            sb.append('”');
        }
    }

    private String token() {
        int r = random.nextInt(40);
        if (r == 0) return NUMBERS[random.nextInt(NUMBERS.length)];
        if (r == 1) return LATIN[random.nextInt(LATIN.length)];
        if (r == 2) return String.format(PAIRS[random.nextInt(PAIRS.length)], word() + word());
        if (r == 3) return "——" + word();
        if (r == 4) return word() + "·" + word();
        return word();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
