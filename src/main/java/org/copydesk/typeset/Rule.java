package org.copydesk.typeset;

/** A straight line drawn on the page: column rules, the running-head rule, frame borders. */
public record Rule(double x1, double y1, double x2, double y2, double widthPt) {
}
