package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.exchange.PackageLimits;
import org.copydesk.exchange.edition.TestImages;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.PhotoDecoder;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Photo files in every format the desk takes, bad files among good ones, duplicates and cancelling. */
class PhotoImportTest {
    private static final String EDITION = ExportFixtures.EDITION_ID;
    private static final String CAPTION = "12月2日，旅客在南京南站候车大厅排队检票。当日，铁路部门迎来返程客流高峰。";
    private static final String HEADLINE = "返程客流迎来高峰";

    @TempDir
    Path dir;

    private final PhotoImport photoImport = new PhotoImport();
    private InMemoryEditionRepository repository;

    @BeforeEach
    void edition() {
        repository = new InMemoryEditionRepository();
        repository.insertEdition(ExportFixtures.edition());
    }

    @Test
    void aCmykJpegIsTakenAndDecodesInColour() throws IOException {
        Photo photo = photoImport.read("cmyk.jpg", PhotoFiles.cmykJpeg(32, 16), EDITION);

        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(photo.widthPx()).isEqualTo(32);
        BufferedImage shown = PhotoDecoder.decodeUpright(photo, 32, 16, 10_000);
        assertThat(PhotoFiles.reddish(shown.getRGB(4, 8))).as("left half red").isTrue();
        assertThat(PhotoFiles.bluish(shown.getRGB(28, 8))).as("right half blue").isTrue();
    }

    @Test
    void sixteenBitPngsWithAlphaAreTaken() {
        Photo photo = photoImport.read("deep.png", TestImages.png(64, 48, 16, TestImages.RGBA), EDITION);

        assertThat(photo.mediaType()).isEqualTo("image/png");
        assertThat(photo.widthPx()).isEqualTo(64);
        assertThat(photo.heightPx()).isEqualTo(48);
    }

    @Test
    void aPalettePngKeepsItsTransparency() throws IOException {
        Photo photo = photoImport.read("logo.png", PhotoFiles.palettePngWithAlpha(20, 10), EDITION);

        BufferedImage shown = PhotoDecoder.decodeUpright(photo, 20, 10, 10_000);
        assertThat(shown.getRGB(2, 5)).isEqualTo(0xFFFF0000);
        assertThat(shown.getRGB(18, 5) >>> 24).as("alpha of the transparent half").isZero();
    }

    @Test
    void aTiffIsTakenAsTiff() throws IOException {
        Photo photo = photoImport.read("scan.tif", PhotoFiles.tiff(30, 20), EDITION);

        assertThat(photo.mediaType()).isEqualTo("image/tiff");
        BufferedImage shown = PhotoDecoder.decodeUpright(photo, 30, 20, 10_000);
        assertThat(shown.getRGB(2, 2)).isEqualTo(0xFFFF0000);
    }

    @Test
    void exifOrientationSixIsShownTurnedWithTheBytesUntouched() throws IOException {
        byte[] file = PhotoFiles.withSegment(PhotoFiles.jpeg(40, 20), 0xE1, PhotoFiles.exifOrientation(6));

        Photo photo = photoImport.read("portrait.jpg", file, EDITION);

        assertThat(photo.orientation()).isEqualTo(6);
        assertThat(photo.widthPx()).isEqualTo(20);
        assertThat(photo.heightPx()).isEqualTo(40);
        assertThat(photo.bytes()).isEqualTo(file);
        BufferedImage shown = PhotoDecoder.decodeUpright(photo, 20, 40, 10_000);
        assertThat(shown.getWidth()).isEqualTo(20);
        assertThat(shown.getHeight()).isEqualTo(40);
        // Turned a quarter clockwise: the stored left (red) half is now on top.
        assertThat(PhotoFiles.reddish(shown.getRGB(10, 5))).isTrue();
        assertThat(PhotoFiles.bluish(shown.getRGB(10, 35))).isTrue();
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestImages.png(100_000, 100_000, 8, TestImages.RGB, 1);
        assertThat(bomb.length).isLessThan(2_000);

        long start = System.nanoTime();
        assertThatThrownBy(() -> photoImport.read("bomb.png", bomb, EDITION))
                .isInstanceOf(PhotoImport.PhotoRefusedException.class)
                .hasMessageContaining("bomb.png").hasMessageContaining("100000").hasMessageContaining("before decoding");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds to refuse").isLessThan(2);
    }

    @Test
    void theFormatIsToldByTheBytesNotTheName() {
        Photo png = photoImport.read("really-a-png.jpg", PhotoFiles.png(PhotoFiles.halves(8, 8)), EDITION);
        assertThat(png.mediaType()).isEqualTo("image/png");

        assertThatThrownBy(() -> photoImport.read("notes.jpg", "这不是图片".getBytes(StandardCharsets.UTF_8), EDITION))
                .hasMessageContaining("notes.jpg").hasMessageContaining("not a JPEG, PNG or TIFF");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path big = Files.write(dir.resolve("big.jpg"), PhotoFiles.jpeg(64, 64));
        PhotoImport small = new PhotoImport(100, PackageLimits.defaults());

        assertThatThrownBy(() -> small.read(big, EDITION)).hasMessageContaining(big.toString()).hasMessageContaining("MB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "UTF-8"})
    void chineseIptcCaptionsPrefillTheCaption(String encoding) {
        Charset charset = Charset.forName(encoding);
        byte[] iptc = new PhotoFiles.Iim(charset, encoding.equals("UTF-8"))
                .text(120, CAPTION).text(80, "本报记者 张三 摄").text(110, "金陵晚报").text(105, HEADLINE)
                .text(25, "春运").text(25, "铁路").text(90, "南京").text(55, "20261202").text(115, "本报图片部")
                .app13();
        byte[] file = PhotoFiles.withSegment(PhotoFiles.jpeg(40, 30), 0xED, iptc);

        Photo photo = photoImport.read("station.jpg", file, EDITION);

        assertThat(photo.caption().text()).isEqualTo(CAPTION);
        assertThat(photo.caption().photographer()).isEqualTo("张三");
        assertThat(photo.caption().credit()).isEqualTo("金陵晚报");
        assertThat(photo.details().headline()).isEqualTo(HEADLINE);
        assertThat(photo.details().keywords()).containsExactly("春运", "铁路");
        assertThat(photo.details().city()).isEqualTo("南京");
        assertThat(photo.details().dateCreated()).isEqualTo("2026-12-02");
        assertThat(photo.details().source()).isEqualTo("本报图片部");
    }

    @Test
    void controlAndBidiCharactersInMetadataAreDropped() {
        byte[] iptc = new PhotoFiles.Iim(StandardCharsets.UTF_8, true)
                .text(120, "江边\u0000晚霞\u202E。").text(80, "张三/摄\u0007").app13();

        Photo photo = photoImport.read("dusk.jpg", PhotoFiles.withSegment(PhotoFiles.jpeg(16, 16), 0xED, iptc), EDITION);

        assertThat(photo.caption().text()).isEqualTo("江边晚霞。");
        assertThat(photo.caption().photographer()).isEqualTo("张三");
    }

    @Test
    void aFolderImportsEachFileOnItsOwnReportingDuplicatesAndRefusals() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("card"));
        byte[] good = PhotoFiles.jpeg(40, 30);
        Files.write(folder.resolve("a-good.jpg"), good);
        Files.write(folder.resolve("b-bad.jpg"), "<html>not found</html>".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("c-copy.jpg"), good);
        Files.write(folder.resolve("d-bridge.jpg"), ExportFixtures.edition().photos().get(0).bytes());
        Files.write(folder.resolve("e-cut.jpg"), TestImages.truncated(PhotoFiles.jpeg(64, 64), 300));
        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("sub/f-scan.tif"), PhotoFiles.tiff(10, 10));
        Files.write(folder.resolve("readme.txt"), "说明".getBytes(StandardCharsets.UTF_8));

        PhotoImport.Report report = photoImport.importFiles(repository, EDITION, List.of(folder), PhotoImport.Progress.NONE);

        assertThat(report.outcomes()).extracting(o -> o.file().getFileName().toString())
                .containsExactly("a-good.jpg", "b-bad.jpg", "c-copy.jpg", "d-bridge.jpg", "e-cut.jpg", "f-scan.tif");
        assertThat(report.imported()).extracting(Photo::fileName).containsExactly("a-good.jpg", "f-scan.tif");
        assertThat(report.duplicates()).extracting(PhotoImport.Duplicate::existingId)
                .containsExactly(report.imported().get(0).id(), ExportFixtures.PHOTO_ID);
        assertThat(report.refused()).hasSize(2);
        assertThat(report.refused().get(0).message()).contains(folder.resolve("b-bad.jpg").toString());
        assertThat(report.refused().get(1).message()).contains("e-cut.jpg");
        assertThat(repository.loadEdition(EDITION).orElseThrow().photos()).hasSize(3);
    }

    @Test
    void cancellingStopsAfterTheFileBeingRead() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(Files.write(dir.resolve("p" + i + ".png"), PhotoFiles.png(PhotoFiles.halves(8 + i, 8))));
        }
        List<Integer> done = new ArrayList<>();
        PhotoImport.Progress stopAfterTwo = new PhotoImport.Progress() {
            @Override
            public void fileDone(PhotoImport.Outcome outcome, int count, int total) {
                done.add(count);
            }

            @Override
            public boolean cancelRequested() {
                return done.size() >= 2;
            }
        };

        PhotoImport.Report report = photoImport.importFiles(repository, EDITION, files, stopAfterTwo);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.notReached()).isEqualTo(3);
        assertThat(report.imported()).hasSize(2);
        assertThat(repository.loadEdition(EDITION).orElseThrow().photos()).hasSize(3);
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Path missing = dir.resolve("gone.jpg");
        PhotoImport.Report report = photoImport.importFiles(repository, EDITION, List.of(missing), PhotoImport.Progress.NONE);

        assertThat(report.refused()).singleElement().extracting(PhotoImport.Refused::message).asString()
                .contains(missing.toString());
    }
}
