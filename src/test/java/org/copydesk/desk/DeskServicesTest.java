package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskServicesTest {
    private static final String EDITION = "ed-desk";

    @TempDir
    Path dir;

    /** A reader for a made-up format, as the Word importer will plug in. */
    private static final class WikiReader implements StoryReader {
        @Override
        public boolean reads(Path file) {
            return file.getFileName().toString().endsWith(".wiki");
        }

        @Override
        public Article read(Path file, String editionId) {
            return StoryFileImporter.read("维基来稿\n正文一段。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    file.toString(), "wiki-1", editionId, Instant.EPOCH);
        }
    }

    @Test
    void eachFileGoesToTheFirstReaderThatTakesItAndTextTakesTheRest() throws Exception {
        var repository = repositoryWithEdition();
        Path wiki = Files.writeString(dir.resolve("a.wiki"), "ignored by the test reader");
        Path text = Files.writeString(dir.resolve("b.md"), "夜市重开\n本报讯　城北夜市今晚重开。\n");
        var storyImport = new StoryImport(List.of(new WikiReader(), new TextStoryReader()));

        List<Article> saved = storyImport.importFiles(repository, EDITION, List.of(wiki, text));

        assertThat(saved).extracting(Article::headline).containsExactly("维基来稿", "夜市重开");
        assertThat(repository.loadEdition(EDITION).orElseThrow().articles()).hasSize(2);
    }

    @Test
    void oneBadFileRefusesTheBatchListingEveryProblemAndSavesNothing() throws Exception {
        var repository = repositoryWithEdition();
        Path good = Files.writeString(dir.resolve("good.md"), "夜市重开\n本报讯　城北夜市今晚重开。\n");
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        Path missing = dir.resolve("missing.md");

        assertThatThrownBy(() -> StoryImport.withBuiltInReaders().importFiles(repository, EDITION, List.of(good, empty, missing)))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused).hasMessage("2 of 3 files failed validation; nothing was imported");
                    assertThat(refused.problems()).hasSize(2);
                    assertThat(refused.problems().get(0)).contains("empty.md");
                    assertThat(refused.problems().get(1)).contains("missing.md");
                });
        assertThat(repository.loadEdition(EDITION).orElseThrow().articles()).isEmpty();
    }

    @Test
    void thePrintGateClosesOnErrorsOnlyForPdfsInThePrintProfile() {
        List<Finding> errors = List.of(new Finding(Severity.ERROR, Check.OVERSET, 1, "a", "overset"));
        List<Finding> warnings = List.of(new Finding(Severity.WARNING, Check.PAGE_NOT_FILLED, 1, "a", "short"));
        var pdf = List.<ExportTarget>of(new ExportTarget.EditionPdf(dir.resolve("a.pdf")));
        var pages = List.<ExportTarget>of(new ExportTarget.PagePdfs(dir));
        var previews = List.<ExportTarget>of(new ExportTarget.PagePngs(dir, 72), new ExportTarget.EditionPackage(dir.resolve("a.edition")));

        assertThat(EditionExport.gateCloses(errors, pdf, PdfOptions.print())).isTrue();
        assertThat(EditionExport.gateCloses(errors, pages, PdfOptions.print())).isTrue();
        assertThat(EditionExport.gateCloses(errors, pdf, PdfOptions.archive())).isFalse();
        assertThat(EditionExport.gateCloses(errors, previews, PdfOptions.print())).isFalse();
        assertThat(EditionExport.gateCloses(warnings, pdf, PdfOptions.print())).isFalse();
        assertThatThrownBy(() -> EditionExport.passGate(errors, pdf, PdfOptions.print(), false, java.util.Locale.ENGLISH))
                .isInstanceOf(PreflightRefusedException.class).hasMessageContaining("1 error(s), 0 warning(s)");
        EditionExport.passGate(errors, pdf, PdfOptions.print(), true, java.util.Locale.ENGLISH);
    }

    @Test
    void theDeskMakesItsComposerOnlyWhenAnOperationSetsType() {
        var made = new java.util.concurrent.atomic.AtomicInteger();
        Desk desk = Desk.lazily(() -> {
            made.incrementAndGet();
            return org.copydesk.typeset.NewspaperComposer.withBundledFonts();
        });
        desk.editions();
        desk.storyImport();
        assertThat(made).hasValue(0);
        desk.check();
        desk.export();
        assertThat(made).hasValue(1);
    }

    private static InMemoryEditionRepository repositoryWithEdition() {
        var repository = new InMemoryEditionRepository();
        repository.insertEdition(new EditionContent(new Edition(EDITION, "江澜周报", LocalDate.of(2026, 12, 3), 1290),
                List.of(), List.of(), List.of()));
        return repository;
    }
}
