package org.copydesk.render.pdf;

import org.copydesk.store.InMemoryEditionRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.cli.CliServices;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final InMemoryEditionRepository repository = new InMemoryEditionRepository();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The commands speak the system's language; these tests read English whatever the machine's. */
    private final String savedLocale = System.getProperty("copydesk.locale");

    @BeforeEach
    void storeTheFixtureEdition() {
        repository.insertEdition(ExportFixtures.edition());
        System.setProperty("copydesk.locale", "en");
    }

    @AfterEach
    void restoreTheLanguage() {
        if (savedLocale == null) {
            System.clearProperty("copydesk.locale");
        } else {
            System.setProperty("copydesk.locale", savedLocale);
        }
    }

    @Test
    void exportWritesThePdfWithTheStoriesText() throws Exception {
        Path pdf = dir.resolve("out.pdf");
        int code = run(repository.services(ExportFixtures.composer()), "export", "--edition", ExportFixtures.EDITION_ID, "--pdf", pdf.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + pdf);
        assertThat(PdfExporterTest.joinedText(pdf)).contains(ExportFixtures.LEAD_BODY, ExportFixtures.SECOND_BODY);
    }

    @Test
    void printExportIsRefusedOnPreflightErrorsUnlessForced() throws Exception {
        EditionContent broken = withoutSecondHeadline();
        InMemoryEditionRepository store = new InMemoryEditionRepository();
        store.insertEdition(broken);
        Path pdf = dir.resolve("out.pdf");

        int refused = run(store.services(ExportFixtures.composer()), "export", "--edition", "latest", "--pdf", pdf.toString());
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("EMPTY_HEADLINE", "--force");
        assertThat(pdf).doesNotExist();

        int forced = run(store.services(ExportFixtures.composer()), "export", "--edition", "latest", "--pdf", pdf.toString(), "--force");
        assertThat(forced).isZero();
        assertThat(pdf).exists();

        Path archive = dir.resolve("archive.pdf");
        int archived = run(store.services(ExportFixtures.composer()), "export", "--edition", "latest", "--pdf", archive.toString(),
                "--profile", "archive");
        assertThat(archived).as("the archive profile records the edition as it is").isZero();
    }

    @Test
    void pagesAndPreviewsGoIntoTheirFolders() {
        Path pages = dir.resolve("pages");
        Path png = dir.resolve("png");
        int code = run(repository.services(ExportFixtures.composer()), "export", "--edition", "latest",
                "--pages", pages.toString(), "--png", png.toString(), "--png-dpi", "30");
        assertThat(code).as(err.toString()).isZero();
        assertThat(pages.resolve("page-01.pdf")).exists();
        assertThat(pages.resolve("page-02.pdf")).exists();
        assertThat(png.resolve("page-02.png")).exists();
    }

    @Test
    void pdfAndPackageCreateTheirMissingFolders() {
        Path pdf = dir.resolve("new/deeper/ed.pdf");
        Path pack = dir.resolve("other/ed.edition");
        int code = run(repository.services(ExportFixtures.composer()), "export", "--edition", "latest",
                "--pdf", pdf.toString(), "--package", pack.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(pdf).isRegularFile();
        assertThat(pack).isRegularFile();
        assertThat(dir.resolve("new/deeper").toFile().list()).containsExactly("ed.pdf");
    }

    @Test
    void progressGoesToStderrOneLinePerPageWhenAsked() {
        Path pdf = dir.resolve("ed.pdf");
        int code = run(repository.services(ExportFixtures.composer()), "export", "--edition", "latest",
                "--pdf", pdf.toString(), "--progress");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString().lines().filter(l -> l.contains("/2")).toList())
                .containsExactly("pdf 第1版 1/2", "pdf 第2版 2/2");
        assertThat(out.toString()).doesNotContain("1/2");

        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        assertThat(run(repository.services(ExportFixtures.composer()), "export", "--edition", "latest",
                "--pdf", pdf.toString())).isZero();
        assertThat(err.toString()).as("stderr of the test is not a terminal").doesNotContain("1/2");
    }

    @Test
    void checkTakesTheFreeLinesThreshold() {
        assertThat(run(repository.services(ExportFixtures.composer()), "check", "--edition", "latest",
                "--max-free-lines", "0")).isZero();
        assertThat(out.toString()).contains("PAGE_NOT_FILLED");
        out.getBuffer().setLength(0);
        assertThat(run(repository.services(ExportFixtures.composer()), "check", "--edition", "latest",
                "--max-free-lines", "100000")).isZero();
        assertThat(out.toString()).doesNotContain("PAGE_NOT_FILLED");
        assertThat(run(repository.services(ExportFixtures.composer()), "check", "--edition", "latest",
                "--max-free-lines", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-free-lines");
    }

    @Test
    void exportWithoutAnOutputIsAUsageError() {
        assertThat(run(repository.services(ExportFixtures.composer()), "export", "--edition", "latest")).isEqualTo(2);
        assertThat(err.toString()).contains("--pdf");
    }

    @Test
    void checkExitsOneOnErrorsAndPrintsJson() throws Exception {
        InMemoryEditionRepository store = new InMemoryEditionRepository();
        store.insertEdition(withoutSecondHeadline());
        int code = run(store.services(ExportFixtures.composer()), "check", "--edition", ExportFixtures.EDITION_ID, "--json");
        assertThat(code).isEqualTo(1);
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.get(0).get("severity").asText()).isEqualTo("error");
        assertThat(rows.get(0).get("check").asText()).isEqualTo("empty_headline");
        assertThat(rows.get(0).get("page").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("contentId").asText()).isEqualTo(ExportFixtures.SECOND_ID);
        assertThat(rows.get(0).get("messageKey").asText()).isEqualTo("empty-headline");
        String opening = rows.get(0).get("arguments").get(0).asText();
        assertThat(opening).isNotBlank();
        assertThat(ExportFixtures.SECOND_BODY).startsWith(opening.replace("…", ""));
        assertThat(rows.get(0).get("message").asText()).isEqualTo("story has no headline (" + opening + ")");

        out.getBuffer().setLength(0);
        System.setProperty("copydesk.locale", "zh_CN");
        assertThat(run(store.services(ExportFixtures.composer()), "check", "--edition", ExportFixtures.EDITION_ID, "--json"))
                .isEqualTo(1);
        var chinese = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get(0);
        assertThat(chinese.get("messageKey")).isEqualTo(rows.get(0).get("messageKey"));
        assertThat(chinese.get("arguments")).isEqualTo(rows.get(0).get("arguments"));
        assertThat(chinese.get("message").asText()).isEqualTo("缺主题（" + opening + "）");
        System.setProperty("copydesk.locale", "en");

        out.getBuffer().setLength(0);
        assertThat(run(repository.services(ExportFixtures.composer()), "check", "--edition", "latest")).isZero();
        assertThat(out.toString()).contains("0 error(s)");
    }

    @Test
    void anUnknownEditionIsAClearFailure() {
        int code = run(repository.services(ExportFixtures.composer()), "export", "--edition", "nope", "--pdf", dir.resolve("x.pdf").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no edition with id nope");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    private EditionContent withoutSecondHeadline() {
        EditionContent base = ExportFixtures.edition();
        List<Article> articles = base.articles().stream()
                .map(a -> a.id().equals(ExportFixtures.SECOND_ID) ? a.withHeadlines("", "", "") : a).toList();
        return new EditionContent(base.edition(), base.pages(), articles, base.photos());
    }

    private int run(CliServices services, String... args) {
        CommandLine cli = CopydeskCommand.commandLine(services);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
