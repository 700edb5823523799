package org.copydesk.typeset;

import java.util.Objects;
import org.copydesk.fonts.FontFace;

/**
 * How one kind of text is set.
 *
 * @param face      the face
 * @param pitch     line pitch as a multiple of the type size (body text keeps the page grid instead)
 * @param indentEms first-line indent in ems of the type size (2 for 首行缩进两字)
 * @param alignment how its lines sit in the measure
 */
public record TextStyle(FontFace face, double pitch, double indentEms, Alignment alignment) {
    public TextStyle {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(alignment, "alignment");
        if (pitch < 1 || indentEms < 0) {
            throw new IllegalArgumentException("a text style needs a pitch of at least 1 and no negative indent: "
                    + pitch + ", " + indentEms);
        }
    }
}
