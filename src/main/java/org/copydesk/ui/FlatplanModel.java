package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.ProofRound;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.preflight.Finding;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;

/**
 * The flatplan (版面计划) of an edition as figures: each page composed by the same composer as the
 * preview, with how full its grid is, what is overset on it and what preflight found there.
 * Holds no controls, so it is tested without the FX toolkit.
 */
final class FlatplanModel {

    /**
     * One page of the flatplan.
     *
     * @param number         版次
     * @param section        版名, empty when the page has none
     * @param layout         the composed page, for the thumbnail
     * @param fillPercent    share of the grid's cells under a frame, 0-100, rounded down (100 only when full)
     * @param oversetStories stories whose overflowing part is on this page
     * @param oversetChars   字 those stories could not set
     * @param errors         preflight errors shown on this page
     * @param warnings       preflight warnings shown on this page
     */
    record PageFigures(int number, String section, PageLayout layout, int fillPercent, int oversetStories,
                       int oversetChars, int errors, int warnings, ProofRound proofRound) {
        PageFigures {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(proofRound, "proofRound");
        }

        /** A page at its first proof (初校). */
        PageFigures(int number, String section, PageLayout layout, int fillPercent, int oversetStories,
                    int oversetChars, int errors, int warnings) {
            this(number, section, layout, fillPercent, oversetStories, oversetChars, errors, warnings, ProofRound.FIRST);
        }
    }

    private final PageComposer composer;

    FlatplanModel(PageComposer composer) {
        this.composer = Objects.requireNonNull(composer);
    }

    /**
     * Every page in page order. Composes each page, about 1 ms a page with the bundled fonts (the
     * 8-page sample in 3-8 ms), so it runs on the FX thread like the preview's composition.
     */
    List<PageFigures> pages(EditionContent content, List<Finding> findings) {
        List<PageFigures> pages = new ArrayList<>();
        for (Page page : content.pages()) {
            PageLayout layout = composer.compose(content, page.number());
            int oversetStories = 0;
            int oversetChars = 0;
            for (Copyfit fit : layout.copyfits()) {
                if (fit.overset() && holdsPart(page, fit.articleId(), fit.overflowingPart())) {
                    oversetStories++;
                    oversetChars += fit.oversetChars();
                }
            }
            int errors = 0;
            int warnings = 0;
            for (Finding finding : findings) {
                if (PreflightModel.jumpFor(finding, content).pageNumber() == page.number()) {
                    if (finding.isError()) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
            pages.add(new PageFigures(page.number(), page.section(), layout, fillPercent(page), oversetStories,
                    oversetChars, errors, warnings, page.proofRound()));
        }
        return List.copyOf(pages);
    }

    /**
     * A continued story's copyfit comes with every page it runs on; its overset counts once, on the
     * page of the part that overflows, where the desk has to cut or make room.
     */
    private static boolean holdsPart(Page page, String articleId, int part) {
        return page.placements().stream().anyMatch(p -> p instanceof StoryPlacement s
                && s.articleId().equals(articleId) && s.part() == part);
    }

    /** Cells of the page grid under at least one frame, as a whole percentage rounded down. */
    static int fillPercent(Page page) {
        PageSpec spec = page.spec();
        boolean[][] covered = new boolean[spec.rows()][spec.columns()];
        int count = 0;
        // Page 1's masthead block (报头) is set by the composer in its top rows: full, not white space.
        int mastheadRows = org.copydesk.typeset.MastheadBlock.areaOn(page).map(a -> Math.min(spec.rows(), a.rowSpan())).orElse(0);
        for (int row = 0; row < mastheadRows; row++) {
            java.util.Arrays.fill(covered[row], true);
            count += spec.columns();
        }
        for (Placement placement : page.placements()) {
            GridRect rect = placement.frame();
            int lastRow = Math.min(rect.lastRow(), spec.rows() - 1);
            int lastColumn = Math.min(rect.lastColumn(), spec.columns() - 1);
            for (int row = rect.row(); row <= lastRow; row++) {
                for (int column = rect.column(); column <= lastColumn; column++) {
                    if (!covered[row][column]) {
                        covered[row][column] = true;
                        count++;
                    }
                }
            }
        }
        return (int) (100L * count / ((long) spec.rows() * spec.columns()));
    }

    /**
     * The page number {@code steps} places from {@code number} in page order (negative: towards
     * page 1), or empty at either end: where a keyboard move or focus step goes.
     */
    static OptionalInt neighbour(List<PageFigures> pages, int number, int steps) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() == number) {
                int target = i + steps;
                return target < 0 || target >= pages.size() ? OptionalInt.empty() : OptionalInt.of(pages.get(target).number());
            }
        }
        return OptionalInt.empty();
    }

    /** The label lines under a thumbnail: 版次, 版名 and 校次, fill and overset, preflight. */
    static List<String> describe(UiText text, PageFigures page) {
        String title = (page.section().isBlank() ? text.format("flatplan.page", page.number())
                : text.format("flatplan.pageSection", page.number(), page.section()))
                + text.format("nav.proof", text.get("proof." + page.proofRound().name()));
        String overset = page.oversetStories() == 0 ? text.get("flatplan.fits")
                : text.format("flatplan.overset", page.oversetStories(), page.oversetChars());
        String fill = text.format("flatplan.fill", page.fillPercent()) + " · " + overset;
        String preflight = page.errors() + page.warnings() == 0 ? text.get("flatplan.clean")
                : text.format("flatplan.preflight", page.errors(), page.warnings());
        return List.of(title, fill, preflight);
    }
}
