package org.copydesk.typeset;

import java.util.List;

/**
 * A story composed through all its linked frames.
 *
 * @param parts    one per frame, in part order
 * @param copyfit  how the story fits
 * @param problems missing glyphs, overset, frames off the grid
 */
record StoryFlow(List<PartLayout> parts, Copyfit copyfit, List<LayoutProblem> problems) {

    /** The lines set in one frame and the rules between its text columns. */
    record PartLayout(StoryPart part, LayoutFrame frame, List<Rule> rules) {
        PartLayout {
            rules = List.copyOf(rules);
        }
    }
}
