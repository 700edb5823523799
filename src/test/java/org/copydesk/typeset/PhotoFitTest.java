package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.copydesk.model.PhotoCrop;
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
    void aZoomedCropEnlargesThePictureAroundItsFocalPointAndLowersTheResolution() {
        PhotoFit plain = new PhotoFit(new Box(0, 0, 200, 100), 400, 200);
        PhotoFit zoomed = new PhotoFit(new Box(0, 0, 200, 100), 400, 200, new PhotoCrop(0.5, 0.5, 2));
        assertThat(zoomed.effectivePpi()).isCloseTo(plain.effectivePpi() / 2, within(1e-9));
        Box part = zoomed.visiblePart();
        assertThat(part.width()).isCloseTo(0.5, within(1e-12));
        assertThat(part.x()).isCloseTo(0.25, within(1e-12));
        assertThat(part.y()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void theFocalPointComesToTheMiddleButNoEdgeOfThePictureComesInsideTheBox() {
        // A wide picture in a square box: the sides are cut; focus on the left third.
        PhotoFit left = new PhotoFit(new Box(0, 0, 100, 100), 300, 100, new PhotoCrop(1.0 / 3, 0.5, 1));
        assertThat(left.visiblePart().x() + left.visiblePart().width() / 2).isCloseTo(1.0 / 3, within(1e-9));
        // Focus on the very left edge: the picture stops at the box's left edge rather than leaving it empty.
        PhotoFit edge = new PhotoFit(new Box(0, 0, 100, 100), 300, 100, new PhotoCrop(0, 0.5, 1));
        assertThat(edge.wholePicture().x()).isCloseTo(0, within(1e-9));
        assertThat(edge.visiblePart().x()).isCloseTo(0, within(1e-12));
        // Up and down there is nothing to cut: the focus cannot move the picture.
        PhotoFit top = new PhotoFit(new Box(0, 0, 100, 100), 300, 100, new PhotoCrop(0.5, 0, 1));
        assertThat(top.wholePicture().y()).isCloseTo(0, within(1e-9));
        assertThat(top.wholePicture().bottom()).isCloseTo(100, within(1e-9));
    }

    @Test
    void draggingThePictureRightShowsMoreOfItsLeftSide() {
        PhotoFit fit = new PhotoFit(new Box(0, 0, 100, 100), 300, 100);
        PhotoCrop moved = fit.movedBy(50, 0);
        assertThat(moved.focusX()).isCloseTo(0.5 - 50.0 / 300, within(1e-9));
        // Against an edge the crop does not store movement the picture cannot make.
        PhotoCrop far = fit.movedBy(10_000, 0);
        PhotoFit atEdge = new PhotoFit(fit.box(), 300, 100, far);
        assertThat(atEdge.wholePicture().x()).isCloseTo(0, within(1e-9));
        PhotoCrop back = atEdge.movedBy(-10, 0);
        assertThat(new PhotoFit(fit.box(), 300, 100, back).wholePicture().x()).isCloseTo(-10, within(1e-9));
    }

    @Test
    void aCropIsOnThePictureAndZoomsFromOneToEight() {
        assertThatThrownBy(() -> new PhotoCrop(1.2, 0.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhotoCrop(0.5, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhotoCrop(0.5, 0.5, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PhotoCrop.CENTRED.withZoom(20).zoom()).isEqualTo(PhotoCrop.MAX_ZOOM);
        assertThat(PhotoCrop.CENTRED.withFocus(-1, 2)).isEqualTo(new PhotoCrop(0, 1, 1));
    }

    @Test
    void aPictureWithoutPixelsIsRefused() {
        assertThatThrownBy(() -> new PhotoFit(new Box(0, 0, 10, 10), 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
