package org.copydesk.desk;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.Block;

/**
 * A story as the text a diff compares: one line each for 引题, 主题, 副题 and 记者 (empty when the
 * story has none, so the lines never shift), then one line per body block. A line number therefore
 * always names the same part of any revision.
 */
public final class StoryText {
    private static final Words WORDS = Words.ofPackage(StoryText.class);
    /** Lines before the body: kicker, headline, subtitle, reporter line. */
    public static final int HEADER_LINES = 4;

    private StoryText() {
    }

    public static String of(Article article) {
        List<String> lines = new ArrayList<>(List.of(article.kicker(), article.headline(), article.subtitle(),
                article.byline()));
        for (Block block : article.body()) {
            lines.add(block.text());
        }
        return String.join("\n", lines);
    }

    /** Which part of the story line {@code line} is, in words: 主题, 第 3 段 ... */
    public static String part(int line) {
        return switch (line) {
            case 0 -> WORDS.format("part.kicker");
            case 1 -> WORDS.format("part.headline");
            case 2 -> WORDS.format("part.subtitle");
            case 3 -> WORDS.format("part.byline");
            default -> WORDS.format("part.paragraph", line - HEADER_LINES + 1);
        };
    }
}
