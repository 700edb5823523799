package org.copydesk.typeset;

import java.util.List;
import java.util.Objects;
import org.copydesk.model.PageSpec;

/**
 * A composed page: everything the renderers draw, in points, origin at the top-left corner of the
 * trimmed page, y growing downwards. The preview and the PDF draw exactly this; neither measures
 * or breaks text itself.
 *
 * @param pageId     the page
 * @param pageNumber 版次
 * @param spec       the page geometry
 * @param frames     story and photo frames in reading order
 * @param extras     running head lines that belong to no frame
 * @param rules      the running-head rule (0.75 pt) and the 栏线 (0.25 pt, vertical) in the gutters
 *                   between text columns and between side-by-side stories
 * @param copyfits   one per story with a frame on this page
 * @param problems   what the composer could not do (missing glyphs, overset): preflight reads these
 * @param fills      tints drawn before everything else (boxed stories, banners)
 */
public record PageLayout(String pageId, int pageNumber, PageSpec spec, List<LayoutFrame> frames,
                         List<LayoutLine> extras, List<Rule> rules, List<Copyfit> copyfits,
                         List<LayoutProblem> problems, List<Fill> fills) {
    /** A page without tints. */
    public PageLayout(String pageId, int pageNumber, PageSpec spec, List<LayoutFrame> frames, List<LayoutLine> extras,
                      List<Rule> rules, List<Copyfit> copyfits, List<LayoutProblem> problems) {
        this(pageId, pageNumber, spec, frames, extras, rules, copyfits, problems, List.of());
    }

    public PageLayout {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(spec, "spec");
        frames = List.copyOf(frames);
        extras = List.copyOf(extras);
        rules = List.copyOf(rules);
        copyfits = List.copyOf(copyfits);
        problems = List.copyOf(problems);
        fills = fills == null ? List.of() : List.copyOf(fills);
    }

    /** Every line on the page in reading order: running head first, then frame by frame. */
    public List<LayoutLine> allLines() {
        var all = new java.util.ArrayList<LayoutLine>(extras);
        frames.forEach(f -> all.addAll(f.lines()));
        return List.copyOf(all);
    }
}
