package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.Test;

/** ASCII punctuation inside Chinese copy, and a story in the other script, on the sample edition. */
class ChineseCopyCheckTest {
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();
    private static final EditionContent SAMPLE = SampleEdition.create();

    private static Article lead() {
        String id = SAMPLE.page(1).orElseThrow().placements().stream().filter(StoryPlacement.class::isInstance)
                .findFirst().orElseThrow().contentId();
        return SAMPLE.article(id).orElseThrow();
    }

    private static EditionContent withArticle(Article changed) {
        List<Article> articles = new ArrayList<>(SAMPLE.articles());
        articles.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
        return new EditionContent(SAMPLE.edition(), SAMPLE.pages(), articles, SAMPLE.photos());
    }

    private static Article withSecondParagraph(Article article, String text) {
        List<Block> body = new ArrayList<>(article.body());
        body.set(1, new Block.Paragraph(text));
        return article.withBody(body);
    }

    private static List<Finding> check(EditionContent content, Check check, Locale locale) {
        return new Preflight(COMPOSER, locale).check(content).stream().filter(f -> f.check() == check).toList();
    }

    @Test
    void theSampleHasNeitherFinding() {
        assertThat(check(SAMPLE, Check.ASCII_PUNCTUATION, Locale.ENGLISH)).isEmpty();
        assertThat(check(SAMPLE, Check.OTHER_SCRIPT, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void asciiPunctuationIsAWarningNamingTheStoryTheParagraphAndTheSnippet() {
        Article lead = withSecondParagraph(lead(), "全市快递业务量3497件, 同比增长12%.价格上涨3.5%");

        List<Finding> findings = check(withArticle(lead), Check.ASCII_PUNCTUATION, Locale.ENGLISH);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pageNumber()).isEqualTo(1);
            assertThat(f.contentId()).isEqualTo(lead.id());
            assertThat(f.message()).startsWith(lead.headline() + ": 2 ASCII punctuation mark(s)")
                    .contains("paragraph 2").contains("3497件, 同比");
        });
        assertThat(check(withArticle(lead), Check.ASCII_PUNCTUATION, Locale.SIMPLIFIED_CHINESE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2 处半角标点").contains("第 2 段"));
    }

    @Test
    void numbersAndAddressesAloneAreNoFinding() {
        Article lead = withSecondParagraph(lead(), "价格上涨3.5%，观众1,200名，10:30开场，详见www.jianglan.cn。");

        assertThat(check(withArticle(lead), Check.ASCII_PUNCTUATION, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aStoryMostlyInTraditionalIsReportedInASimplifiedPaper() {
        Article lead = lead().withHeadlines("", "國慶假期公交客運量創新高", "").withByline("本報記者 陳曉東")
                .withBody(List.of(
                        new Block.Paragraph("記者從市交通運輸局獲悉，今年國慶假期，全市公共交通客運量達到歷史新高。"),
                        new Block.Paragraph("地鐵單日客運量首次突破三百萬人次，這與新線開通和夜間加開班次有關。")));

        assertThat(check(withArticle(lead), Check.OTHER_SCRIPT, Locale.ENGLISH)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("mostly in Traditional characters").contains("the paper prints Simplified");
        });
    }

    @Test
    void aSpikedStoryIsNotChecked() {
        Article spiked = withSecondParagraph(lead(), "他说:\"明天再来.\"").withStatus(ArticleStatus.SPIKED);

        assertThat(check(withArticle(spiked), Check.ASCII_PUNCTUATION, Locale.ENGLISH)).isEmpty();
    }
}
