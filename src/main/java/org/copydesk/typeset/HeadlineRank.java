package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * Which story leads a page and how large the others' headlines may be. The lead is the story
 * whose opening frame is largest (the first of equals in the page's order); its 主题 keeps the
 * size of its span (初号 across six columns or more, 小初 across four or five). Every other story's
 * automatic 主题 stays at least one 号 below the lead's and at most 一号, so one headline
 * dominates the page as a desk sets it. A size set on a placement is kept as it is.
 */
final class HeadlineRank {
    /** The largest automatic 主题 of a story that does not lead its page: 一号. */
    static final double SECOND_MOST = 26;

    private HeadlineRank() {
    }

    /** The largest 主题 size the opening {@code placement} may get on {@code page}; 0 for no limit. */
    static double capFor(Page page, StoryPlacement placement) {
        if (placement.part() != 0 || placement.headlineSizePt() > 0) {
            return 0;
        }
        List<StoryPlacement> openings = openings(page);
        if (openings.size() < 2 || openings.get(0).equals(placement)) {
            return 0;
        }
        StoryPlacement lead = openings.get(0);
        double leadSize = lead.headlineSizePt() > 0 ? lead.headlineSizePt()
                : HaoScale.headlineFor(lead.frame().columnSpan(), page.spec().columns());
        return Math.min(SECOND_MOST, HaoScale.smaller(leadSize));
    }

    /** The page's opening frames, the lead first, then by size and the page's order. */
    static List<StoryPlacement> openings(Page page) {
        List<StoryPlacement> openings = new ArrayList<>();
        for (Placement p : page.placements()) {
            if (p instanceof StoryPlacement s && s.part() == 0) {
                openings.add(s);
            }
        }
        openings.sort(Comparator.comparingInt((StoryPlacement s) -> -s.frame().columnSpan() * s.frame().rowSpan()));
        return openings;
    }
}
