package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.desk.PhotoFiles;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk import-photo}: ids of new photos, duplicates and refusals named, exit 1 on a refusal. */
class ImportPhotoCommandTest {
    @TempDir
    Path dir;

    private InMemoryEditionRepository repository;

    @BeforeEach
    void edition() {
        repository = new InMemoryEditionRepository();
        repository.insertEdition(ExportFixtures.edition());
    }

    @Test
    void jsonSaysWhatBecameOfEveryFile() throws Exception {
        byte[] iptc = new PhotoFiles.Iim(Charset.forName("GBK"), false)
                .text(120, "市民在新开放的滨江步道散步。").text(80, "摄影：李四").app13();
        Path captioned = Files.write(dir.resolve("walk.jpg"), PhotoFiles.withSegment(PhotoFiles.jpeg(48, 32), 0xED, iptc));
        Path again = Files.write(dir.resolve("walk-copy.jpg"), Files.readAllBytes(captioned));
        Path broken = Files.write(dir.resolve("broken.png"), "PNG?".getBytes(StandardCharsets.US_ASCII));

        CommandRunner.Result result = CommandRunner.run(repository, "import-photo", captioned.toString(),
                again.toString(), broken.toString(), "--edition", ExportFixtures.EDITION_ID, "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("imported").asInt()).isEqualTo(1);
        assertThat(json.get("duplicates").asInt()).isEqualTo(1);
        assertThat(json.get("refused").asInt()).isEqualTo(1);
        JsonNode first = json.get("files").get(0);
        assertThat(first.get("result").asText()).isEqualTo("imported");
        assertThat(first.get("caption").asText()).isEqualTo("市民在新开放的滨江步道散步。");
        assertThat(first.get("photographer").asText()).isEqualTo("李四");
        String id = first.get("id").asText();
        assertThat(repository.loadEdition(ExportFixtures.EDITION_ID).orElseThrow().photos())
                .extracting(Photo::id).contains(id);
        assertThat(json.get("files").get(1).get("duplicateOf").asText()).isEqualTo(id);
        assertThat(json.get("files").get(2).get("message").asText()).contains(broken.toString());
        assertThat(result.err()).contains(broken.toString());
    }

    @Test
    void textNamesTheNewPhotoAndExitsZeroWhenNothingIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("photos"));
        Files.write(folder.resolve("a.png"), PhotoFiles.png(PhotoFiles.halves(16, 16)));
        Files.write(folder.resolve("b.tif"), PhotoFiles.tiff(16, 12));

        CommandRunner.Result result = CommandRunner.run(repository, "import-photo", folder.toString(),
                "--edition", ExportFixtures.EDITION_ID);

        assertThat(result.exitCode()).as(result.err()).isZero();
        var photos = repository.loadEdition(ExportFixtures.EDITION_ID).orElseThrow().photos();
        assertThat(photos).hasSize(3);
        photos.stream().filter(p -> !p.id().equals(ExportFixtures.PHOTO_ID))
                .forEach(p -> assertThat(result.out()).contains(p.id()));
        assertThat(result.out()).contains("2 imported, 0 duplicates, 0 refused");
    }
}
