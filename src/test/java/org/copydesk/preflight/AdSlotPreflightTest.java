package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.TinyPdf;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.Test;

/** An ad slot without artwork: a warning on the screen, an error on pages going to press; ads overlap nothing. */
class AdSlotPreflightTest {
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();
    private static final PreflightRules PRESS = PreflightRules.defaults().withForPress(true);

    private static final GridRect SLOT = new GridRect(0, 0, 2, 10);

    /** The sample with a page of ads after its last page. */
    private static EditionContent sampleWith(List<Placement> ads) {
        EditionContent sample = SampleEdition.create();
        Page last = sample.pages().get(sample.pages().size() - 1);
        List<Page> pages = new ArrayList<>(sample.pages());
        pages.add(new Page("page-ads", sample.edition().id(), last.number() + 1, "广告", last.spec(), ads));
        return new EditionContent(sample.edition(), pages, sample.articles(), sample.photos());
    }

    @Test
    void anEmptySlotIsAWarningOnScreenAndAnErrorForThePressInBothLanguages() {
        EditionContent content = sampleWith(List.of(new AdPlacement("城南家具", SLOT, "城南家具城", Optional.empty())));
        int page = content.pages().get(content.pages().size() - 1).number();

        List<Finding> screen = new Preflight(COMPOSER, Locale.ENGLISH).check(content);
        List<Finding> press = new Preflight(COMPOSER, PRESS, Locale.ENGLISH).check(content);
        List<Finding> chinese = new Preflight(COMPOSER, PRESS, Locale.SIMPLIFIED_CHINESE).check(content);

        assertThat(screen).filteredOn(f -> f.check() == Check.EMPTY_AD_SLOT).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pageNumber()).isEqualTo(page);
            assertThat(f.contentId()).isEqualTo("城南家具");
            assertThat(f.message()).contains("城南家具城").contains("no artwork");
        });
        assertThat(press).filteredOn(f -> f.check() == Check.EMPTY_AD_SLOT).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(Preflight.hasErrors(press)).isTrue();
        assertThat(chinese).filteredOn(f -> f.check() == Check.EMPTY_AD_SLOT).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("城南家具城").contains("尚无广告稿"));
    }

    @Test
    void aSlotWithArtworkPassesAndTwoAdsOverlappingAreAFrameOverlap() {
        EditionContent filled = sampleWith(List.of(new AdPlacement("江澜银行", SLOT, "江澜银行",
                Optional.of(TinyPdf.artwork("bank.pdf")))));
        assertThat(new Preflight(COMPOSER, PRESS, Locale.ENGLISH).check(filled))
                .noneMatch(f -> f.check() == Check.EMPTY_AD_SLOT || f.check() == Check.FRAME_OVERLAP);

        EditionContent over = sampleWith(List.of(new AdPlacement("江澜银行", SLOT, "江澜银行",
                Optional.of(TinyPdf.artwork("bank.pdf"))), new AdPlacement("城南家具", new GridRect(1, 5, 2, 10), "城南家具城",
                Optional.of(TinyPdf.artwork("furniture.pdf")))));
        assertThat(new Preflight(COMPOSER, Locale.ENGLISH).check(over)).filteredOn(f -> f.check() == Check.FRAME_OVERLAP)
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("江澜银行").contains("城南家具城").contains("an ad slot shares its space with nothing");
                });
    }
}
