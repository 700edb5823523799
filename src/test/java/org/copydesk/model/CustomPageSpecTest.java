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
        double typeBottomMm = page.marginTopMm() + page.typeAreaHeightPt() / PageSpec.POINTS_PER_MM;
        assertThat(typeBottomMm).isLessThanOrEqualTo(470 - 470 * 0.076 + 0.01);
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
    void sizesThatCannotMakeAPageAreRefused() {
        assertThatThrownBy(() -> PageSpec.custom(99, 400, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageSpec.custom(200, 1600, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageSpec.custom(120, 300, 12)).hasMessageContaining("12 columns");
        assertThatThrownBy(() -> PageSpec.custom(300, 400, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
