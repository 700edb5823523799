package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.desk.Desk;
import org.copydesk.desk.ExportTarget;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof marks read from the sample's exported PDF, and proof that the marks can be made. */
class PdfTypographyAuditTest {
    private static final Desk DESK = Desk.around(new NewspaperComposer(TypesetFixtures.FONTS));

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheExportedSampleIsEvenlySetOnTheGridWithBalancedMargins() throws IOException {
        List<PdfTypographyAudit.PageReport> pages = auditOf(SampleEdition.create());

        assertThat(pages).hasSize(8);
        for (PdfTypographyAudit.PageReport page : pages) {
            assertThat(page.findings()).as("page %d", page.page()).isEmpty();
            // The last line's characters end 35.3 mm above the trim; the head is measured to the
            // first characters, the running head's (33.6 mm) or page 1's masthead title.
            assertThat(page.footMm()).as("page %d foot", page.page()).isCloseTo(35.3, org.assertj.core.data.Offset.offset(0.2));
            // Page 1's masthead title is centred in its block, so its first characters start a little
            // lower than a running head's: within 3 mm of the foot either way.
            assertThat(page.headMm()).as("page %d head", page.page()).isBetween(page.footMm() - 3,
                    page.page() == 1 ? page.footMm() + 3 : page.footMm());
        }
    }

    @Test
    void aPageWhoseGridHangsFromTheOldTopMarginIsMeasuredUnbalanced() throws IOException {
        // The 对开 grid as it was before decision 0031: 32 mm to the type area, so 100 lines stop
        // 43 mm above the trim while the running head starts 26 mm below it.
        EditionContent sample = SampleEdition.create();
        PageSpec old = new PageSpec("broadsheet", 390, 550, 32, 19, 8, 13, 1, 9.0, 4.5, 100,
                org.copydesk.model.LineBreakRules.STRICT);
        List<Page> pages = sample.pages().stream().map(p -> new Page(p.id(), p.editionId(), p.number(), p.section(),
                old, p.placements())).toList();
        PdfTypographyAudit.PageReport page2 = auditOf(new EditionContent(sample.edition(), pages, sample.articles(),
                sample.photos())).get(1);

        assertThat(page2.footMm() - page2.headMm()).isGreaterThan(15);
    }

    @Test
    void aColumnGoingOnBelowAPictureWithTwoLinesAboveItIsAStub() {
        // The page 1: a column carries two lines, then a photo, then goes on under it. A
        // column whose story ends above the photo is no stub.
        PageSpec spec = PageSpec.broadsheet();
        double x = spec.columnLeftPt(0);
        double photoTop = spec.rowTopPt(20);
        double photoBottom = spec.rowTopPt(40);
        List<PdfTypographyAudit.Glyph> glyphs = new ArrayList<>();
        for (int row : new int[] {18, 19, 40, 41}) {
            for (int i = 0; i < 13; i++) {
                glyphs.add(new PdfTypographyAudit.Glyph('中', x + i * 9, spec.rowTopPt(row) + 0.88 * 9, 9, 9));
            }
        }
        double other = spec.columnLeftPt(1);
        for (int row = 10; row < 20; row++) {
            for (int i = 0; i < 13; i++) {
                glyphs.add(new PdfTypographyAudit.Glyph('文', other + i * 9, spec.rowTopPt(row) + 0.88 * 9, 9, 9));
            }
        }
        var picture = new java.awt.geom.Rectangle2D.Double(x, photoTop, spec.spanWidthPt(2), photoBottom - photoTop);
        List<PdfTypographyAudit.Finding> findings = new ArrayList<>();
        PdfTypographyAudit.stubs(1, picture, PdfTypographyAudit.lines(glyphs), spec, findings);

        assertThat(findings).extracting(PdfTypographyAudit.Finding::detail).hasSize(1).allMatch(d -> d.startsWith("2 line"));
    }

    @Test
    void looseLinesAndOffGridBaselinesAreMeasured() {
        PageSpec spec = PageSpec.broadsheet();
        double base = spec.typeAreaTopPt() + 0.88 * 9 + 10 * spec.linePitchPt();
        double x = spec.typeAreaLeftPt();
        List<PdfTypographyAudit.Glyph> glyphs = new ArrayList<>();
        // A line of 13 characters whose last two stand half an em apart.
        for (int i = 0; i < 13; i++) {
            glyphs.add(new PdfTypographyAudit.Glyph(i < 6 ? '中' : '文', x + i * 9, base, 9, 9));
        }
        glyphs.add(new PdfTypographyAudit.Glyph('字', x + 13 * 9 + 4.5, base, 9, 9));
        List<PdfTypographyAudit.Line> lines = PdfTypographyAudit.lines(glyphs);
        assertThat(lines).hasSize(1);
        assertThat(PdfTypographyAudit.widestHanGap(lines.get(0))).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(PdfTypographyAudit.gridOffset(base, spec)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(PdfTypographyAudit.gridOffset(base + 2.25, spec)).isCloseTo(2.25, org.assertj.core.data.Offset.offset(1e-9));
        // another baseline, or a jump of more than three em, starts another line (another column)
        glyphs.add(new PdfTypographyAudit.Glyph('中', x + 200, base, 9, 9));
        glyphs.add(new PdfTypographyAudit.Glyph('中', x, base + 13.5, 9, 9));
        assertThat(PdfTypographyAudit.lines(glyphs)).hasSize(3);
    }

    private List<PdfTypographyAudit.PageReport> auditOf(EditionContent content) throws IOException {
        Path pdf = dir.resolve("edition.pdf");
        DESK.export().write(content, new ExportTarget.EditionPdf(pdf), PdfOptions.print(), ExportProgress.NONE);
        List<PdfTypographyAudit.PageReport> pages = PdfTypographyAudit.audit(pdf, content.pages().get(0).spec());
        pages.forEach(p -> System.out.println("sample PDF: " + p));
        return pages;
    }
}
