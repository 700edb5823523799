package org.copydesk.typeset;

/**
 * A flat tint laid under the text (底纹): a boxed story's or a banner's background.
 *
 * @param box the area it covers
 * @param ink how much black ink it carries, 0 (paper) to 1 (solid); light tints sit near 0.1
 */
public record Fill(Box box, double ink) {
    public Fill {
        if (ink < 0 || ink > 1) {
            throw new IllegalArgumentException("tint must be between 0 and 1: " + ink);
        }
    }

    /** The grey a renderer paints: 1 is white. */
    public double grey() {
        return 1 - ink;
    }
}
