package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.cli.CommandRunner;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.EditionContent;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.InMemoryEditionRepository;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's 转版标题 travels in an edition package (a ninjs description of Copydesk's role), so a
 * second Copydesk prints the same jump headline over the continuation; packages written before it
 * existed still import, their continuations headed by the headline shortened.
 */
class JumpHeadlinePackageTest {
    /** The bridge story's headline shortened, as printed when the desk wrote no jump headline. */
    private static final String DERIVED = "澜江二桥今晨通车";
    /** The sample's lead on page 1, continued on page 3. */
    private static final String BRIDGE = SampleEdition.create().articles().stream()
            .filter(a -> a.headline().startsWith(DERIVED)).findFirst().orElseThrow().id();
    private static final String CUSTOM = "二桥通车 八分钟过江";

    @TempDir
    Path dir;

    private final NewspaperComposer composer =
            new NewspaperComposer(FontCatalogue.bundled(), HouseStyle.newspaper(), SampleEdition.paperSettings());

    @Test
    void aCustomJumpHeadlineIsExportedAsValidNinjsAndPrintedAgainAfterImportIntoAFreshDatabase() throws Exception {
        Path file = exportSampleWithJumpHeadline(CUSTOM);
        JsonNode bridge = articleJson(PackageFiles.read(file), BRIDGE);
        JsonNode description = bridge.get("descriptions").get(0);
        assertThat(description.get("role").asText()).isEqualTo("copydesk-jump-headline");
        assertThat(description.get("value").asText()).isEqualTo(CUSTOM);
        assertThat(ninjsSchema().validate(bridge)).isEmpty();

        EditionContent imported = importIntoFreshDatabase(file);
        assertThat(imported.article(BRIDGE).orElseThrow().jumpHeadline()).isEqualTo(CUSTOM);
        LayoutFrame continuation = continuation(imported);
        assertThat(continuation.lines().get(0).role()).isEqualTo(LineRole.HEADLINE);
        assertThat(continuation.lines().get(0).text()).isEqualTo(CUSTOM);
        assertThat(continuation.lines().get(1).text()).isEqualTo("（上接第1版）");
        assertThat(continuation).isEqualTo(continuation(editedSample(CUSTOM)));
    }

    @Test
    void aStoryWithoutItsOwnJumpHeadlineCarriesNoneAndKeepsTheDerivedOne() throws Exception {
        Path file = exportSampleWithJumpHeadline("");
        JsonNode bridge = articleJson(PackageFiles.read(file), BRIDGE);
        assertThat(bridge.has("descriptions")).isFalse();
        EditionContent imported = importIntoFreshDatabase(file);
        assertThat(imported.article(BRIDGE).orElseThrow().jumpHeadline()).isEmpty();
        assertThat(continuation(imported).lines().get(0).text()).isEqualTo(DERIVED);
    }

    @Test
    void aPackageWrittenBeforeJumpHeadlinesImportsAsBefore() throws Exception {
        Path file = exportSampleWithJumpHeadline(CUSTOM);
        Map<String, byte[]> files = PackageFiles.read(file);
        String entry = articleEntry(files, BRIDGE);
        ObjectNode bridge = (ObjectNode) PackageFiles.JSON.readTree(files.get(entry));
        bridge.remove("descriptions");
        PackageFiles.replaceKeepingChecksums(files, entry, PackageFiles.JSON.writeValueAsBytes(bridge));
        Path older = dir.resolve("older.edition");
        PackageFiles.write(older, files);

        EditionContent imported = importIntoFreshDatabase(older);
        assertThat(imported.article(BRIDGE).orElseThrow().jumpHeadline()).isEmpty();
        assertThat(continuation(imported).lines().get(0).text()).isEqualTo(DERIVED);
    }

    @Test
    void aJumpHeadlineLongerThanTheDeskAllowsIsRefusedNamingTheArticleFile() throws Exception {
        Path file = exportSampleWithJumpHeadline(CUSTOM);
        Map<String, byte[]> files = PackageFiles.read(file);
        String entry = articleEntry(files, BRIDGE);
        ObjectNode bridge = (ObjectNode) PackageFiles.JSON.readTree(files.get(entry));
        ((ObjectNode) ((ArrayNode) bridge.get("descriptions")).get(0)).put("value", "转".repeat(31));
        PackageFiles.replaceKeepingChecksums(files, entry, PackageFiles.JSON.writeValueAsBytes(bridge));
        Path tampered = dir.resolve("long.edition");
        PackageFiles.write(tampered, files);

        var to = new InMemoryEditionRepository();
        CommandRunner.Result imported = CommandRunner.run(to, "import-edition", tampered.toString());
        assertThat(imported.exitCode()).isNotZero();
        assertThat(imported.err()).contains(entry).contains("jump headline").contains("30").contains("31");
        assertThat(to.loadEdition(SampleEdition.EDITION_ID)).isEmpty();
    }

    /** The sample with the bridge story's jump headline set through the CLI, exported as a package. */
    private Path exportSampleWithJumpHeadline(String jumpHeadline) {
        var from = new InMemoryEditionRepository();
        from.insertEdition(SampleEdition.create());
        if (!jumpHeadline.isEmpty()) {
            CommandRunner.Result set = CommandRunner.run(from, "story", "jump-headline", "--story", BRIDGE, jumpHeadline);
            assertThat(set.exitCode()).as(set.err()).isZero();
        }
        Path file = dir.resolve("sample-" + jumpHeadline.length() + ".edition");
        CommandRunner.Result exported = CommandRunner.run(from, composer, "export", "--edition", SampleEdition.EDITION_ID,
                "--package", file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        return file;
    }

    private EditionContent importIntoFreshDatabase(Path file) {
        Path db = dir.resolve("db-" + file.getFileName());
        try (Database database = Database.open(DatabaseLocation.resolve(Optional.of(db.toString()), Map.of()))) {
            CommandRunner.Result imported = CommandRunner.run(database.repository(), "import-edition", file.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            return database.repository().loadEdition(SampleEdition.EDITION_ID).orElseThrow();
        }
    }

    private static EditionContent editedSample(String jumpHeadline) {
        var repository = new InMemoryEditionRepository();
        repository.insertEdition(SampleEdition.create());
        EditionContent sample = repository.loadEdition(SampleEdition.EDITION_ID).orElseThrow();
        repository.saveArticle(sample.article(BRIDGE).orElseThrow().withJumpHeadline(jumpHeadline));
        return repository.loadEdition(SampleEdition.EDITION_ID).orElseThrow();
    }

    /** The bridge story's continuation on page 3, where it jumps to from page 1. */
    private LayoutFrame continuation(EditionContent content) {
        return composer.compose(content, 3).frames().stream()
                .filter(f -> f.contentId().equals(BRIDGE) && f.part() == 1).findFirst().orElseThrow();
    }

    private static JsonNode articleJson(Map<String, byte[]> files, String articleId) throws Exception {
        return PackageFiles.JSON.readTree(files.get(articleEntry(files, articleId)));
    }

    private static String articleEntry(Map<String, byte[]> files, String articleId) throws Exception {
        for (var f : files.entrySet()) {
            if (f.getKey().startsWith("articles/")
                    && PackageFiles.JSON.readTree(f.getValue()).get("uri").asText().endsWith(":" + articleId)) {
                return f.getKey();
            }
        }
        throw new AssertionError("no article file for " + articleId + " in " + files.keySet());
    }

    private static JsonSchema ninjsSchema() throws Exception {
        String shared = System.getProperty("copydesk.shared");
        Path schemaFile = shared == null ? null : Path.of(shared, "schemas", "ninjs", "ninjs-schema_3.1.json");
        Assumptions.assumeTrue(schemaFile != null && Files.isRegularFile(schemaFile), "ninjs schema not found");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(schemaFile)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    b -> b.schemaMappers(m -> m.mapPrefix("https://geojson.org/schema/", "classpath:ninjs-offline/")))
                    .getSchema(in, config);
        }
    }
}
