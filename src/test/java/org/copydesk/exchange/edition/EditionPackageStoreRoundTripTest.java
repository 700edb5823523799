package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.model.EditionContent;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from one real database, import into another, export again: the same package, byte for byte. */
class EditionPackageStoreRoundTripTest {
    @TempDir
    Path dir;

    private final PageComposer composer = ExportFixtures.composer();

    @Test
    void aPackageSurvivesTheTripThroughTwoH2Databases() throws Exception {
        Path one = dir.resolve("one.edition");
        Path two = dir.resolve("two.edition");
        EditionContent imported;
        try (Database first = open("first")) {
            first.repository().insertEdition(ExportFixtures.edition());
            EditionContent stored = first.repository().loadEdition(ExportFixtures.EDITION_ID).orElseThrow();
            new EditionPackageWriter(composer).write(stored, one, ExportProgress.NONE);
        }
        try (Database second = open("second")) {
            second.repository().insertEdition(new EditionPackageReader().read(one));
            imported = second.repository().loadEdition(ExportFixtures.EDITION_ID).orElseThrow();
            new EditionPackageWriter(composer).write(imported, two, ExportProgress.NONE);
        }
        Map<String, byte[]> a = PackageFiles.read(one);
        Map<String, byte[]> b = PackageFiles.read(two);
        assertThat(PackageFiles.text(b, "manifest.json")).isEqualTo(PackageFiles.text(a, "manifest.json"));
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        EditionContent original = ExportFixtures.edition();
        for (int page = 1; page <= 2; page++) {
            assertThat(composer.compose(imported, page)).isEqualTo(composer.compose(original, page));
        }
    }

    private Database open(String name) {
        return Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve(name).toString()), Map.of()));
    }
}
