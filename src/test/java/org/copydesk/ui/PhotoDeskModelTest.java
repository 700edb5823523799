package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Caption;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;
import org.junit.jupiter.api.Test;

/** The photo desk's cards and pick, without a window. */
class PhotoDeskModelTest {

    @Test
    void eachCardCarriesWhatItsPhotoLacksAndThePickFollowsThePhoto() {
        EditionContent content = withPhotos("a", "b", "c");
        var model = new PhotoDeskModel();
        Finding lowRes = new Finding(Severity.WARNING, Check.LOW_RESOLUTION, 1, FixtureEdition.BRIDGE_PHOTO, "low-resolution",
                List.of(), "low");
        model.show(content, List.of(lowRes));
        assertThat(model.cards()).hasSize(4);
        assertThat(model.cards().get(0).badges()).containsExactly(PhotoDeskModel.Badge.LOW_RESOLUTION);
        assertThat(model.cards().get(0).pages()).containsExactly(1);
        assertThat(model.cards().get(1).badges()).containsExactlyInAnyOrder(PhotoDeskModel.Badge.NO_CAPTION,
                PhotoDeskModel.Badge.NO_CREDIT, PhotoDeskModel.Badge.UNPLACED);
        assertThat(model.count(PhotoDeskModel.Badge.UNPLACED)).isEqualTo(3);
        assertThat(model.picked().orElseThrow().photo().id()).isEqualTo(FixtureEdition.BRIDGE_PHOTO);

        model.move(2);
        assertThat(model.picked().orElseThrow().photo().id()).isEqualTo("b");
        model.move(10);
        assertThat(model.picked().orElseThrow().photo().id()).isEqualTo("c");
        model.move(-10);
        assertThat(model.pickedProperty().get()).isZero();
        assertThat(model.after("b").map(Photo::id)).contains("c");
        assertThat(model.after("c")).isEmpty();

        // Shown again without photo a: photo c stays picked where it now is.
        model.pick("c");
        model.show(withPhotos("b", "c"), List.of());
        assertThat(model.picked().orElseThrow().photo().id()).isEqualTo("c");
        assertThat(model.pickedProperty().get()).isEqualTo(2);
        assertThat(model.cards().get(0).badges()).isEmpty();
    }

    private static EditionContent withPhotos(String... ids) {
        EditionContent fixture = FixtureEdition.content();
        List<Photo> photos = new ArrayList<>(fixture.photos());
        byte[] png = FixtureEdition.png();
        for (String id : ids) {
            photos.add(new Photo(id, FixtureEdition.EDITION, id + ".png", "image/png", png, FixtureEdition.sha256(png), 320, 200,
                    new Caption("", "", "", null)));
        }
        return new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), photos);
    }
}
