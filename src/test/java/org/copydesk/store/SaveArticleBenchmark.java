package org.copydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one autosave costs: {@code saveArticle} of a 5,000-character story on the embedded database
 * (version check, update, revision row, commit with {@code WRITE_DELAY=0}). Run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args=SaveArticleBenchmark}, or after
 * {@code mvn test-compile} with {@code java -cp target/test-classes:target/classes:<test class path>
 * org.openjdk.jmh.Main SaveArticleBenchmark}; the median is the {@code p0.50} line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SaveArticleBenchmark {
    private Path folder;
    private Database database;
    private Article current;
    private int keystroke;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("copydesk-bench");
        database = Database.open(DatabaseLocation.resolve(Optional.of(folder.toString()), Map.of()));
        database.repository().insertEdition(TestEditions.edition("bench").withLongStory(5_000).build());
        current = database.repository().article("bench-lead").orElseThrow();
    }

    /** One autosave after the editor typed one more character. */
    @Benchmark
    public Article save() {
        List<Block> body = new ArrayList<>(current.body());
        Block.Paragraph last = (Block.Paragraph) body.get(3);
        body.set(3, new Block.Paragraph(last.text() + (keystroke++ % 2 == 0 ? "字" : "")));
        current = database.repository().saveArticle(current.withBody(body));
        return current;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
