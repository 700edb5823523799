package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.typeset.LineRole;

/**
 * A piece of a story's text with the role and face the composer sets it in. Preflight needs the
 * faces of text that was never set (overset text has no lines to read them from). This mirrors
 * the house style the composer applies; PreflightGlyphTest holds the two together on the sample.
 *
 * @param role the kind of line the text is set as
 * @param face the face it is set in
 * @param text the text
 */
record StoryText(LineRole role, FontFace face, String text) {

    /** Every piece of the article that prints, in reading order. */
    static List<StoryText> of(Article article) {
        List<StoryText> pieces = new ArrayList<>();
        pieces.add(new StoryText(LineRole.KICKER, FontFace.SANS, article.kicker()));
        pieces.add(new StoryText(LineRole.HEADLINE, FontFace.SANS_BOLD, article.headline()));
        pieces.add(new StoryText(LineRole.SUBTITLE, FontFace.SANS, article.subtitle()));
        pieces.add(new StoryText(LineRole.REPORTER_LINE, FontFace.SANS, article.byline()));
        for (Block block : article.body()) {
            if (block instanceof Block.Lead lead) {
                // The dateline is a bold run-in; the separator and the rest are in the body face.
                pieces.add(new StoryText(LineRole.BODY, FontFace.SERIF_BOLD, lead.dateline()));
                pieces.add(new StoryText(LineRole.BODY, FontFace.SERIF, lead.body()));
            } else if (block instanceof Block.Paragraph paragraph) {
                pieces.add(new StoryText(LineRole.BODY, FontFace.SERIF, paragraph.text()));
            } else if (block instanceof Block.Subhead subhead) {
                pieces.add(new StoryText(LineRole.SUBHEAD, FontFace.SANS_BOLD, subhead.text()));
            } else if (block instanceof Block.EndByline byline) {
                pieces.add(new StoryText(LineRole.END_BYLINE, FontFace.SANS, byline.text()));
            }
        }
        return pieces.stream().filter(p -> !p.text().isEmpty()).toList();
    }
}
