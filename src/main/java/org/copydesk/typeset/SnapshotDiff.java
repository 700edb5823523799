package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a page as it is now differs from the page as it was signed off: each current line is the same,
 * moved (the same words in the same faces, set elsewhere or spaced differently) or changed (words or
 * faces that the signed page did not have there); and which frames changed or went.
 *
 * <p>Lines are matched as multisets, so a paragraph that repeats a line, or two stories that share a
 * line of text in different frames, are each matched once.
 *
 * @param lineChanges   one per line of the current snapshot, in its order
 * @param removedLines  signed lines whose words the current page no longer has anywhere in their frame
 * @param changedFrames current frames (as {@code id#part}) whose place, crop or picture differs, or that are new
 * @param removedFrames signed frames that are no longer on the page
 */
public record SnapshotDiff(List<LineChange> lineChanges, int removedLines, List<String> changedFrames,
                           List<String> removedFrames) {
    public enum LineChange { SAME, MOVED, CHANGED }

    public SnapshotDiff {
        lineChanges = List.copyOf(lineChanges);
        changedFrames = List.copyOf(changedFrames);
        removedFrames = List.copyOf(removedFrames);
    }

    public static SnapshotDiff between(PageSnapshot signed, PageSnapshot current) {
        Map<PageSnapshot.Line, Integer> exact = counts(signed.lines());
        Map<String, Integer> words = new HashMap<>();
        signed.lines().forEach(l -> words.merge(wordsKey(l), 1, Integer::sum));
        List<LineChange> changes = new ArrayList<>();
        List<PageSnapshot.Line> notExact = new ArrayList<>();
        for (PageSnapshot.Line line : current.lines()) {
            // Exact matches first, so a moved copy never takes the match of a line that stayed put.
            if (take(exact, line)) {
                changes.add(LineChange.SAME);
                take(words, wordsKey(line));
            } else {
                changes.add(null);
                notExact.add(line);
            }
        }
        int next = 0;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) == null) {
                PageSnapshot.Line line = notExact.get(next++);
                changes.set(i, take(words, wordsKey(line)) ? LineChange.MOVED : LineChange.CHANGED);
            }
        }
        int removed = words.values().stream().mapToInt(Integer::intValue).sum();

        Map<PageSnapshot.Frame, Integer> signedFrames = counts(signed.frames());
        List<String> changedFrames = new ArrayList<>();
        for (PageSnapshot.Frame frame : current.frames()) {
            if (!take(signedFrames, frame)) {
                changedFrames.add(frame.id());
            }
        }
        List<String> currentIds = current.frames().stream().map(PageSnapshot.Frame::id).toList();
        List<String> removedFrames = signed.frames().stream().map(PageSnapshot.Frame::id)
                .filter(id -> !currentIds.contains(id)).toList();
        return new SnapshotDiff(changes, removed, changedFrames, removedFrames);
    }

    /** Whether the page prints exactly as signed. */
    public boolean unchanged() {
        return lineChanges.stream().allMatch(c -> c == LineChange.SAME) && removedLines == 0
                && changedFrames.isEmpty() && removedFrames.isEmpty();
    }

    public long count(LineChange kind) {
        return lineChanges.stream().filter(c -> c == kind).count();
    }

    private static String wordsKey(PageSnapshot.Line line) {
        return line.frame() + "\u0000" + line.text() + "\u0000" + line.faces();
    }

    private static <T> Map<T, Integer> counts(List<T> values) {
        Map<T, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }

    private static <T> boolean take(Map<T, Integer> counts, T key) {
        Integer n = counts.get(key);
        if (n == null || n == 0) {
            return false;
        }
        counts.put(key, n - 1);
        return true;
    }
}
