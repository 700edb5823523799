package org.copydesk.typeset;

import java.util.List;
import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;

/**
 * Everything about one linked frame of a story that its composition depends on: where it is, on
 * which page, what photos cut into it, and which pages its jump lines name. Equal values compose
 * to equal lines, which is what the composer's cache relies on.
 *
 * @param pageNumber   the page the frame is on
 * @param spec         that page's geometry
 * @param placement    the frame
 * @param blocked      photo frames on the same page overlapping this frame
 * @param jumpFromPage page of the previous part when it is on another page (上接), else 0
 * @param jumpToPage   page of the next part when it is on another page (下转), else 0
 * @param headlineCapPt the largest automatic 主题 the page's hierarchy allows ({@link HeadlineRank}); 0 for none
 */
record StoryPart(int pageNumber, PageSpec spec, StoryPlacement placement, List<GridRect> blocked,
                 int jumpFromPage, int jumpToPage, double headlineCapPt) {
    StoryPart {
        blocked = List.copyOf(blocked);
    }
}
