package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PhotoFitTest {

    @Test
    void aSquarePictureInAWideBoxCoversItAndLosesTopAndBottomEqually() {
        PhotoFit fit = new PhotoFit(new Box(100, 200, 200, 100), 400, 400);
        assertThat(fit.pointsPerPixel()).isEqualTo(0.5);
        assertThat(fit.effectivePpi()).isEqualTo(144.0);
        assertThat(fit.wholePicture()).isEqualTo(new Box(100, 150, 200, 200));
        Box part = fit.visiblePart();
        assertThat(part.x()).isCloseTo(0, within(1e-12));
        assertThat(part.y()).isCloseTo(0.25, within(1e-12));
        assertThat(part.width()).isCloseTo(1, within(1e-12));
        assertThat(part.height()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aTallBoxCropsTheSidesAndTheTighterSideDecidesTheResolution() {
        PhotoFit fit = new PhotoFit(new Box(0, 0, 72, 144), 1600, 1067);
        assertThat(fit.effectivePpi()).isCloseTo(72.0 / (144.0 / 1067), within(1e-9));
        Box part = fit.visiblePart();
        assertThat(part.y()).isCloseTo(0, within(1e-12));
        assertThat(part.x() + part.width() / 2).isCloseTo(0.5, within(1e-12));
        assertThat(part.width()).isLessThan(1);
    }

    @Test
    void aPictureWithoutPixelsIsRefused() {
        assertThatThrownBy(() -> new PhotoFit(new Box(0, 0, 10, 10), 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
