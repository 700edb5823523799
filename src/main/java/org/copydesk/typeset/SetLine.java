package org.copydesk.typeset;

/**
 * One line as set, before it is placed on a page: the code points {@code [start, end)} of its
 * passage, each with its glyph origin and set advance relative to the left edge of the measure.
 *
 * <p>The origin of a code point is where a renderer draws its glyph. An opening bracket whose
 * blank leading half was taken away therefore has its origin half an em left of the space it
 * occupies; {@code origin + leadingCut} is the left edge of what it occupies.
 */
record SetLine(int start, int end, double[] origins, double[] advances, double[] leadingCuts,
               boolean justified, double inkRight) {

    int length() {
        return end - start;
    }
}
