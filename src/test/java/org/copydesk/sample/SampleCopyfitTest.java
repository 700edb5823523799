package org.copydesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.model.EditionContent;
import org.copydesk.model.StoryPlacement;
import org.copydesk.preflight.Preflight;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample as the real composer sets it: every story fits its frames to within three lines (the
 * preflight default), the lead story's jump carries text, and preflight finds nothing.
 */
class SampleCopyfitTest {

    private static EditionContent sample;
    private static NewspaperComposer composer;
    private static List<PageLayout> layouts;

    @BeforeAll
    static void compose() {
        sample = SampleEdition.create();
        composer = NewspaperComposer.withBundledFonts();
        layouts = composer.composeEdition(sample);
    }

    @Test
    void noStoryIsOversetAndTheComposerReportsNoProblem() {
        for (PageLayout layout : layouts) {
            assertThat(layout.copyfits()).as("page %d", layout.pageNumber())
                    .allSatisfy(c -> assertThat(c.overset()).as(headline(c)).isFalse());
            assertThat(layout.problems()).as("page %d: overset, missing glyphs, off-grid frames", layout.pageNumber())
                    .isEmpty();
        }
    }

    @Test
    void storiesFillTheirFramesToWithinThreeLines() {
        for (PageLayout layout : layouts) {
            for (Copyfit c : layout.copyfits()) {
                assertThat(c.linesFree()).as("page %d: %s leaves %s", layout.pageNumber(), headline(c), c.summaryZh())
                        .isLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void theSamplePassesPreflightWithoutFindings() {
        assertThat(new Preflight(composer).check(sample)).isEmpty();
    }

    @Test
    void theContinuationOnPageThreeCarriesBodyTextAndJumpLines() {
        StoryPlacement continued = sample.page(3).orElseThrow().placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 1).map(StoryPlacement.class::cast)
                .findFirst().orElseThrow();
        LayoutFrame frame = layouts.get(2).frames().stream()
                .filter(f -> f.contentId().equals(continued.articleId()) && f.part() == 1).findFirst().orElseThrow();
        long bodyLines = frame.lines().stream().filter(l -> l.role() == LineRole.BODY).count();
        assertThat(bodyLines).as("body lines in the continuation").isGreaterThan(3L * 10);
        assertThat(frame.lines()).anyMatch(l -> l.role() == LineRole.JUMP_LINE);
        LayoutFrame opening = layouts.get(0).frames().stream()
                .filter(f -> f.contentId().equals(continued.articleId()) && f.part() == 0).findFirst().orElseThrow();
        assertThat(opening.lines()).anyMatch(l -> l.role() == LineRole.JUMP_LINE);
    }

    private static String headline(Copyfit c) {
        return sample.article(c.articleId()).orElseThrow().headline();
    }
}
