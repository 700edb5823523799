package org.copydesk.typeset;

/** A rectangle in points, origin top-left of the trimmed page, y down. */
public record Box(double x, double y, double width, double height) {
    public double right() { return x + width; }

    public double bottom() { return y + height; }

    public boolean contains(Box other, double tolerance) {
        return other.x >= x - tolerance && other.y >= y - tolerance
                && other.right() <= right() + tolerance && other.bottom() <= bottom() + tolerance;
    }
}
