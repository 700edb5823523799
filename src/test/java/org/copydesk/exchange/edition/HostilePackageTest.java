package org.copydesk.exchange.edition;

import org.copydesk.store.InMemoryEditionRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.exchange.PackageException;
import org.copydesk.exchange.PackageLimits;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every kind of bad package is refused with the entry and the problem named, and nothing is written. */
class HostilePackageTest {
    @TempDir
    Path dir;

    private Map<String, byte[]> good;
    private Path hostile;

    @BeforeEach
    void writeAGoodPackage() throws IOException {
        Path file = dir.resolve("good.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(ExportFixtures.edition(), file, ExportProgress.NONE);
        good = PackageFiles.read(file);
        Files.delete(file);
        hostile = dir.resolve("hostile.edition");
    }

    @Test
    void zipSlipPathsAreRefused() throws IOException {
        Map<String, byte[]> files = copy();
        files.put("photos/../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));
        assertRefused(files, "photos/../../evil.sh", "zip slip");
    }

    @Test
    void absolutePathsAreRefused() throws IOException {
        Map<String, byte[]> files = copy();
        files.put("/etc/cron.d/evil", new byte[] {1});
        assertRefused(files, "/etc/cron.d/evil", "absolute path");
        Map<String, byte[]> drive = copy();
        drive.put("C:/Windows/evil.dll", new byte[] {1});
        assertRefused(drive, "C:/Windows/evil.dll", "absolute path");
    }

    @Test
    void symlinkEntriesAreRefused() throws IOException {
        List<RawZip.Entry> entries = rawEntries();
        entries.add(RawZip.Entry.symlink("photos/link.jpg", "/etc/passwd"));
        RawZip.write(hostile, entries);
        assertRefusedFile("photos/link.jpg", "symbolic link");
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        List<RawZip.Entry> entries = rawEntries();
        entries.add(RawZip.Entry.file("articles/a001.json", "{}".getBytes(StandardCharsets.UTF_8)));
        RawZip.write(hostile, entries);
        assertRefusedFile("articles/a001.json", "appears twice");
    }

    @Test
    void namesDifferingOnlyInCaseAreRefused() throws IOException {
        Map<String, byte[]> files = copy();
        files.put("Articles/A001.json", files.get("articles/a001.json"));
        assertRefused(files, "Articles/A001.json", "letter case");
    }

    @Test
    void zipBombsAreRefusedByTheirCompressionRatio() throws IOException {
        Map<String, byte[]> files = copy();
        files.put("pages/filler.pdf", new byte[20 << 20]);
        assertRefused(files, "pages/filler.pdf", "zip bomb");
    }

    @Test
    void tooManyEntriesOrTooManyBytesAreRefused() throws IOException {
        PackageFiles.write(hostile, good);
        PackageLimits fewEntries = new PackageLimits(3, 256L << 20, 2L << 30, 200, 100_000_000);
        assertThatThrownBy(() -> new EditionPackageReader(fewEntries).read(hostile))
                .isInstanceOf(PackageException.class).hasMessageContaining("at most 3");
        PackageLimits smallTotal = new PackageLimits(100, 256L << 20, 10_000, 200, 100_000_000);
        assertThatThrownBy(() -> new EditionPackageReader(smallTotal).read(hostile))
                .isInstanceOf(PackageException.class).hasMessageContaining("bytes uncompressed");
    }

    @Test
    void aMissingEntryIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        files.remove("pages/page-02.pdf");
        assertRefused(files, "pages/page-02.pdf", "missing");
    }

    @Test
    void anExtraEntryIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        files.put("photos/extra.jpg", ExportFixtures.jpeg(10, 10));
        assertRefused(files, "photos/extra.jpg", "not listed in the manifest");
    }

    @Test
    void aChecksumMismatchIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        String article = PackageFiles.text(files, "articles/a002.json").replace("周末集市", "周末夜市");
        files.put("articles/a002.json", article.getBytes(StandardCharsets.UTF_8));
        assertRefused(files, "articles/a002.json", "SHA-256");
    }

    @Test
    void articleJsonMissingRequiredFieldsIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        ObjectNode article = (ObjectNode) PackageFiles.JSON.readTree(files.get("articles/a001.json"));
        article.remove("uri");
        PackageFiles.replaceKeepingChecksums(files, "articles/a001.json", PackageFiles.JSON.writeValueAsBytes(article));
        assertRefused(files, "articles/a001.json", "'uri' must be a string");
    }

    @Test
    void jsonThatIsNotJsonIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        PackageFiles.replaceKeepingChecksums(files, "articles/a002.json", "{\"uri\": ".getBytes(StandardCharsets.UTF_8));
        assertRefused(files, "articles/a002.json", "not valid JSON");
    }

    @Test
    void jsonWithADuplicateKeyIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        String manifest = PackageFiles.text(files, "manifest.json");
        String doubled = manifest.replaceFirst("\\{", "{\n  \"formatVersion\" : 1,");
        files.put("manifest.json", doubled.getBytes(StandardCharsets.UTF_8));
        assertRefused(files, "manifest.json", "not valid JSON");
    }

    @Test
    void aNewerFormatVersionIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        ObjectNode manifest = PackageFiles.manifest(files);
        manifest.put("formatVersion", 2);
        PackageFiles.putManifest(files, manifest);
        assertRefused(files, "manifest.json", "newer Copydesk");
    }

    @Test
    void aPhotoWhoseHeaderDisagreesWithTheManifestIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        PackageFiles.replaceKeepingChecksums(files, "photos/p001.jpg", ExportFixtures.jpeg(64, 48));
        assertRefused(files, "photos/p001.jpg", "64x48");
    }

    @Test
    void placementsOfContentNotInThePackageAreRefused() throws IOException {
        Map<String, byte[]> files = copy();
        ObjectNode manifest = PackageFiles.manifest(files);
        ((ObjectNode) manifest.at("/pages/1/placements/0")).put("articleId", "art-ghost");
        PackageFiles.putManifest(files, manifest);
        assertRefused(files, "manifest.json", "art-ghost");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Files.writeString(hostile, "just text");
        assertRefusedFile("hostile.edition", "not a zip");
    }

    /** Refused by the reader, and by the command with nothing in the store and no file left behind. */
    private void assertRefused(Map<String, byte[]> files, String entry, String problem) throws IOException {
        PackageFiles.write(hostile, files);
        assertRefusedFile(entry, problem);
    }

    private void assertRefusedFile(String entry, String problem) throws IOException {
        assertThatThrownBy(() -> new EditionPackageReader().read(hostile))
                .isInstanceOf(PackageException.class).hasMessageContaining(entry).hasMessageContaining(problem);

        List<Path> before = listing();
        InMemoryEditionRepository store = new InMemoryEditionRepository();
        CommandLine cli = CopydeskCommand.commandLine(store.services(ExportFixtures.composer()));
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("import-edition", hostile.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(entry).contains(problem);
        assertThat(store.editions()).isEmpty();
        assertThat(listing()).isEqualTo(before);
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    private Map<String, byte[]> copy() {
        return new LinkedHashMap<>(good);
    }

    private List<RawZip.Entry> rawEntries() {
        List<RawZip.Entry> entries = new ArrayList<>();
        good.forEach((name, data) -> entries.add(RawZip.Entry.file(name, data)));
        return entries;
    }
}
