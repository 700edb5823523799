package org.copydesk.desk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Myers' O((N+M)D) shortest edit script over two sequences of ints (code points, or paragraph
 * numbers). Gives up, returning null, once more than {@code maxEdits} edits would be needed: the
 * work and the memory it keeps for the walk back grow with the square of that number, and a caller
 * comparing two unrelated texts is better served by "all of this became all of that".
 */
final class Myers {

    /** A stretch of the script: {@code a[aFrom, aTo)} kept, deleted or replaced by {@code b[bFrom, bTo)}. */
    record Run(DiffOp.Kind kind, int aFrom, int aTo, int bFrom, int bTo) {
    }

    private Myers() {
    }

    /** The edit script from {@code a} to {@code b}, runs in order; null when it has more than {@code maxEdits} edits. */
    static List<Run> diff(int[] a, int[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        int limit = Math.min(n + m, maxEdits);
        int offset = limit + 1;
        int[] v = new int[2 * limit + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            // The furthest x on each diagonal k in [-d, d] before this step, for the walk back.
            int[] window = new int[2 * d + 1];
            System.arraycopy(v, offset - d, window, 0, 2 * d + 1);
            trace.add(window);
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return walkBack(trace, a.length, b.length, d);
                }
            }
        }
        return null;
    }

    private static List<Run> walkBack(List<int[]> trace, int n, int m, int edits) {
        List<Run> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = edits; d > 0; d--) {
            int[] window = trace.get(d);
            int k = x - y;
            boolean down = k == -d || k != d && at(window, d, k - 1) < at(window, d, k + 1);
            int prevK = down ? k + 1 : k - 1;
            int prevX = at(window, d, prevK);
            int prevY = prevX - prevK;
            int snakeX = down ? prevX : prevX + 1;
            int snakeY = down ? prevY + 1 : prevY;
            if (x > snakeX) {
                reversed.add(new Run(DiffOp.Kind.EQUAL, snakeX, x, snakeY, y));
            }
            reversed.add(down ? new Run(DiffOp.Kind.INSERT, prevX, prevX, prevY, prevY + 1)
                    : new Run(DiffOp.Kind.DELETE, prevX, prevX + 1, prevY, prevY));
            x = prevX;
            y = prevY;
        }
        if (x > 0) {
            reversed.add(new Run(DiffOp.Kind.EQUAL, 0, x, 0, y));
        }
        Collections.reverse(reversed);
        return reversed;
    }

    /** The value for diagonal {@code k} in a window of width {@code 2d + 1}. */
    private static int at(int[] window, int d, int k) {
        return window[k + d];
    }
}
