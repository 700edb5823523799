package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.TinyPdf;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.Test;

/**
 * Ad slots (广告) composed and exported: a slot without artwork is a grey box with the advertiser's
 * name; a slot with artwork carries the advertiser's PDF page as a form XObject.
 */
class AdSlotExportTest {
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();
    private static final String WAITING = "城南家具城";

    /** The fixture edition with two ads on page 2, below its story: one with artwork, one without. */
    static EditionContent withAds() {
        EditionContent content = ExportFixtures.edition();
        Page two = content.page(2).orElseThrow();
        List<Placement> placements = new ArrayList<>(two.placements());
        placements.add(new AdPlacement("江澜银行", new GridRect(0, 30, 3, 15), "江澜银行",
                Optional.of(TinyPdf.artwork("bank.pdf"))));
        placements.add(new AdPlacement("城南家具", new GridRect(3, 30, 3, 15), WAITING, Optional.empty()));
        List<Page> pages = content.pages().stream().map(p -> p == two ? two.withPlacements(placements) : p).toList();
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }

    @Test
    void theComposerEmitsAnAdFrameWithTheAdvertisersNameOnlyWhileTheArtworkIsMissing() {
        PageLayout layout = COMPOSER.compose(withAds(), 2);

        List<LayoutFrame> ads = layout.frames().stream().filter(f -> f.kind() == LayoutFrame.FrameKind.AD).toList();
        assertThat(ads).extracting(LayoutFrame::contentId).containsExactly("江澜银行", "城南家具");
        assertThat(ads.get(0).lines()).isEmpty();
        assertThat(ads.get(1).lines()).extracting(l -> l.text()).containsExactly(WAITING);
        // Centred across the slot.
        var bounds = ads.get(1).bounds();
        var line = ads.get(1).lines().get(0);
        double left = line.runs().get(0).x(0) - bounds.x();
        assertThat(left).isGreaterThan(bounds.width() / 4);
    }

    @Test
    void thePdfPlacesTheArtworkAsAFormAndPrintsTheNameOfTheSlotWithout() throws IOException {
        byte[] pdf = new PdfExporter(COMPOSER).editionPdf(withAds(), PdfOptions.print(), ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage two = document.getPage(1);
            List<PDFormXObject> forms = new ArrayList<>();
            for (COSName name : two.getResources().getXObjectNames()) {
                if (two.getResources().getXObject(name) instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
            assertThat(forms).hasSize(1);
            assertThat(forms.get(0).getBBox().getWidth()).isEqualTo(200f);
            assertThat(forms.get(0).getBBox().getHeight()).isEqualTo(300f);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains(WAITING);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).doesNotContain(WAITING);
        }
    }
}
