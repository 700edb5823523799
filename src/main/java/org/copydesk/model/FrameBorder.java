package org.copydesk.model;

/**
 * The border drawn round a boxed story (花边框): none, a plain hairline, a double rule, or a simple
 * decorative band (花边) of a zigzag between two hairlines, drawn by the composer itself.
 */
public enum FrameBorder {
    NONE, PLAIN, DOUBLE, FLORAL
}
