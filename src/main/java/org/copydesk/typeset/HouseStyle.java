package org.copydesk.typeset;

import java.util.Map;
import java.util.Objects;
import org.copydesk.fonts.FontFace;

/**
 * The paper's house style: which face, pitch, indent and alignment each kind of text gets. One
 * value read by the composer (every frame it sets) and by preflight (the faces of text that was
 * never set, such as overset copy), so the two cannot disagree about what a story prints in.
 *
 * @param styles       the style of each line role; every role has one
 * @param datelineFace the face of the 电头 run-in at the start of a lead paragraph
 */
public record HouseStyle(Map<LineRole, TextStyle> styles, FontFace datelineFace) {
    public HouseStyle {
        styles = Map.copyOf(styles);
        Objects.requireNonNull(datelineFace, "datelineFace");
        for (LineRole role : LineRole.values()) {
            if (!styles.containsKey(role)) {
                throw new IllegalArgumentException("the house style has no style for " + role);
            }
        }
    }

    /**
     * A Chinese broadsheet's: 宋体 body justified with a two-character indent and a 黑体 dateline
     * run-in; 黑体 for the headline stack, bylines, subheads, jump lines, captions and the folio; banners in
     * 粗黑, vertical headlines (竖题) in 宋体粗, vertically set pieces in 宋体; a 导读 box's title in 粗黑 and
     * its lines in the body's 宋体.
     */
    public static HouseStyle newspaper() {
        return new HouseStyle(Map.ofEntries(
                Map.entry(LineRole.RUNNING_HEAD, new TextStyle(FontFace.SANS, 1.4, 0, Alignment.LEFT)),
                Map.entry(LineRole.KICKER, new TextStyle(FontFace.SANS, 1.4, 0, Alignment.CENTER)),
                Map.entry(LineRole.HEADLINE, new TextStyle(FontFace.SANS_BOLD, 1.2, 0, Alignment.CENTER)),
                Map.entry(LineRole.SUBTITLE, new TextStyle(FontFace.SANS, 1.4, 0, Alignment.CENTER)),
                Map.entry(LineRole.REPORTER_LINE, new TextStyle(FontFace.SANS, 1, 0, Alignment.LEFT)),
                Map.entry(LineRole.BODY, new TextStyle(FontFace.SERIF, 1, 2, Alignment.JUSTIFY)),
                Map.entry(LineRole.SUBHEAD, new TextStyle(FontFace.SANS_BOLD, 1, 0, Alignment.JUSTIFY)),
                Map.entry(LineRole.END_BYLINE, new TextStyle(FontFace.SANS, 1, 0, Alignment.RIGHT)),
                Map.entry(LineRole.JUMP_LINE, new TextStyle(FontFace.SANS, 1.5, 0, Alignment.LEFT)),
                Map.entry(LineRole.CAPTION, new TextStyle(FontFace.SANS, 1.4, 0, Alignment.JUSTIFY)),
                Map.entry(LineRole.BANNER, new TextStyle(FontFace.SANS_BOLD, 1, 0, Alignment.JUSTIFY)),
                Map.entry(LineRole.VERTICAL_HEADLINE, new TextStyle(FontFace.SERIF_BOLD, 1.15, 0, Alignment.LEFT)),
                Map.entry(LineRole.VERTICAL_TEXT, new TextStyle(FontFace.SERIF, 1, 2, Alignment.JUSTIFY)),
                Map.entry(LineRole.INDEX_TITLE, new TextStyle(FontFace.SANS_BOLD, 1.2, 0, Alignment.CENTER)),
                Map.entry(LineRole.INDEX_ENTRY, new TextStyle(FontFace.SERIF, 1, 0, Alignment.LEFT))),
                FontFace.SERIF_BOLD);
    }

    /** The style of {@code role}. */
    public TextStyle of(LineRole role) {
        return styles.get(role);
    }

    /** The face of {@code role}. */
    public FontFace face(LineRole role) {
        return of(role).face();
    }
}
