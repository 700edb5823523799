package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.desk.EditionExport;
import org.copydesk.render.pdf.PdfProfile;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportJobTest {
    private static final PageComposer COMPOSER = NewspaperComposer.withBundledFonts();

    @TempDir
    Path dir;
    private final List<String> pages = new ArrayList<>();

    @Test
    void writesEveryPageAndSaysHowMany() throws Exception {
        var choice = new ExportChoice(PdfProfile.ARCHIVE, dir.resolve("周报.pdf"));
        var job = new ExportJob(new EditionExport(COMPOSER), FixtureEdition.content(), choice);

        assertThat(job.run((done, total) -> pages.add((int) done + "/" + (int) total))).isEqualTo(new ExportJob.Outcome.Written(choice, 2));

        assertThat(pages).containsExactly("1/2", "2/2");
        assertThat(new String(Files.readAllBytes(choice.target().path()), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void cancellingAfterTheFirstPageWritesNothingAndKeepsTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("周报.pdf"), "yesterday's file");
        var choice = new ExportChoice(PdfProfile.PRINT, target);
        var job = new AtomicReference<ExportJob>();
        job.set(new ExportJob(new EditionExport(COMPOSER), FixtureEdition.content(), choice));

        assertThat(job.get().run((done, total) -> {
            pages.add((int) done + "/" + (int) total);
            job.get().cancel();
        })).isEqualTo(new ExportJob.Outcome.Cancelled(choice));

        assertThat(pages).containsExactly("1/2");
        assertThat(Files.readString(target)).isEqualTo("yesterday's file");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void cancelledBeforeItStartsItDoesNotStart() {
        var choice = new ExportChoice(PdfProfile.PRINT, dir.resolve("a.pdf"));
        var job = new ExportJob(new EditionExport(COMPOSER), FixtureEdition.content(), choice);
        job.cancel();
        assertThat(job.run((d, t) -> pages.add("page"))).isEqualTo(new ExportJob.Outcome.Cancelled(choice));
        assertThat(pages).isEmpty();
        assertThat(choice.target().path()).doesNotExist();
    }

    @Test
    void theProfileChoosesTheOptionsAndTheSuggestedName() {
        var edition = FixtureEdition.content().edition();
        assertThat(new ExportChoice(PdfProfile.PRINT, dir).options().profile()).isEqualTo(PdfProfile.PRINT);
        assertThat(new ExportChoice(PdfProfile.ARCHIVE, dir).options().profile()).isEqualTo(PdfProfile.ARCHIVE);
        assertThat(ExportChoice.suggestedFileName(edition, PdfProfile.PRINT)).isEqualTo("江澜周报-20261127.pdf");
        assertThat(ExportChoice.suggestedFileName(edition, PdfProfile.ARCHIVE)).isEqualTo("江澜周报-20261127-archive.pdf");
    }
}
