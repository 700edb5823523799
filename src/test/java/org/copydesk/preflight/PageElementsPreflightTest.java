package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.SampleEditions;
import org.junit.jupiter.api.Test;

/** Preflight over the page elements: an overset vertical piece, a banner laid over a story. */
class PageElementsPreflightTest {
    private static final NewspaperComposer COMPOSER = NewspaperComposer.withBundledFonts();

    private static EditionContent withPage1(List<Placement> placements) {
        EditionContent sample = SampleEditions.fullBroadsheet();
        Page one = sample.page(1).orElseThrow().withPlacements(placements);
        return new EditionContent(sample.edition(), List.of(one), sample.articles(), sample.photos());
    }

    @Test
    void aVerticalPieceThatDoesNotFitIsReportedOverset() {
        EditionContent content = withPage1(List.of(new StoryPlacement("s5", new GridRect(0, 0, 2, 12), 0, 2, 0,
                StoryStyle.PLAIN.withVerticalText(true))));
        List<Finding> findings = new Preflight(COMPOSER, Locale.ENGLISH).check(content);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo(Check.OVERSET);
            assertThat(f.contentId()).isEqualTo("s5");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aBannerLaidOverAStoryIsAnOverlapNamingTheSlogan() {
        List<Placement> placements = new ArrayList<>(List.of(new StoryPlacement("s5", new GridRect(0, 0, 4, 40), 0, 4, 0)));
        placements.add(new BannerPlacement("标语", new GridRect(0, 10, 8, 4), "学党史 悟思想", true, true));
        List<Finding> findings = new Preflight(COMPOSER, Locale.ENGLISH).check(withPage1(placements));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo(Check.FRAME_OVERLAP);
            assertThat(f.message()).contains("学党史 悟思想");
        });
    }
}
