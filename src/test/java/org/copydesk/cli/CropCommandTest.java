package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PhotoFit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo cropped from the command line: the crop is stored with the frame, changes what the
 * composer gives preview and PDF, travels in the edition package, and goes again with --whole.
 */
class CropCommandTest {
    private static final PageComposer COMPOSER = new NewspaperComposer(FontCatalogue.bundled());

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        database.repository().insertEdition(SampleEdition.create());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCropIsStoredComposedPackagedAndTakenOffAgain() throws Exception {
        EditionContent sample = stored();
        Page page = sample.pages().get(0);
        PhotoPlacement photo = page.placements().stream().filter(PhotoPlacement.class::isInstance)
                .map(PhotoPlacement.class::cast).findFirst().orElseThrow();
        double wholePpi = fit(sample, page.number(), photo.photoId()).effectivePpi();

        CommandRunner.Result cropped = run("crop", "--edition", sample.edition().id(), "--photo", photo.photoId().substring(0, 10),
                "--page", String.valueOf(page.number()), "--focus", "0.25,0.4", "--zoom", "2");
        assertThat(cropped.exitCode()).as(cropped.err()).isZero();
        assertThat(cropped.out()).contains("ppi");

        EditionContent after = stored();
        PhotoCrop crop = placement(after, page.number(), photo.photoId()).crop().orElseThrow();
        assertThat(crop).isEqualTo(new PhotoCrop(0.25, 0.4, 2));
        PhotoFit fit = fit(after, page.number(), photo.photoId());
        assertThat(fit.crop()).isEqualTo(crop);
        // Filling the frame and doubled, the picture prints at less than half its former resolution.
        assertThat(fit.effectivePpi()).isLessThan(wholePpi / 2 + 1e-9);
        assertThat(fit.box().width()).isCloseTo(fit(sample, page.number(), photo.photoId()).box().width(), within(1.0));

        // The package carries the crop to another Copydesk.
        Path pack = dir.resolve("edition.cdpkg");
        new EditionPackageWriter(COMPOSER).write(after, pack, ExportProgress.NONE);
        EditionContent read = new EditionPackageReader().read(pack);
        assertThat(placement(read, page.number(), photo.photoId()).crop()).contains(crop);

        // --zoom alone keeps the focal point.
        assertThat(run("crop", "--edition", sample.edition().id(), "--photo", photo.photoId(), "--page", "1", "--zoom", "1.5")
                .exitCode()).isZero();
        assertThat(placement(stored(), 1, photo.photoId()).crop()).contains(new PhotoCrop(0.25, 0.4, 1.5));

        assertThat(run("crop", "--edition", sample.edition().id(), "--photo", photo.photoId(), "--page", "1", "--whole")
                .exitCode()).isZero();
        assertThat(placement(stored(), 1, photo.photoId()).crop()).isEmpty();
    }

    @Test
    void aBadCropOrAPhotoNotOnThePageIsRefusedAndNothingChanges() {
        EditionContent sample = stored();
        PhotoPlacement photo = sample.pages().get(0).placements().stream().filter(PhotoPlacement.class::isInstance)
                .map(PhotoPlacement.class::cast).findFirst().orElseThrow();
        String id = photo.photoId();
        String edition = sample.edition().id();
        assertThat(run("crop", "--edition", edition, "--photo", id, "--page", "1", "--focus", "1.5,0.2").exitCode()).isEqualTo(2);
        assertThat(run("crop", "--edition", edition, "--photo", id, "--page", "1", "--zoom", "0.5").exitCode()).isEqualTo(2);
        assertThat(run("crop", "--edition", edition, "--photo", id, "--page", "1").exitCode()).isEqualTo(2);
        int elsewhere = sample.pages().stream().filter(p -> p.placements().stream().noneMatch(pl -> pl.contentId().equals(id)))
                .findFirst().orElseThrow().number();
        CommandRunner.Result notThere = run("crop", "--edition", edition, "--photo", id, "--page", String.valueOf(elsewhere),
                "--zoom", "2");
        assertThat(notThere.exitCode()).isNotZero();
        assertThat(notThere.err()).contains(String.valueOf(elsewhere));
        assertThat(stored()).isEqualTo(sample);
    }

    private EditionContent stored() {
        return database.repository().loadEdition(SampleEdition.EDITION_ID).orElseThrow();
    }

    private static PhotoPlacement placement(EditionContent content, int page, String photoId) {
        return content.page(page).orElseThrow().placements().stream()
                .filter(p -> p instanceof PhotoPlacement pp && pp.photoId().equals(photoId))
                .map(PhotoPlacement.class::cast).findFirst().orElseThrow();
    }

    private static PhotoFit fit(EditionContent content, int page, String photoId) {
        return COMPOSER.compose(content, page).frames().stream()
                .filter(f -> f.kind() == LayoutFrame.FrameKind.PHOTO && f.contentId().equals(photoId))
                .flatMap(f -> f.image().stream()).findFirst().orElseThrow();
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), COMPOSER, args);
    }
}
