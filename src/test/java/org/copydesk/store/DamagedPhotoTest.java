package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.cli.CommandRunner;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Preflight;
import org.copydesk.render.pdf.ExportFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 512 bytes of a stored JPEG flipped in the database (a bad sector, a hand edit): the photo keeps
 * the digest it was stored with, preflight reports it as an error naming the photo, and no export
 * prints it or passes it on in a package with a freshly computed checksum.
 */
class DamagedPhotoTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void storeTheEditionAndDamageItsPhoto() throws Exception {
        DatabaseLocation location = DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of());
        try (Database fresh = Database.open(location)) {
            fresh.repository().insertEdition(ExportFixtures.edition());
        }
        Photo photo = ExportFixtures.edition().photos().get(0);
        byte[] damaged = photo.bytes();
        int start = damaged.length / 2 - 256;
        for (int i = start; i < start + 512; i++) {
            damaged[i] = (byte) ~damaged[i];
        }
        try (Connection c = new UrlDataSource(location.jdbcUrl()).getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE photos SET content = ? WHERE id = ?")) {
            s.setBytes(1, damaged);
            s.setString(2, photo.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        database = Database.open(location);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theLoadedPhotoCarriesItsStoredDigestAndFailsIt() {
        Photo loaded = content().photos().get(0);
        assertThat(loaded.sha256()).isEqualTo(ExportFixtures.edition().photos().get(0).sha256());
        assertThat(loaded.bytesMatchDigest()).isFalse();
        assertThat(ExportFixtures.edition().photos().get(0).bytesMatchDigest()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            en,    photo photo-bridge.jpg is damaged
            zh-CN, 图片已损坏：photo-bridge.jpg 的数据
            """)
    void preflightNamesTheDamagedPhotoAsAnError(String language, String message) {
        List<Finding> findings = new Preflight(ExportFixtures.composer(), Locale.forLanguageTag(language)).check(content());
        assertThat(findings).filteredOn(f -> f.check() == Check.DAMAGED_PHOTO).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.pageNumber()).isEqualTo(1);
            assertThat(f.message()).contains(message);
        });
    }

    /** Every output refuses, whatever the profile and even with --force; nothing is left on disk. */
    @ParameterizedTest(name = "export {0}")
    @CsvSource(textBlock = """
            --pdf,     out/edition.pdf,     --profile=archive
            --pdf,     out/edition.pdf,     --force
            --pages,   out/pages,           --force
            --png,     out/png,             --png-dpi=36
            --package, out/edition.edition, --profile=archive
            """)
    void everyExportRefusesTheDamagedPhoto(String option, String target, String extra) {
        Path out = dir.resolve(target);
        var result = CommandRunner.run(database.repository(), ExportFixtures.composer(),
                "export", "--edition", ExportFixtures.EDITION_ID, option, out.toString(), extra);
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.err()).contains("photo-bridge.jpg").contains("damaged");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void checkExitsOneNamingThePhoto() {
        var result = CommandRunner.run(database.repository(), ExportFixtures.composer(), "check", "--edition", ExportFixtures.EDITION_ID);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("DAMAGED_PHOTO").contains("photo-bridge.jpg");
    }

    @Test
    void theSameEditionWithItsPhotoIntactExports() throws Exception {
        database.repository().deleteEdition(ExportFixtures.EDITION_ID);
        database.repository().insertEdition(ExportFixtures.edition());
        Path out = dir.resolve("intact.edition");
        var result = CommandRunner.run(database.repository(), ExportFixtures.composer(),
                "export", "--edition", ExportFixtures.EDITION_ID, "--package", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.size(out)).isPositive();
    }

    private EditionContent content() {
        return database.repository().loadEdition(ExportFixtures.EDITION_ID).orElseThrow();
    }
}
