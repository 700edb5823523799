package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.exchange.PackageLimits;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a package brings into memory (its photos, stories and manifest) must fit in a share of the
 * heap, checked from the zip's directory before anything is read; page PDFs are streamed through
 * their checksum and never held. A package that cannot fit is refused in one line, not with an
 * OutOfMemoryError.
 */
class PackageMemoryTest {
    @TempDir
    Path dir;

    private Map<String, byte[]> good;
    private long heldBytes;

    @BeforeEach
    void writeAGoodPackage() throws IOException {
        Path file = dir.resolve("good.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(ExportFixtures.edition(), file, ExportProgress.NONE);
        good = PackageFiles.read(file);
        heldBytes = good.entrySet().stream().filter(e -> !e.getKey().startsWith("pages/"))
                .mapToLong(e -> e.getValue().length).sum();
    }

    @Test
    void theBudgetIsAQuarterOfTheMaximumHeap() {
        assertThat(PackageLimits.defaults().maxHeldBytes()).isEqualTo(Runtime.getRuntime().maxMemory() / 4);
    }

    @ParameterizedTest(name = "budget = held bytes {0}: accepted {1}")
    @CsvSource(textBlock = """
            -1, false
             0, true
            """)
    void photosAndStoriesMustFitTheBudget(long slack, boolean accepted) throws IOException {
        Path file = dir.resolve("p.edition");
        PackageFiles.write(file, good);
        PackageLimits limits = PackageLimits.defaults().withMaxHeldBytes(heldBytes + slack);
        if (accepted) {
            assertThat(new EditionPackageReader(limits).read(file).photos()).hasSize(1);
        } else {
            assertThatThrownBy(() -> new EditionPackageReader(limits).read(file))
                    .hasMessageContaining("its photos and stories take").hasMessageContaining("-Xmx")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    /** 20 MB of page PDF is streamed through its checksum: the budget covers only what is held. */
    @Test
    void pagePdfsAreStreamedNotHeld() throws IOException {
        byte[] bigPage = new byte[20 << 20];
        new Random(7).nextBytes(bigPage);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bigPage, 0, 9);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(good);
        PackageFiles.replaceKeepingChecksums(files, "pages/page-02.pdf", bigPage);
        Path file = dir.resolve("big-pages.edition");
        PackageFiles.write(file, files);
        long held = files.entrySet().stream().filter(e -> !e.getKey().startsWith("pages/")).mapToLong(e -> e.getValue().length).sum();
        assertThat(new EditionPackageReader(PackageLimits.defaults().withMaxHeldBytes(held)).read(file).pages()).hasSize(2);

        // The streamed entry is still checked against the manifest.
        bigPage[1 << 20] ^= 1;
        files.put("pages/page-02.pdf", bigPage);
        PackageFiles.write(file, files);
        assertThatThrownBy(() -> new EditionPackageReader().read(file))
                .hasMessageContaining("pages/page-02.pdf").hasMessageContaining("SHA-256");
    }

    /**
     * The reported failure for real: a package holding a 40 MB photo, imported by a Copydesk with
     * 64 MB of heap, is refused in one line before it is read; no OutOfMemoryError, no stack trace.
     */
    @Test
    void aPackageTooBigForTheHeapIsRefusedInOneLineByTheRealCommand() throws Exception {
        byte[] photo = new byte[40 << 20];
        new Random(11).nextBytes(photo);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(good);
        PackageFiles.replaceKeepingChecksums(files, "photos/p001.jpg", photo);
        Path file = dir.resolve("heavy.edition");
        PackageFiles.write(file, files);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "org.copydesk.app.Main", "--db", dir.resolve("db").toString(), "import-edition", file.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(process.exitValue()).as(err).isEqualTo(1);
        assertThat(err.lines().filter(l -> !l.isBlank())).as(err).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("heavy.edition").contains("take 41 MB in memory").contains("-Xmx").doesNotContain("OutOfMemoryError");
        assertThat(new File(dir.resolve("out.txt").toString())).isEmpty();
    }
}
