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
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 导读 box travels in an edition package with its title and lines; the pages its lines print are
 * not written, so the reader composes them from where the stories are placed.
 */
class IndexBoxPackageTest {
    @TempDir
    Path dir;

    @Test
    void aBoxComesBackFromAPackageWithItsTitleAndLinesInOrder() throws IOException {
        EditionContent content = ExportFixtures.edition();
        Page one = content.page(1).orElseThrow();
        List<Placement> placements = new ArrayList<>(one.placements());
        placements.add(new IndexBoxPlacement("导读", new GridRect(3, 40, 3, 6), "本期导读", List.of(
                new IndexEntry(ExportFixtures.SECOND_ID, "第二条短标题"), IndexEntry.of(ExportFixtures.LEAD_ID))));
        List<Page> pages = content.pages().stream().map(p -> p == one ? one.withPlacements(placements) : p).toList();
        content = new EditionContent(content.edition(), pages, content.articles(), content.photos());
        Path file = dir.resolve("index.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(content, file, ExportProgress.NONE);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8).replace(" ", "");
            assertThat(manifest).contains("\"type\":\"index\"", "\"title\":\"本期导读\"", "\"shortText\":\"第二条短标题\"")
                    .doesNotContain("第2版");
        }
        EditionContent read = new EditionPackageReader().read(file);
        assertThat(read.pages()).isEqualTo(content.pages());
    }
}
