package org.copydesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.copydesk.exchange.StoryFileImporter;

/**
 * How the story importer's time grows with pathological files (docs/performance.md, "Story import").
 * Not JMH: the point is the growth from one size to the next (linear or quadratic), which a few
 * medians show plainly. Run after {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes org.copydesk.bench.StoryImportScaling SHAPE N1,N2,... RUNS}.
 */
public final class StoryImportScaling {

    private StoryImportScaling() {
    }

    static String story(String shape, int n) {
        return switch (shape) {
            case "blank" -> "标题\n" + "\n".repeat(n) + "正文。\n";
            case "blankhead" -> "\n".repeat(n) + "标题\n正文。\n";
            case "cjklines" -> "标题\n" + "字\n".repeat(n);
            case "subspace" -> "标题\n##" + " ".repeat(n) + "\u2028小标题\n正文。";
            case "bylspace" -> "标题\n正文。\n署名：" + " ".repeat(n) + "\u2028王晓明";
            case "headsparas" -> "标题\n" + "## 小\n".repeat(n / 2) + "字\n".repeat(n / 2);
            case "crlf" -> "标题\n" + "\r\n\r".repeat(n) + "正文。";
            case "oneline" -> "标题\n" + "字".repeat(n);
            case "front" -> "---\n" + "# x: y\n".repeat(n);
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
    }

    public static void main(String[] args) {
        String shape = args[0];
        int runs = Integer.parseInt(args[2]);
        for (String size : args[1].split(",")) {
            int n = Integer.parseInt(size);
            byte[] bytes = story(shape, n).getBytes(StandardCharsets.UTF_8);
            long[] nanos = new long[runs];
            String outcome = "";
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                try {
                    outcome = "read, " + StoryFileImporter.read(bytes, "x.txt", "a", "e", Instant.EPOCH).body().size() + " blocks";
                } catch (RuntimeException e) {
                    outcome = "refused: " + e.getMessage();
                }
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-10s n=%,10d %,11d bytes  median %,8.0f ms of %d runs  %s%n", shape, n,
                    bytes.length, nanos[runs / 2] / 1e6, runs, outcome);
        }
    }
}
