package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.desk.FrameRules.Check;
import org.copydesk.desk.FrameRules.Frame;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.typeset.MastheadBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 报头 rule: page 1's top rows are the masthead's, and no frame of any kind may cover them. */
class FrameRulesTest {
    private final EditionContent content = PlanningFixtures.repository(2).loadEdition(PlanningFixtures.EDITION).orElseThrow();
    private final Page page1 = content.page(1).orElseThrow();
    private final Page page2 = content.page(2).orElseThrow();
    private final FrameSubject story = new FrameSubject.Story(PlanningFixtures.BRIDGE);

    @ParameterizedTest(name = "{0}: line {1}, {2} lines")
    @CsvSource(textBlock = """
            story,   1, 40
            story,   9, 20
            photo,   5, 10
            ad,      1,  5
            banner,  8,  4
            index,   1, 10
            """)
    void aFrameReachingIntoTheMastheadOfPageOneIsRefusedAndTheSameFrameOnPageTwoFits(String kind, int line, int lines) {
        FrameSubject subject = switch (kind) {
            case "story" -> story;
            case "photo" -> new FrameSubject.Picture("photo-1");
            case "ad" -> new FrameSubject.Ad("江澜银行");
            case "banner" -> new FrameSubject.Banner("口号");
            default -> new FrameSubject.IndexBox("导读");
        };
        Frame frame = new Frame(1, 2, line, lines, 2, 0);

        assertThat(FrameRules.check(page1, subject, frame)).isEqualTo(new Check.OnMasthead(new GridRect(0, 0, 6, 9)));
        assertThat(FrameRules.check(page2, subject, frame)).isInstanceOf(Check.Fits.class);
        assertThatThrownBy(() -> FrameRules.placed(page1, subject, frame)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OnMasthead");
    }

    @Test
    void theFirstLineBelowTheMastheadFits() {
        assertThat(FrameRules.check(page1, story, new Frame(1, 6, 10, 60, 6, 0))).isInstanceOf(Check.Fits.class);
    }

    @Test
    void aNewFrameStartsBelowTheMastheadOnPageOneAndAtTheTopElsewhere() {
        assertThat(FrameRules.startingFrame(content, page1, story)).isEqualTo(new Frame(1, 3, 10, 20, 3, 0));
        assertThat(FrameRules.startingFrame(content, page2, story)).isEqualTo(new Frame(1, 3, 1, 20, 3, 0));
    }

    @Test
    void theBlockIsOnWhicheverPageIsNumberedOneAndTallerOnABroadsheet() {
        Page broadsheet = new Page("b", "e", 1, "", PageSpec.broadsheet(), List.of());

        assertThat(MastheadBlock.areaOn(broadsheet)).contains(new GridRect(0, 0, 8, 12));
        assertThat(MastheadBlock.areaOn(page2)).isEmpty();
        assertThat(MastheadBlock.areaOn(page2.withNumber(1))).contains(new GridRect(0, 0, 6, 9));
        assertThat(FrameRules.check(broadsheet, story, new Frame(1, 3, 12, 20, 3, 0))).isInstanceOf(Check.OnMasthead.class);
        assertThat(FrameRules.check(broadsheet, story, new Frame(1, 3, 13, 20, 3, 0))).isInstanceOf(Check.Fits.class);
    }
}
