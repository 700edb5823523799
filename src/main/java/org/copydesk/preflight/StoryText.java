package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.LineRole;

/**
 * A piece of a story's text with the role and face the composer sets it in. Preflight needs the
 * faces of text that was never set (overset text has no lines to read them from); it reads them
 * from the composer's house style, as the composer does.
 *
 * @param role the kind of line the text is set as
 * @param face the face it is set in
 * @param text the text
 */
record StoryText(LineRole role, FontFace face, String text) {

    /** Every piece of the article that prints, in reading order, in the faces of {@code style}. */
    static List<StoryText> of(Article article, HouseStyle style) {
        List<StoryText> pieces = new ArrayList<>();
        pieces.add(piece(style, LineRole.KICKER, article.kicker()));
        pieces.add(piece(style, LineRole.HEADLINE, article.headline()));
        pieces.add(piece(style, LineRole.SUBTITLE, article.subtitle()));
        pieces.add(piece(style, LineRole.REPORTER_LINE, article.byline()));
        for (Block block : article.body()) {
            if (block instanceof Block.Lead lead) {
                // The dateline is a run-in in its own face; the separator and the rest are in the body face.
                pieces.add(new StoryText(LineRole.BODY, style.datelineFace(), lead.dateline()));
                pieces.add(piece(style, LineRole.BODY, lead.body()));
            } else if (block instanceof Block.Paragraph paragraph) {
                pieces.add(piece(style, LineRole.BODY, paragraph.text()));
            } else if (block instanceof Block.Subhead subhead) {
                pieces.add(piece(style, LineRole.SUBHEAD, subhead.text()));
            } else if (block instanceof Block.EndByline byline) {
                pieces.add(piece(style, LineRole.END_BYLINE, byline.text()));
            }
        }
        // Placed with a 竖题 or set vertically, the same text is set in the vertical roles' faces; a
        // glyph those faces lack must be found too (the placement, not the article, decides which).
        List<StoryText> vertical = new ArrayList<>();
        for (StoryText p : pieces) {
            boolean stack = p.role() == LineRole.KICKER || p.role() == LineRole.HEADLINE || p.role() == LineRole.SUBTITLE;
            LineRole role = stack ? LineRole.VERTICAL_HEADLINE : LineRole.VERTICAL_TEXT;
            if (style.face(role) != p.face()) {
                vertical.add(new StoryText(role, style.face(role), p.text()));
            }
        }
        pieces.addAll(vertical);
        return pieces.stream().filter(p -> !p.text().isEmpty()).toList();
    }

    private static StoryText piece(HouseStyle style, LineRole role, String text) {
        return new StoryText(role, style.face(role), text);
    }
}
