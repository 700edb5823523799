package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoDetails;
import org.copydesk.render.pdf.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 7 on H2: a photo's orientation and details are stored and read back as they were. */
class PhotoDetailsStoreTest {
    @TempDir
    Path dir;

    @Test
    void orientationAndDetailsSurviveTheDatabase() {
        Photo fixture = ExportFixtures.edition().photos().get(0);
        PhotoDetails details = new PhotoDetails("江澜大桥合龙", List.of("大桥", "城市建设", "夜景"), "江澜",
                "2026-11-20T21:30:00+08:00", "本报图片部");
        Photo turned = new Photo("photo-turned", fixture.editionId(), "turned.jpg", fixture.mediaType(), fixture.bytes(),
                fixture.sha256(), fixture.heightPx(), fixture.widthPx(),
                new Caption("大桥合龙后的夜景。", "张三", "江澜日报", CaptionKind.NEWS), 8, details);
        DatabaseLocation location = DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of());
        try (Database database = Database.open(location)) {
            database.repository().insertEdition(ExportFixtures.edition());
            database.repository().insertPhoto(turned);
        }

        try (Database reopened = Database.open(location)) {
            List<Photo> photos = reopened.repository().loadEdition(fixture.editionId()).orElseThrow().photos();
            Photo read = photos.stream().filter(p -> p.id().equals("photo-turned")).findFirst().orElseThrow();
            assertThat(read.orientation()).isEqualTo(8);
            assertThat(read.details()).isEqualTo(details);
            assertThat(read.widthPx()).isEqualTo(fixture.heightPx());
            assertThat(read).isEqualTo(turned);
            Photo old = photos.stream().filter(p -> p.id().equals(fixture.id())).findFirst().orElseThrow();
            assertThat(old.orientation()).isEqualTo(Photo.UPRIGHT);
            assertThat(old.details()).isEqualTo(PhotoDetails.NONE);
        }
    }
}
