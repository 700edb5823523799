package org.copydesk.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.copydesk.desk.DiffHunk;
import org.copydesk.desk.DiffOp;
import org.copydesk.desk.TextDiff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The character diff of a 20,000-character story (40 paragraphs of 500 字): as an editor's pass
 * leaves it (60 small edits spread through the text), with every paragraph touched (400 edits),
 * and against an unrelated story of the same length (the worst case: nothing in common). Run with
 * {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.args='StoryDiffBenchmark'}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StoryDiffBenchmark {
    private static final String SOURCE = "新闻编辑部今天讨论版面安排，记者们交来稿件。𠀋城市发展日新月异，市民生活更加便利😀。"
            + "澜江二桥全长2,860米，主桥为双塔双索面斜拉桥，桥面为双向六车道。";

    private String story;
    private String edited;
    private String heavilyEdited;
    private String unrelated;

    @Setup
    public void setUp() {
        story = story(0);
        edited = edit(story, 60, new Random(1));
        heavilyEdited = edit(story, 400, new Random(2));
        unrelated = story(17);
    }

    @Benchmark
    public List<DiffHunk> editorsPass() {
        return DiffHunk.of(TextDiff.of(story, edited), DiffHunk.CONTEXT);
    }

    @Benchmark
    public List<DiffOp> everyParagraphTouched() {
        return TextDiff.of(story, heavilyEdited);
    }

    @Benchmark
    public List<DiffOp> unrelatedStory() {
        return TextDiff.of(story, unrelated);
    }

    /** 40 paragraphs of 500 characters, the text rotated by {@code shift} so two shifts share little order. */
    static String story(int shift) {
        int[] source = SOURCE.codePoints().toArray();
        var text = new StringBuilder();
        int n = 0;
        for (int p = 0; p < 40; p++) {
            for (int c = 0; c < 500; c++) {
                text.appendCodePoint(source[(n++ * (shift + 1) + shift) % source.length]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** {@code edits} insertions, deletions and replacements of one to six characters, spread at random. */
    static String edit(String text, int edits, Random random) {
        var out = new StringBuilder(text);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length() - 10);
            if (Character.isLowSurrogate(out.charAt(at))) {
                at++;
            }
            int length = 1 + random.nextInt(3);
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, "增补文字".substring(0, length));
                case 1 -> out.delete(at, Math.min(out.length() - 1, out.offsetByCodePoints(at, length)));
                default -> out.replace(at, out.offsetByCodePoints(at, length), "改".repeat(length));
            }
        }
        return out.toString();
    }
}
