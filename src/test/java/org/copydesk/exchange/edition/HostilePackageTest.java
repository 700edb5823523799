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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Text fields that reach the store: a control or bidi character in any of them refuses the
     * package, naming the entry, the field and line:column, before anything is written.
     */
    @ParameterizedTest(name = "{1} {0} with U+{2}")
    @CsvSource(textBlock = """
            /edition/name,                         manifest.json,      001B, edition: 'name' line 1:3: U+001B control character
            /pages/0/section,                      manifest.json,      202E, page 1: 'section' line 1:3: U+202E bidirectional override
            /photos/0/caption/text,                manifest.json,      0000, caption of photos/p001.jpg: 'text' line 1:3: U+0000 NUL character
            /photos/0/caption/credit,              manifest.json,      2066, caption of photos/p001.jpg: 'credit' line 1:3: U+2066 bidirectional
            /photos/0/caption/photographer,        manifest.json,      0085, caption of photos/p001.jpg: 'photographer' line 1:3: U+0085 control
            /photos/0/fileName,                    manifest.json,      FFFD, 'fileName' line 1:3: U+FFFD replacement character
            /headlines/0/value,                    articles/a001.json, 202E, ': 'value' line 1:3: U+202E bidirectional override
            /by,                                   articles/a001.json, 0007, 'by' line 1:3: U+0007 control character
            blocks/0/text,                         articles/a001.json, 0000, block 1: 'text' line 1:3: U+0000 NUL character
            blocks/0/text,                         articles/a002.json, D800, body application/vnd.copydesk.blocks+json: 'value' line 3:15: U+D800 unpaired
            """)
    void forbiddenCharactersInTextFieldsAreRefusedWithEntryAndField(String pointer, String entry, String hex,
            String problem) throws IOException {
        Map<String, byte[]> files = copy();
        String bad = String.valueOf((char) Integer.parseInt(hex, 16));
        ObjectNode root = (ObjectNode) PackageFiles.JSON.readTree(files.get(entry));
        if (pointer.startsWith("blocks/")) {
            ObjectNode body = blocksBody(root);
            com.fasterxml.jackson.databind.JsonNode blocks = PackageFiles.JSON.readTree(body.get("value").asText());
            spoil(blocks, "/" + pointer.substring("blocks/".length()), bad);
            body.put("value", PackageFiles.JSON.writeValueAsString(blocks));
        } else {
            spoil(root, pointer, bad);
        }
        if (entry.equals("manifest.json")) {
            PackageFiles.putManifest(files, root);
        } else {
            PackageFiles.replaceKeepingChecksums(files, entry, PackageFiles.JSON.writeValueAsBytes(root));
        }
        assertRefused(files, entry, problem);
    }

    @Test
    void anArticleLongerThanTheCapIsRefused() throws IOException {
        Map<String, byte[]> files = copy();
        ObjectNode root = (ObjectNode) PackageFiles.JSON.readTree(files.get("articles/a001.json"));
        ObjectNode body = blocksBody(root);
        com.fasterxml.jackson.databind.JsonNode blocks = PackageFiles.JSON.readTree(body.get("value").asText());
        // Varied Han characters, so the entry does not compress like a zip bomb.
        java.util.Random random = new java.util.Random(13);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < org.copydesk.model.Article.MAX_TEXT_CHARACTERS; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        ((ObjectNode) blocks.get(0)).put("text", text.toString());
        body.put("value", PackageFiles.JSON.writeValueAsString(blocks));
        PackageFiles.replaceKeepingChecksums(files, "articles/a001.json", PackageFiles.JSON.writeValueAsBytes(root));
        assertRefused(files, "articles/a001.json", "a story may have at most 200,000 characters");
    }

    private static ObjectNode blocksBody(ObjectNode article) {
        for (com.fasterxml.jackson.databind.JsonNode b : article.get("bodies")) {
            if (b.path("contentType").asText().equals("application/vnd.copydesk.blocks+json")) {
                return (ObjectNode) b;
            }
        }
        throw new AssertionError("no blocks body in " + article);
    }

    /** Puts {@code bad} after the first two characters of the string at {@code pointer} (or of 图片). */
    private static void spoil(com.fasterxml.jackson.databind.JsonNode root, String pointer, String bad) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        String value = parent.path(field).asText();
        if (value.length() < 2) {
            value = "图片";
        }
        parent.put(field, value.substring(0, 2) + bad + value.substring(2));
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
