package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copydesk.model.TinyPdf;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk place/unplace --ad}: ad slots (广告) with and without artwork, listed as frames of kind ad. */
class AdSlotCommandTest {
    private static final PageComposer COMPOSER = NewspaperComposer.withBundledFonts();

    @TempDir
    Path dir;

    private Database database;
    private String edition;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        edition = run("edition", "new", "--date", "2026-12-04", "--pages", "2", "--name", "江澜周报", "--spec", "tabloid")
                .out().strip();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), COMPOSER, args);
    }

    private CommandRunner.Result place(String name, int page, int column, int line, String... more) {
        List<String> args = new ArrayList<>(List.of("place", "--edition", edition, "--ad", name, "--page",
                String.valueOf(page), "--column", String.valueOf(column), "--line", String.valueOf(line),
                "--columns", "3", "--lines", "15"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void placesAdsWithAndWithoutArtworkListsThemAndThePrintExportRefusesTheEmptyOne() throws Exception {
        Path artwork = Files.write(dir.resolve("bank.pdf"), TinyPdf.onePage(200, 300));
        assertThat(place("江澜银行", 1, 1, 10, "--artwork", artwork.toString()).exitCode()).isZero();
        CommandRunner.Result waiting = place("城南家具城", 1, 4, 10);
        assertThat(waiting.exitCode()).as(waiting.err()).isZero();

        CommandRunner.Result list = run("list", "--edition", edition, "--json");
        assertThat(list.exitCode()).isZero();
        JsonNode frames = new ObjectMapper().readTree(list.out()).get("pages").get(0).get("frames");
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).get("kind").asText()).isEqualTo("ad");
        assertThat(frames.get(0).get("contentId").asText()).isEqualTo("江澜银行");
        assertThat(frames.get(0).get("hasArtwork").asBoolean()).isTrue();
        assertThat(frames.get(0).get("artwork").asText()).isEqualTo("bank.pdf");
        assertThat(frames.get(1).get("advertiser").asText()).isEqualTo("城南家具城");
        assertThat(frames.get(1).get("hasArtwork").asBoolean()).isFalse();
        assertThat(frames.get(1).has("artwork")).isFalse();
        assertThat(frames.get(1).get("column").asInt()).isEqualTo(4);
        assertThat(run("list", "--edition", edition).out()).contains("城南家具城").contains("bank.pdf");

        Path pdf = dir.resolve("edition.pdf");
        CommandRunner.Result refused = run("export", "--edition", edition, "--pdf", pdf.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("EMPTY_AD_SLOT").contains("城南家具城");
        assertThat(pdf).doesNotExist();

        assertThat(place("城南家具城", 1, 4, 10, "--artwork", artwork.toString()).exitCode()).isZero();
        CommandRunner.Result export = run("export", "--edition", edition, "--pdf", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("城南家具城");
        }
    }

    @Test
    void overlapsAndBadArtworkExitOneAndUnplaceTakesTheSlotOff() throws Exception {
        assertThat(place("江澜银行", 1, 1, 10).exitCode()).isZero();

        CommandRunner.Result over = place("城南家具城", 1, 2, 19);
        assertThat(over.exitCode()).isEqualTo(1);
        assertThat(over.err()).contains("江澜银行");
        Path notPdf = Files.writeString(dir.resolve("ad.pdf"), "not a pdf");
        CommandRunner.Result bad = place("城南家具城", 2, 1, 1, "--artwork", notPdf.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains(notPdf.toString());
        assertThat(run("place", "--edition", edition, "--ad", "x", "--story", "y", "--page", "1", "--column", "1",
                "--line", "1", "--columns", "1", "--lines", "1").exitCode()).isEqualTo(2);

        assertThat(run("unplace", "--edition", edition, "--ad", "江澜银行", "--page", "1").exitCode()).isZero();
        JsonNode pages = new ObjectMapper().readTree(run("list", "--edition", edition, "--json").out()).get("pages");
        assertThat(pages.get(0).get("frames")).isEmpty();
        assertThat(pages.get(1).get("frames")).isEmpty();
    }
}
