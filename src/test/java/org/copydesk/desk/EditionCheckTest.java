package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.Severity;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.sample.SampleEdition;
import org.copydesk.typeset.NewspaperComposer;
import org.junit.jupiter.api.Test;

/** The rules an export is checked by: a story not signed off stops only a print export. */
class EditionCheckTest {
    private static final EditionCheck CHECK = new EditionCheck(NewspaperComposer.withBundledFonts());

    @Test
    void onlyThePrintProfileChecksForThePress() {
        assertThat(EditionCheck.rulesFor(PdfOptions.print()).forPress()).isTrue();
        assertThat(EditionCheck.rulesFor(PdfOptions.archive()).forPress()).isFalse();
    }

    @Test
    void theSamplePassesThePrintGateAndADraftOnItsPagesClosesIt() {
        EditionContent sample = SampleEdition.create();
        var pdf = List.<ExportTarget>of(new ExportTarget.EditionPdf(java.nio.file.Path.of("sample.pdf")));
        assertThat(CHECK.run(sample, EditionCheck.rulesFor(PdfOptions.print()), Locale.ENGLISH)).isEmpty();

        Article first = sample.articles().get(0);
        List<Article> articles = new ArrayList<>(sample.articles());
        articles.set(0, first.withStatus(ArticleStatus.DRAFT));
        EditionContent draft = new EditionContent(sample.edition(), sample.pages(), articles, sample.photos());

        List<Finding> print = CHECK.run(draft, EditionCheck.rulesFor(PdfOptions.print()), Locale.ENGLISH);
        assertThat(print).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.NOT_SIGNED_OFF);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.contentId()).isEqualTo(first.id());
        });
        assertThat(EditionExport.gateCloses(print, pdf, PdfOptions.print())).isTrue();
        assertThat(CHECK.run(draft, EditionCheck.rulesFor(PdfOptions.archive()), Locale.ENGLISH)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(CHECK.run(draft, Locale.ENGLISH)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
