package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Banners and story frame looks travel in edition packages, in the manifest with the other placements. */
class PageElementsPackageTest {
    @TempDir
    Path dir;

    private static EditionContent withElements() {
        EditionContent content = ExportFixtures.edition();
        Page two = content.page(2).orElseThrow();
        List<Placement> placements = new ArrayList<>();
        for (Placement p : two.placements()) {
            placements.add(p instanceof StoryPlacement s
                    ? s.withStyle(new StoryStyle(FrameBorder.DOUBLE, true, StoryStyle.VerticalHeadline.RIGHT, false)) : p);
        }
        placements.add(new BannerPlacement("标语", new GridRect(0, 46, 6, 4), "学党史 悟思想 办实事 开新局", true, true));
        List<Page> pages = content.pages().stream().map(p -> p == two ? two.withPlacements(placements) : p).toList();
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }

    @Test
    void bannersAndFrameLooksComeBackFromAPackage() throws IOException {
        EditionContent content = withElements();
        Path file = dir.resolve("elements.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(content, file, ExportProgress.NONE);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest.replace(" ", "")).contains("\"type\":\"banner\"", "学党史悟思想办实事开新局",
                    "\"border\":\"double\"", "\"verticalHeadline\":\"right\"");
        }
        EditionContent read = new EditionPackageReader().read(file);
        assertThat(read.pages()).isEqualTo(content.pages());
    }

    @Test
    void plainFramesWriteNoStyleSoOlderReadersSeeThePlacementsTheyKnow() throws IOException {
        EditionContent content = ExportFixtures.edition();
        Path file = dir.resolve("plain.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(content, file, ExportProgress.NONE);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest).doesNotContain("\"style\"", "banner");
        }
        assertThat(new EditionPackageReader().read(file).pages()).isEqualTo(content.pages());
    }
}
