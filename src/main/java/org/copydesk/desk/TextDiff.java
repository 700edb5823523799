package org.copydesk.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character-level diff of two texts: Chinese has no spaces between words, so a word diff would
 * compare whole sentences. The texts are compared paragraph by paragraph first (lines, each with
 * its line end), then character by character (code points, never half a surrogate pair) inside each
 * stretch of changed paragraphs. That keeps a 20,000-character story quick however it was edited,
 * and a stretch rewritten beyond recognition is shown as all deleted and all inserted rather than
 * as a confetti of coincidental matches.
 */
public final class TextDiff {
    /**
     * The most character edits looked for inside one changed stretch; beyond it the stretch is
     * replaced whole. Two paragraphs that differ in more than 2,000 characters share little worth showing.
     */
    static final int MAX_CHARACTER_EDITS = 2_000;
    /** The most paragraph edits looked for; beyond it the text is compared character by character in one stretch. */
    static final int MAX_LINE_EDITS = 5_000;

    private TextDiff() {
    }

    /**
     * The diff from {@code before} to {@code after}: the EQUAL and DELETE texts in order spell
     * {@code before}, the EQUAL and INSERT texts spell {@code after}. Adjacent stretches of one kind
     * are joined; within a change the deletion comes before the insertion.
     */
    public static List<DiffOp> of(String before, String after) {
        var out = new Ops();
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        Map<String, Integer> ids = new HashMap<>();
        int[] a = oldLines.stream().mapToInt(l -> ids.computeIfAbsent(l, k -> ids.size())).toArray();
        int[] b = newLines.stream().mapToInt(l -> ids.computeIfAbsent(l, k -> ids.size())).toArray();
        List<Myers.Run> runs = Myers.diff(a, b, MAX_LINE_EDITS);
        if (runs == null) {
            characters(before, after, out);
            return out.list();
        }
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (Myers.Run run : runs) {
            if (run.kind() == DiffOp.Kind.EQUAL) {
                characters(deleted.toString(), inserted.toString(), out);
                deleted.setLength(0);
                inserted.setLength(0);
                out.add(DiffOp.Kind.EQUAL, String.join("", oldLines.subList(run.aFrom(), run.aTo())));
            } else {
                deleted.append(String.join("", oldLines.subList(run.aFrom(), run.aTo())));
                inserted.append(String.join("", newLines.subList(run.bFrom(), run.bTo())));
            }
        }
        characters(deleted.toString(), inserted.toString(), out);
        return out.list();
    }

    /** True when the diff changes nothing. */
    public static boolean same(List<DiffOp> ops) {
        return ops.stream().noneMatch(DiffOp::isChange);
    }

    /** The old text the diff starts from. */
    public static String before(List<DiffOp> ops) {
        var text = new StringBuilder();
        ops.stream().filter(op -> op.kind() != DiffOp.Kind.INSERT).forEach(op -> text.append(op.text()));
        return text.toString();
    }

    /** The new text the diff arrives at. */
    public static String after(List<DiffOp> ops) {
        var text = new StringBuilder();
        ops.stream().filter(op -> op.kind() != DiffOp.Kind.DELETE).forEach(op -> text.append(op.text()));
        return text.toString();
    }

    /** Code-point diff of one changed stretch, its shared start and end taken off first (cheap and common). */
    private static void characters(String before, String after, Ops out) {
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        int[] a = before.codePoints().toArray();
        int[] b = after.codePoints().toArray();
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        out.add(DiffOp.Kind.EQUAL, text(a, 0, prefix));
        int[] aMiddle = java.util.Arrays.copyOfRange(a, prefix, a.length - suffix);
        int[] bMiddle = java.util.Arrays.copyOfRange(b, prefix, b.length - suffix);
        List<Myers.Run> runs = Myers.diff(aMiddle, bMiddle, MAX_CHARACTER_EDITS);
        if (runs == null) {
            out.add(DiffOp.Kind.DELETE, text(aMiddle, 0, aMiddle.length));
            out.add(DiffOp.Kind.INSERT, text(bMiddle, 0, bMiddle.length));
        } else {
            for (Myers.Run run : runs) {
                switch (run.kind()) {
                    case EQUAL, DELETE -> out.add(run.kind(), text(aMiddle, run.aFrom(), run.aTo()));
                    case INSERT -> out.add(run.kind(), text(bMiddle, run.bFrom(), run.bTo()));
                }
            }
        }
        out.add(DiffOp.Kind.EQUAL, text(a, a.length - suffix, a.length));
    }

    private static String text(int[] codePoints, int from, int to) {
        return new String(codePoints, from, to - from);
    }

    /** The text's lines, each with its line end, so that joining them gives the text back. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * The diff being built: joins neighbours of one kind, and keeps each change's deletions before its
     * insertions, so "[-旧-]{+新+}" reads the same way everywhere.
     */
    private static final class Ops {
        private final List<DiffOp> ops = new ArrayList<>();

        void add(DiffOp.Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = ops.size() - 1;
            if (last >= 0 && ops.get(last).kind() == kind) {
                ops.set(last, new DiffOp(kind, ops.get(last).text() + text));
                return;
            }
            if (kind == DiffOp.Kind.DELETE && last >= 0 && ops.get(last).kind() == DiffOp.Kind.INSERT) {
                // An insertion then a deletion: put the deletion first, joined to one before it.
                DiffOp insert = ops.remove(last);
                add(DiffOp.Kind.DELETE, text);
                ops.add(insert);
                return;
            }
            ops.add(new DiffOp(kind, text));
        }

        List<DiffOp> list() {
            return List.copyOf(ops);
        }
    }
}
