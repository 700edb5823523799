package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.copydesk.model.EditionContent;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.Test;

/** The "not filled" warning agrees with the composer's copyfit and comes once per story. */
class PageFilledTest {
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();
    private static final EditionContent SAMPLE = SampleEdition.create();

    @Test
    void theDefaultThresholdIsMoreThanFiveFreeLinesAndTheSampleIsFilled() {
        assertThat(PreflightRules.defaults().maxFreeLines()).isEqualTo(5);
        assertThat(new Preflight(COMPOSER, Locale.ENGLISH).check(SAMPLE)).noneMatch(f -> f.check() == Check.PAGE_NOT_FILLED);
    }

    @Test
    void eachStoryWithMoreFreeLinesThanAllowedIsFlaggedOnceWithTheCopyfitsFigure() {
        Map<String, Copyfit> fits = copyfits(SAMPLE);
        int threshold = Math.max(0, fits.values().stream().mapToInt(Copyfit::linesFree).min().orElseThrow() - 1);
        List<Finding> findings = new Preflight(COMPOSER, PreflightRules.defaults().withMaxFreeLines(threshold), Locale.ENGLISH)
                .check(SAMPLE)
                .stream().filter(f -> f.check() == Check.PAGE_NOT_FILLED).toList();

        Map<String, Copyfit> expected = fits.entrySet().stream().filter(e -> e.getValue().linesFree() > threshold)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // Stories a few lines short are filled with white rows between paragraphs (typeset.VerticalFill);
        // those one line short stay so and are what this threshold flags.
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        assertThat(findings).extracting(Finding::contentId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Finding f : findings) {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageKey()).isEqualTo("page-not-filled");
            assertThat(f.arguments().get(0)).isEqualTo(expected.get(f.contentId()).linesFree());
            int free = expected.get(f.contentId()).linesFree();
            assertThat(f.message()).startsWith("frame not filled: " + free + (free == 1 ? " line" : " lines") + " short (");
            assertThat(f.pageNumber()).isEqualTo(pageOfLastPart(f.contentId()));
        }
    }

    @Test
    void aThresholdAtTheFreeLinesOfEveryStoryFlagsNone() {
        int most = copyfits(SAMPLE).values().stream().mapToInt(Copyfit::linesFree).max().orElseThrow();
        assertThat(new Preflight(COMPOSER, PreflightRules.defaults().withMaxFreeLines(most), Locale.ENGLISH).check(SAMPLE))
                .noneMatch(f -> f.check() == Check.PAGE_NOT_FILLED);
    }

    private static Map<String, Copyfit> copyfits(EditionContent content) {
        Map<String, Copyfit> fits = new LinkedHashMap<>();
        content.pages().forEach(p -> COMPOSER.compose(content, p.number()).copyfits()
                .forEach(fit -> fits.putIfAbsent(fit.articleId(), fit)));
        return fits;
    }

    private static int pageOfLastPart(String articleId) {
        int page = -1;
        int part = -1;
        for (var p : SAMPLE.pages()) {
            for (var placement : p.placements()) {
                if (placement instanceof StoryPlacement s && s.articleId().equals(articleId) && s.part() > part) {
                    part = s.part();
                    page = p.number();
                }
            }
        }
        return page;
    }
}
