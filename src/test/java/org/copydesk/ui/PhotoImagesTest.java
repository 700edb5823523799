package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Decoded pictures reach the preview with their colours, and an edition opens with its first page's photos only. */
@ExtendWith(ApplicationExtension.class)
class PhotoImagesTest {

    @Start
    void start(Stage stage) {
        // The toolkit only: images need it, no window is shown.
    }

    @Test
    void everyDecodedLayoutKeepsItsColoursAsAJavaFxImage() {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY,
                BufferedImage.TYPE_4BYTE_ABGR}) {
            var picture = new BufferedImage(7, 5, type);
            var g = picture.createGraphics();
            g.setColor(new Color(200, 40, 10));
            g.fillRect(0, 0, 7, 5);
            g.setColor(new Color(30, 60, 220));
            g.fillRect(3, 2, 4, 3);
            g.dispose();

            WritableImage image = PhotoImages.toFx(picture);

            assertThat(image.getWidth()).isEqualTo(7);
            assertThat(image.getHeight()).isEqualTo(5);
            for (int[] at : new int[][] {{0, 0}, {6, 4}, {2, 1}, {3, 2}}) {
                assertThat(image.getPixelReader().getArgb(at[0], at[1])).as("type %d at %d,%d", type, at[0], at[1])
                        .isEqualTo(expected(picture, at[0], at[1]));
            }
        }
    }

    /**
     * The colour the page shows. A grey picture's samples are shown as they are stored, as the PDF
     * prints them (DeviceGray): Java 2D's {@code getRGB} would brighten them as if they were linear.
     */
    private static int expected(BufferedImage picture, int x, int y) {
        if (picture.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            int v = picture.getRaster().getSample(x, y, 0);
            return 0xFF000000 | v << 16 | v << 8 | v;
        }
        return picture.getRGB(x, y);
    }

    @Test
    void anEditionOpensWithThePhotosOfThePageShownNotTheWholeEditions() {
        EditionContent content = FixtureEdition.content();
        assertThat(content.photos()).as("the fixture has photos").isNotEmpty();
        int withPhoto = content.pages().stream()
                .filter(p -> p.placements().stream().anyMatch(PhotoPlacement.class::isInstance))
                .findFirst().orElseThrow().number();

        var onPage = EditionOpening.photosOnFirstShown(content, withPhoto);

        var expected = content.page(withPhoto).orElseThrow().placements().stream()
                .filter(PhotoPlacement.class::isInstance).map(p -> p.contentId()).distinct().toList();
        assertThat(onPage).extracting(Photo::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(EditionOpening.photosOnFirstShown(content, 999)).as("no such page: the first page's")
                .isEqualTo(EditionOpening.photosOnFirstShown(content, content.pages().get(0).number()));
    }
}
