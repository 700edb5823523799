package org.copydesk.exchange.edition;

import org.copydesk.store.InMemoryEditionRepository;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.store.InMemoryEditionRepository;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EditionPackageTest {
    @TempDir
    Path dir;

    private final PageComposer composer = ExportFixtures.composer();
    private final EditionContent content = ExportFixtures.edition();

    @Test
    void readingAWrittenPackageGivesTheEditionBack() {
        Path file = dir.resolve("a.edition");
        new EditionPackageWriter(composer).write(content, file, ExportProgress.NONE);
        EditionContent read = new EditionPackageReader().read(file);

        assertThat(read.edition()).isEqualTo(content.edition());
        assertThat(read.pages()).isEqualTo(content.pages());
        assertThat(read.articles()).containsExactlyInAnyOrderElementsOf(content.articles());
        assertThat(read.photos()).hasSize(1).first().satisfies(p -> {
            Photo original = content.photos().get(0);
            assertThat(p.id()).isEqualTo(original.id());
            assertThat(p.caption()).isEqualTo(original.caption());
            assertThat(p.fileName()).isEqualTo(original.fileName());
            assertThat(p.widthPx()).isEqualTo(original.widthPx());
        });
        for (int page = 1; page <= 2; page++) {
            assertThat(composer.compose(read, page)).isEqualTo(composer.compose(content, page));
        }
    }

    @Test
    void exportImportExportThroughTwoDatabasesGivesAnIdenticalManifestAndLayouts() throws IOException {
        InMemoryEditionRepository first = new InMemoryEditionRepository();
        first.insertEdition(content);
        Path one = dir.resolve("one.edition");
        assertThat(run(first, "export", "--edition", ExportFixtures.EDITION_ID, "--package", one.toString())).isZero();

        InMemoryEditionRepository second = new InMemoryEditionRepository();
        assertThat(run(second, "import-edition", one.toString())).isZero();
        EditionContent imported = second.loadEdition(ExportFixtures.EDITION_ID).orElseThrow();
        Path two = dir.resolve("two.edition");
        assertThat(run(second, "export", "--edition", ExportFixtures.EDITION_ID, "--package", two.toString())).isZero();

        Map<String, byte[]> a = PackageFiles.read(one);
        Map<String, byte[]> b = PackageFiles.read(two);
        assertThat(PackageFiles.text(b, "manifest.json")).isEqualTo(PackageFiles.text(a, "manifest.json"));
        assertThat(Files.readAllBytes(two)).as("the whole package is reproducible").isEqualTo(Files.readAllBytes(one));
        for (int page = 1; page <= 2; page++) {
            assertThat(composer.compose(imported, page)).isEqualTo(composer.compose(content, page));
        }
    }

    @Test
    void theManifestListsTheEditionPagesAndAChecksumPerFile() throws IOException {
        Path file = dir.resolve("a.edition");
        new EditionPackageWriter(composer).write(content, file, ExportProgress.NONE);
        Map<String, byte[]> files = PackageFiles.read(file);
        JsonNode manifest = PackageFiles.manifest(files);
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.at("/edition/name").asText()).isEqualTo("江澜周报");
        assertThat(manifest.at("/edition/date").asText()).isEqualTo("2026-11-27");
        assertThat(manifest.at("/edition/issueNumber").asInt()).isEqualTo(1024);
        assertThat(manifest.at("/pages/0/number").asInt()).isEqualTo(1);
        assertThat(manifest.at("/pages/0/spec/columns").asInt()).isEqualTo(6);
        assertThat(manifest.at("/pages/0/placements/1/type").asText()).isEqualTo("photo");
        assertThat(files.keySet()).containsExactlyInAnyOrder("manifest.json", "photos/p001.jpg", "articles/a001.json",
                "articles/a002.json", "pages/page-01.pdf", "pages/page-02.pdf");
        for (String name : files.keySet()) {
            if (!name.equals("manifest.json")) {
                assertThat(manifest.get("sha256").get(name).asText()).isEqualTo(ExportFixtures.sha256(files.get(name)));
            }
        }
        assertThat(new String(files.get("pages/page-02.pdf"), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void articlesAreValidNinjs31() throws IOException {
        String shared = System.getProperty("copydesk.shared");
        Path schemaFile = shared == null ? null : Path.of(shared, "schemas", "ninjs", "ninjs-schema_3.1.json");
        Assumptions.assumeTrue(schemaFile != null && Files.isRegularFile(schemaFile),
                "ninjs schema not found: set -Dcopydesk.shared to the shared folder holding schemas/ninjs (surefire sets ../shared)");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            // ninjs refers to GeoJSON online for place geometry; tests run offline, and Copydesk writes none.
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    b -> b.schemaMappers(m -> m.mapPrefix("https://geojson.org/schema/", "classpath:ninjs-offline/")))
                    .getSchema(in, config);
        }
        Path file = dir.resolve("a.edition");
        new EditionPackageWriter(composer).write(content, file, ExportProgress.NONE);
        Map<String, byte[]> files = PackageFiles.read(file);
        List<String> articles = files.keySet().stream().filter(n -> n.startsWith("articles/")).toList();
        assertThat(articles).hasSize(2);
        for (String name : articles) {
            JsonNode article = PackageFiles.JSON.readTree(files.get(name));
            Set<ValidationMessage> errors = schema.validate(article);
            assertThat(errors).as(name).isEmpty();
        }
        JsonNode lead = PackageFiles.JSON.readTree(files.get("articles/a001.json"));
        assertThat(lead.at("/headlines/1/role").asText()).isEqualTo("main");
        assertThat(lead.at("/headlines/1/value").asText()).isEqualTo(ExportFixtures.LEAD_HEADLINE);
        assertThat(lead.at("/associations/0/type").asText()).isEqualTo("picture");
        assertThat(lead.at("/associations/0/descriptions/0/value").asText()).isEqualTo(ExportFixtures.CAPTION_TEXT);

        // The schema really checks: an article without its required uri fails.
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) lead.deepCopy();
        broken.remove("uri");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void photosCarryTheirCaptionInXmpAndUtf8Iptc() throws Exception {
        Photo photo = ExportFixtures.photo(ExportFixtures.PHOTO_ID, 300, 200,
                new Caption("江澜大桥夜景，灯光璀璨", "欧阳明月欧阳明月欧阳明月", "江澜周报图片中心", CaptionKind.NEWS));
        EditionContent withPhoto = new EditionContent(content.edition(), content.pages(), content.articles(), List.of(photo));
        Path file = dir.resolve("a.edition");
        new EditionPackageWriter(composer).write(withPhoto, file, ExportProgress.NONE);
        byte[] jpeg = PackageFiles.read(file).get("photos/p001.jpg");

        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        assertThat(xmp).isNotNull();
        assertThat(xmp.getXmpProperties()).containsEntry("dc:description[1]", "江澜大桥夜景，灯光璀璨")
                .containsEntry("dc:creator[1]", "欧阳明月欧阳明月欧阳明月").containsEntry("photoshop:Credit", "江澜周报图片中心");
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        assertThat(iptc).isNotNull();
        assertThat(iptc.getString(IptcDirectory.TAG_CAPTION)).isEqualTo("江澜大桥夜景，灯光璀璨");
        // 12 Han characters are 36 bytes: IIM's 32-byte By-line keeps 10, cut between characters.
        assertThat(iptc.getString(IptcDirectory.TAG_BY_LINE)).isEqualTo("欧阳明月欧阳明月欧阳");
        assertThat(iptc.getString(IptcDirectory.TAG_CREDIT)).isEqualTo("江澜周报图片中心");
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(300);
    }

    @Test
    void pngPhotosCarryXmpToo() throws Exception {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        byte[] png = out.toByteArray();
        Photo photo = new Photo(ExportFixtures.PHOTO_ID, ExportFixtures.EDITION_ID, "logo.png", "image/png", png,
                ExportFixtures.sha256(png), 40, 30, new Caption("标志", "", "新华社发", CaptionKind.NEWS));
        EditionContent withPhoto = new EditionContent(content.edition(), content.pages(), content.articles(), List.of(photo));
        Path file = dir.resolve("a.edition");
        new EditionPackageWriter(composer).write(withPhoto, file, ExportProgress.NONE);
        byte[] written = PackageFiles.read(file).get("photos/p001.png");
        XmpDirectory xmp = ImageMetadataReader.readMetadata(new ByteArrayInputStream(written)).getFirstDirectoryOfType(XmpDirectory.class);
        assertThat(xmp.getXmpProperties()).containsEntry("dc:description[1]", "标志").containsEntry("photoshop:Credit", "新华社发");
        assertThat(new EditionPackageReader().read(file).photos().get(0).caption()).isEqualTo(photo.caption());
    }

    @Test
    void aCancelledPackageExportLeavesNoFile() throws IOException {
        Path file = dir.resolve("a.edition");
        ExportProgress cancelAtOnce = new ExportProgress() {
            @Override
            public void pageDone(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EditionPackageWriter(composer).write(content, file, cancelAtOnce))
                .isInstanceOf(org.copydesk.render.pdf.ExportCancelledException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private int run(InMemoryEditionRepository store, String... args) {
        CommandLine cli = CopydeskCommand.commandLine(store.services(composer));
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }

    static List<String> names(Map<String, byte[]> files) {
        return new ArrayList<>(files.keySet());
    }
}
