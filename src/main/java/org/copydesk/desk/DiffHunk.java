package org.copydesk.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable piece of a diff: one or more nearby changes with a little unchanged text around them,
 * never reaching into another line (paragraph), so each hunk reads as a sentence of its paragraph.
 *
 * @param oldLine the line (0-based) of the old text the hunk starts on
 * @param newLine the same for the new text
 * @param ops     the hunk's stretches, context included
 */
public record DiffHunk(int oldLine, int newLine, List<DiffOp> ops) {
    /** Unchanged characters shown on each side of a change. */
    public static final int CONTEXT = 12;

    public DiffHunk {
        ops = List.copyOf(ops);
    }

    /**
     * The changes of {@code diff} grouped into hunks. Changes closer than two contexts on one line
     * share a hunk; unchanged text is cut to {@code context} code points on each side of a change.
     */
    public static List<DiffHunk> of(List<DiffOp> diff, int context) {
        List<DiffHunk> hunks = new ArrayList<>();
        int oldLine = 0;
        int newLine = 0;
        List<DiffOp> current = null;
        int currentOld = 0;
        int currentNew = 0;
        for (int i = 0; i < diff.size(); i++) {
            DiffOp op = diff.get(i);
            if (op.isChange()) {
                if (current == null) {
                    current = new ArrayList<>();
                    String lead = i > 0 ? tail(diff.get(i - 1).text(), context) : "";
                    currentOld = oldLine;
                    currentNew = newLine;
                    addIfAny(current, DiffOp.Kind.EQUAL, lead);
                }
                current.add(op);
            } else if (current != null) {
                boolean last = i == diff.size() - 1;
                String text = op.text();
                if (!last && text.indexOf('\n') < 0 && count(text) <= 2 * context) {
                    current.add(op);
                } else {
                    addIfAny(current, DiffOp.Kind.EQUAL, head(text, context));
                    hunks.add(new DiffHunk(currentOld, currentNew, current));
                    current = null;
                }
            }
            if (op.kind() != DiffOp.Kind.INSERT) {
                oldLine += newlines(op.text());
            }
            if (op.kind() != DiffOp.Kind.DELETE) {
                newLine += newlines(op.text());
            }
        }
        if (current != null) {
            hunks.add(new DiffHunk(currentOld, currentNew, current));
        }
        return List.copyOf(hunks);
    }

    /** Up to {@code n} code points from the end of {@code text}, not reaching back past a line end. */
    static String tail(String text, int n) {
        int from = text.lastIndexOf('\n') + 1;
        int start = text.length();
        for (int k = 0; k < n && start > from; k++) {
            start = text.offsetByCodePoints(start, -1);
        }
        return text.substring(start);
    }

    /** Up to {@code n} code points from the start of {@code text}, stopping before a line end. */
    static String head(String text, int n) {
        int stop = text.indexOf('\n');
        int limit = stop < 0 ? text.length() : stop;
        int end = 0;
        for (int k = 0; k < n && end < limit; k++) {
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(0, Math.min(end, limit));
    }

    private static void addIfAny(List<DiffOp> ops, DiffOp.Kind kind, String text) {
        if (!text.isEmpty()) {
            ops.add(new DiffOp(kind, text));
        }
    }

    private static int count(String text) {
        return text.codePointCount(0, text.length());
    }

    private static int newlines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
