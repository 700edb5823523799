package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.copydesk.cli.CommandRunner;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.exchange.PackageException;
import org.copydesk.exchange.PackageLimits;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every photo of a package is decoded whole at import, in bounded memory: files cut short, headers
 * that claim more pixels than the data holds, and pictures too big to decode are refused with the
 * entry and the problem named, and nothing is imported. The package checksums match in every case:
 * the damage was there before the package was made.
 */
class PhotoImportTest {
    @TempDir
    Path dir;

    static Stream<Arguments> photos() {
        return Stream.of(
                photo("a good 1600x1067 JPEG", "image/jpeg", () -> TestImages.jpeg(1600, 1067), 1600, 1067, null),
                photo("a JPEG truncated to 2,000 bytes", "image/jpeg",
                        () -> TestImages.truncated(TestImages.jpeg(1600, 1067), 2_000), 1600, 1067, "damaged or incomplete"),
                photo("a JPEG whose header claims 4000x3000 over 1600x1067 data", "image/jpeg",
                        () -> TestImages.withJpegSize(TestImages.jpeg(1600, 1067), 4000, 3000), 4000, 3000, "damaged or incomplete"),
                photo("a JPEG whose header claims 14000x14000 over 1600x1067 data", "image/jpeg",
                        () -> TestImages.withJpegSize(TestImages.jpeg(1600, 1067), 14000, 14000), 14000, 14000,
                        "would take 561 MB decoded (14000x14000 pixels of 3 bytes); at most 512 MB"),
                photo("a good 8-bit RGB PNG", "image/png", () -> TestImages.png(300, 200, 8, TestImages.RGB), 300, 200, null),
                photo("a good 16-bit RGBA PNG", "image/png", () -> TestImages.png(300, 200, 16, TestImages.RGBA), 300, 200, null),
                photo("a PNG cut in half", "image/png", () -> {
                    byte[] png = TestImages.png(300, 200, 8, TestImages.RGB);
                    return TestImages.truncated(png, png.length / 2);
                }, 300, 200, "damaged or incomplete"),
                photo("a PNG whose header claims 200 rows over 50 rows of data", "image/png",
                        () -> TestImages.png(300, 200, 8, TestImages.RGB, 50), 300, 200, "damaged or incomplete"),
                photo("a 14142x14142 16-bit RGBA PNG, under the pixel limit", "image/png",
                        () -> TestImages.png(14142, 14142, 16, TestImages.RGBA, 2), 14142, 14142,
                        "would take 1526 MB decoded (14142x14142 pixels of 8 bytes)"));
    }

    private static Arguments photo(String name, String mediaType, Supplier<byte[]> file, int width, int height, String problem) {
        return Arguments.of(name, mediaType, file, width, height, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("photos")
    void everyPhotoIsDecodedWholeAtImport(String name, String mediaType, Supplier<byte[]> file, int width, int height,
                                          String problem) throws IOException {
        Path edition = packageWithPhoto(mediaType, file.get(), width, height);
        String entry = "photos/p001" + (mediaType.equals("image/png") ? ".png" : ".jpg");
        var result = CommandRunner.run(new InMemoryEditionRepository(), ExportFixtures.composer(), "import-edition", edition.toString());
        if (problem == null) {
            EditionContent content = new EditionPackageReader().read(edition);
            assertThat(content.photos()).singleElement().satisfies(p -> assertThat(p.widthPx()).isEqualTo(width));
            assertThat(result.exitCode()).as(result.err()).isZero();
        } else {
            assertThatThrownBy(() -> new EditionPackageReader().read(edition)).isInstanceOf(PackageException.class)
                    .hasMessageContaining(entry).hasMessageContaining(problem);
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains(entry).contains(problem);
        }
    }

    /** The decoded size counts every band at its bit depth: 16-bit RGBA is 8 bytes a pixel, 8-bit RGB 3. */
    @ParameterizedTest(name = "{0}-bit, colour type {1}: {2} bytes decoded")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            8,  2, 120000, true
            8,  6, 160000, true
            16, 2, 240000, false
            16, 6, 320000, false
            """)
    void theDecodedBytesLimitCountsBitDepthAndBands(int bitDepth, int colourType, long decodedBytes, boolean accepted)
            throws IOException {
        PackageLimits limits = PackageLimits.defaults().withMaxImageBytes(200_000);
        Path edition = packageWithPhoto("image/png", TestImages.png(200, 200, bitDepth, colourType), 200, 200);
        if (accepted) {
            assertThat(new EditionPackageReader(limits).read(edition).photos()).hasSize(1);
        } else {
            assertThatThrownBy(() -> new EditionPackageReader(limits).read(edition))
                    .hasMessageContaining("photos/p001.png").hasMessageContaining("of " + decodedBytes / 40_000 + " bytes");
        }
    }

    @Test
    void theDefaultDecodedBytesLimitIs512Megabytes() {
        assertThat(PackageLimits.defaults().maxImageBytes()).isEqualTo(512L << 20);
        assertThat(PackageLimits.defaults().maxImagePixels()).isEqualTo(200_000_000L);
    }

    /**
     * A package made from the fixture edition with a good photo of the type, then the photo entry
     * replaced by {@code file}, with the manifest's size and checksum updated to match it.
     */
    private Path packageWithPhoto(String mediaType, byte[] file, int width, int height) throws IOException {
        EditionContent fixture = ExportFixtures.edition();
        Photo original = fixture.photos().get(0);
        byte[] good = mediaType.equals("image/png") ? TestImages.png(60, 40, 8, TestImages.RGB) : TestImages.jpeg(60, 40);
        Photo photo = new Photo(original.id(), original.editionId(), "photo" + (mediaType.equals("image/png") ? ".png" : ".jpg"),
                mediaType, good, ExportFixtures.sha256(good), 60, 40, original.caption());
        EditionContent content = new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), List.of(photo));
        Path made = dir.resolve("made.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(content, made, ExportProgress.NONE);
        Map<String, byte[]> files = PackageFiles.read(made);
        String entry = "photos/p001" + (mediaType.equals("image/png") ? ".png" : ".jpg");
        PackageFiles.replaceKeepingChecksums(files, entry, file);
        ObjectNode manifest = PackageFiles.manifest(files);
        ((ObjectNode) manifest.at("/photos/0")).put("widthPx", width).put("heightPx", height);
        PackageFiles.putManifest(files, manifest);
        Path edition = dir.resolve("photo.edition");
        PackageFiles.write(edition, files);
        return edition;
    }
}
