package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.exchange.PackageException;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.TinyPdf;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ad slots (广告) travel in edition packages: the slot in the manifest, the advertiser's PDF as an entry under ads/. */
class AdSlotPackageTest {
    @TempDir
    Path dir;

    private static final AdArtwork BANK = new AdArtwork("江澜银行.pdf", TinyPdf.onePage(200, 300));

    private static EditionContent withAds(AdArtwork artwork) {
        EditionContent content = ExportFixtures.edition();
        Page two = content.page(2).orElseThrow();
        List<Placement> placements = new ArrayList<>(two.placements());
        placements.add(new AdPlacement("江澜银行", new GridRect(0, 30, 3, 15), "江澜银行", Optional.of(artwork)));
        placements.add(new AdPlacement("城南家具", new GridRect(3, 30, 3, 15), "城南家具城", Optional.empty()));
        List<Page> pages = content.pages().stream().map(p -> p == two ? two.withPlacements(placements) : p).toList();
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }

    @Test
    void adSlotsAndTheirArtworkComeBackFromAPackage() throws IOException {
        EditionContent content = withAds(BANK);
        Path file = dir.resolve("ads.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(content, file, ExportProgress.NONE);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("ads/ad001.pdf")).isNotNull();
            assertThat(zip.getInputStream(zip.getEntry("ads/ad001.pdf")).readAllBytes()).isEqualTo(BANK.pdf());
        }
        EditionContent read = new EditionPackageReader().read(file);
        assertThat(read.pages()).isEqualTo(content.pages());
    }

    @Test
    void artworkThatIsNotAPdfIsRefusedNamingTheEntry() throws IOException {
        Path file = dir.resolve("bad.edition");
        new EditionPackageWriter(ExportFixtures.composer())
                .write(withAds(new AdArtwork("bank.pdf", "not a pdf".getBytes())), file, ExportProgress.NONE);

        assertThatThrownBy(() -> new EditionPackageReader().read(file)).isInstanceOf(PackageException.class)
                .hasMessageContaining("ads/ad001.pdf");
        assertThat(Files.size(file)).isPositive();
    }
}
