package org.copydesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomPageSpecTest {

    @Test
    void aCustomPageFitsWholeColumnsAndLinesInsideItsMarginsWithTheTypeAreaCentred() {
        PageSpec page = PageSpec.custom(320, 470, 7);

        assertThat(page.name()).isEqualTo("custom");
        assertThat(page.columns()).isEqualTo(7);
        assertThat(page.columnChars()).isGreaterThanOrEqualTo(4);
        double typeRightMm = page.marginLeftMm() + page.typeAreaWidthPt() / PageSpec.POINTS_PER_MM;
        assertThat(page.marginLeftMm()).isCloseTo(320 - typeRightMm, org.assertj.core.data.Offset.offset(0.01));
        assertThat(page.marginLeftMm()).isGreaterThanOrEqualTo(320 * 0.0475 - 0.01);
        // As many lines as fit between a 5.8 % head and a 7.6 % foot, the grid then placed so that the
        // white under the last line is about the white over the running head (foot 5 % larger).
        assertThat(page.rows() * page.linePitchPt() / PageSpec.POINTS_PER_MM).isLessThanOrEqualTo(470 * (1 - 0.058 - 0.076) + 0.01);
        assertThat(page.footMarginPt() / page.headMarginPt()).isCloseTo(PageSpec.FOOT_OVER_HEAD, org.assertj.core.data.Offset.offset(0.01));
        // One more column of the same width, or one more line, would not fit.
        assertThat((page.columns() * (page.columnChars() + 1) + page.columns()) * page.bodySizePt() / PageSpec.POINTS_PER_MM)
                .isGreaterThan(320 - 2 * 320 * 0.0475);
    }

    @Test
    void theBroadsheetSizeGivesABroadsheetGrid() {
        PageSpec page = PageSpec.custom(390, 550, 8);
        assertThat(page.columnChars()).isEqualTo(PageSpec.broadsheet().columnChars());
        assertThat(page.rows()).isBetween(PageSpec.broadsheet().rows() - 3, PageSpec.broadsheet().rows() + 3);
        assertThat(PageSpec.custom(275, 390, 6).columnChars()).isEqualTo(PageSpec.tabloid().columnChars());
    }

    @Test
    void everyPageTheAppOffersHasItsHeadAndFootMarginsBalanced() {
        // The presets, the custom page the new-edition dialog proposes, and sizes from A4 to the
        // largest allowed: the foot's white is the head's plus 5 %, never the 43 mm against 26 mm
        // the 对开 preset had when its grid hung from a fixed top margin.
        java.util.List<PageSpec> pages = java.util.List.of(PageSpec.broadsheet(), PageSpec.tabloid(), PageSpec.custom(320, 470, 7),
                PageSpec.custom(210, 297, 4), PageSpec.custom(390, 550, 8), PageSpec.custom(1500, 1500, 12));
        for (PageSpec page : pages) {
            assertThat(page.footMarginPt() / page.headMarginPt()).as(page.name() + " " + page.trimHeightMm())
                    .isBetween(1.0, 1.1);
            assertThat(page.headMarginPt()).isPositive();
        }
        assertThat(PageSpec.broadsheet().marginTopMm()).isEqualTo(40.0);
        assertThat(PageSpec.broadsheet().headMarginPt() / PageSpec.POINTS_PER_MM).isCloseTo(33.6, org.assertj.core.data.Offset.offset(0.1));
        assertThat(PageSpec.broadsheet().footMarginPt() / PageSpec.POINTS_PER_MM).isCloseTo(35.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(PageSpec.tabloid().marginTopMm()).isEqualTo(31.6);
    }

    @Test
    void sizesThatCannotMakeAPageAreRefused() {
        assertThatThrownBy(() -> PageSpec.custom(99, 400, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageSpec.custom(200, 1600, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageSpec.custom(120, 300, 12)).hasMessageContaining("12 columns");
        assertThatThrownBy(() -> PageSpec.custom(300, 400, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
