package org.copydesk.exchange.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.cli.CommandRunner;
import org.copydesk.exchange.EditionPackageReader;
import org.copydesk.model.EditorNote;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.store.InMemoryEditionRepository;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors' notes travel in an edition package as ninjs metadata (edNote and a description of
 * Copydesk's type), never as body text, validate against ninjs 3.1, and come back on import.
 */
class EditorNotesPackageTest {
    private static final String NOTE_TEXT = "核实：通车时间是上午几点？";

    @TempDir
    Path dir;

    private final PageComposer composer = ExportFixtures.composer();

    @Test
    void exportCarriesTheNotesAsValidNinjsMetadataAndImportEditionReadsThemBack() throws Exception {
        var from = new InMemoryEditionRepository();
        from.insertEdition(ExportFixtures.edition());
        EditorNote open = new EditorNote("note-1", ExportFixtures.LEAD_ID, 0, 7, 11, "江澜大桥", NOTE_TEXT, "编辑 李华",
                Instant.parse("2026-12-03T07:10:00Z"), false, false);
        EditorNote resolved = new EditorNote("note-2", ExportFixtures.LEAD_ID, 2, 0, 3, "据介绍", "来源？", "王晓明😀",
                Instant.parse("2026-12-03T07:20:00Z"), true, false);
        from.saveNotes(List.of(open, resolved));
        Path file = dir.resolve("notes.edition");

        CommandRunner.Result exported = CommandRunner.run(from, composer, "export", "--edition", ExportFixtures.EDITION_ID,
                "--package", file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();

        Map<String, byte[]> files = PackageFiles.read(file);
        JsonNode lead = PackageFiles.JSON.readTree(files.get("articles/a001.json"));
        assertThat(lead.get("edNote").asText()).contains("「江澜大桥」" + NOTE_TEXT + "（编辑 李华）").doesNotContain("来源？");
        assertThat(lead.get("bodies").toString()).doesNotContain(NOTE_TEXT).doesNotContain("来源？");
        assertThat(lead.get("descriptions").get(0).get("contentType").asText()).isEqualTo("application/vnd.copydesk.notes+json");
        JsonNode second = PackageFiles.JSON.readTree(files.get("articles/a002.json"));
        assertThat(second.has("edNote")).isFalse();
        JsonSchema schema = ninjsSchema();
        assertThat(schema.validate(lead)).isEmpty();
        assertThat(schema.validate(second)).isEmpty();

        assertThat(new EditionPackageReader().readWithNotes(file).notes()).containsExactly(open, resolved);
        var to = new InMemoryEditionRepository();
        CommandRunner.Result imported = CommandRunner.run(to, "import-edition", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(to.notes(ExportFixtures.LEAD_ID)).containsExactly(open, resolved);
    }

    @Test
    void aPackageWithoutNotesHasNoNoteFieldsAtAll() throws Exception {
        Path file = dir.resolve("plain.edition");
        new org.copydesk.exchange.EditionPackageWriter(composer).write(ExportFixtures.edition(), List.of(), file,
                org.copydesk.render.pdf.ExportProgress.NONE);
        JsonNode lead = PackageFiles.JSON.readTree(PackageFiles.read(file).get("articles/a001.json"));
        assertThat(lead.has("edNote")).isFalse();
        assertThat(lead.has("descriptions")).isFalse();
        assertThat(new EditionPackageReader().readWithNotes(file).notes()).isEmpty();
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
