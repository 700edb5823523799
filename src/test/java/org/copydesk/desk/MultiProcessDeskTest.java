package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.ArticleRevision;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.junit.jupiter.api.Test;

/**
 * Ten Copydesk processes ({@link DeskWorkload}) on one PostgreSQL database, taking check-outs,
 * editing, saving and moving stories' status at random, proving what the desk promises a newsroom:
 * <ul>
 *   <li>every acknowledged save is stored, as the version it was acknowledged as, with its text;</li>
 *   <li>no two saves were acknowledged as the same version of a story (that would be a lost update),
 *       and every version a story went through was acknowledged by someone: nothing saved unseen;</li>
 *   <li>writes under a check-out never meet a conflict (one holder at a time), while writes without
 *       one do, and each is refused as stale;</li>
 *   <li>no check-out is left once the processes have exited, and every process ends in time (no deadlock).</li>
 * </ul>
 * Runs only when {@code COPYDESK_TEST_POSTGRES_URL} names a scratch database (as in CI). The suite
 * runs each process for {@value #DEFAULT_SECONDS} s; a long run is {@code mvn -B -ntp test
 * -Dtest=MultiProcessDeskTest -Dcopydesk.multiprocess.seconds=300} (docs/reliability.md).
 */
class MultiProcessDeskTest {
    static final int PROCESSES = 10;
    static final int DEFAULT_SECONDS = 10;
    private static final String URL = System.getenv("COPYDESK_TEST_POSTGRES_URL");

    /** One acknowledged write. */
    record Ack(int worker, String kind, String story, long version, String detail) {
    }

    @Test
    void tenCopydesksOnOneDatabaseLoseNoWordAndLeaveNoLock() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "COPYDESK_TEST_POSTGRES_URL is not set");
        int seconds = Integer.getInteger("copydesk.multiprocess.seconds", DEFAULT_SECONDS);
        long seed = Long.getLong("copydesk.multiprocess.seed", System.nanoTime());
        wipe();
        List<String> deskStories = new ArrayList<>();
        List<String> freeStories = new ArrayList<>();
        Map<String, Long> startVersions = new HashMap<>();
        try (Database database = Database.open(location())) {
            EditionContent sample = SampleEdition.create();
            database.repository().insertEdition(sample);
            List<Article> live = sample.articles().stream().filter(a -> a.status() != ArticleStatus.SPIKED).toList();
            for (int i = 0; i < live.size(); i++) {
                (i % 2 == 0 ? deskStories : freeStories).add(live.get(i).id());
            }
            for (Article a : database.repository().loadEdition(sample.edition().id()).orElseThrow().articles()) {
                startVersions.put(a.id(), a.version());
            }
        }
        assertThat(deskStories).hasSizeGreaterThanOrEqualTo(2);
        assertThat(freeStories).hasSizeGreaterThanOrEqualTo(2);

        Random random = new Random(seed);
        List<Process> children = new ArrayList<>();
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        long started = System.nanoTime();
        for (int worker = 1; worker <= PROCESSES; worker++) {
            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    DeskWorkload.class.getName(), URL, Integer.toString(worker), Long.toString(random.nextLong()),
                    Long.toString(seconds * 1000L), String.join(",", deskStories), String.join(",", freeStories)))
                    .redirectError(Path.of("target", "multiprocess-worker-" + worker + ".err").toFile()).start();
            children.add(child);
            readers.add(read(worker, child, acks));
        }
        List<String> hung = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Process child = children.get(i);
            // Start-up, migration check and the work itself; a process past this is stuck.
            if (!child.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                hung.add("worker " + (i + 1));
                child.destroyForcibly().waitFor();
            }
            readers.get(i).join(10_000);
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertThat(hung).as("processes that did not finish in time (seed " + seed + ")").isEmpty();
        for (int i = 0; i < children.size(); i++) {
            assertThat(children.get(i).exitValue()).as("worker " + (i + 1) + " exit (seed " + seed + ")").isZero();
        }
        List<Ack> all = List.copyOf(acks);
        assertThat(all.stream().filter(a -> a.kind().equals("DONE")).count()).as("every worker finished its run")
                .isEqualTo(PROCESSES);
        List<Ack> writes = all.stream().filter(a -> a.kind().equals("SAVED") || a.kind().equals("STATUS")).toList();
        long deskStale = all.stream().filter(a -> a.kind().equals("STALE") && a.detail().equals("desk")).count();
        long freeStale = all.stream().filter(a -> a.kind().equals("STALE") && a.detail().equals("free")).count();
        long refused = all.stream().filter(a -> a.kind().equals("REFUSED")).count();

        try (Database database = Database.open(location())) {
            EditionRepository repository = database.repository();
            assertThat(repository.checkouts().all()).as("check-outs left after every process exited").isEmpty();
            Map<String, Map<Long, Ack>> byVersion = new HashMap<>();
            for (Ack write : writes) {
                Ack other = byVersion.computeIfAbsent(write.story(), s -> new HashMap<>()).put(write.version(), write);
                assertThat(other).as("two writes acknowledged as version %d of %s: %s and %s (a lost update)",
                        write.version(), write.story(), other, write).isNull();
            }
            for (var story : byVersion.entrySet()) {
                Map<Long, Article> revisions = new HashMap<>();
                for (ArticleRevision r : repository.revisions(story.getKey())) {
                    revisions.put(r.article().version(), r.article());
                }
                for (Ack write : story.getValue().values()) {
                    Article stored = revisions.get(write.version());
                    assertThat(stored).as("acknowledged %s is stored", write).isNotNull();
                    if (write.kind().equals("SAVED")) {
                        assertThat(stored.plainText()).as("the text of %s", write).contains("补充" + write.detail() + "。");
                    } else {
                        assertThat(stored.status().name()).as("the status of %s", write).isEqualTo(write.detail());
                    }
                }
                // Every stage move is recorded with the person who made it, and only the moves acknowledged.
                List<String> movedBy = story.getValue().values().stream().filter(a -> a.kind().equals("STATUS"))
                        .sorted(java.util.Comparator.comparingLong(Ack::version))
                        .map(a -> DeskWorkload.person(a.worker()).name() + " -> " + a.detail()).toList();
                List<String> recorded = repository.stageMoves(org.copydesk.model.Stage.Kind.STORY, story.getKey()).stream()
                        .map(m -> m.person() + " -> " + ((ArticleStatus) m.to()).name()).toList();
                assertThat(recorded).as("the recorded stage moves of %s", story.getKey()).containsExactlyInAnyOrderElementsOf(movedBy);
                long current = repository.article(story.getKey()).orElseThrow().version();
                assertThat(current - startVersions.get(story.getKey()))
                        .as("every version of %s was acknowledged by the process that saved it", story.getKey())
                        .isEqualTo(story.getValue().size());
            }
        }
        assertThat(deskStale).as("conflicts met under a check-out: there must be none").isZero();
        System.out.printf("multi-process desk test: %d processes x %d s, %d acknowledged writes (%d edits, %d status moves),"
                        + " %d conflicts detected and refused without a check-out, %d check-outs refused, 0 lost,"
                        + " 0 locks left, %.1f s, seed %d%n", PROCESSES, seconds, writes.size(),
                writes.stream().filter(a -> a.kind().equals("SAVED")).count(),
                writes.stream().filter(a -> a.kind().equals("STATUS")).count(), freeStale, refused, elapsed / 1000.0, seed);
        assertThat(writes).as("the processes got work done").hasSizeGreaterThan(PROCESSES);
    }

    /** Reads a child's acknowledgements as they come; only whole lines count. */
    private static Thread read(int worker, Process child, List<Ack> acks) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "SAVED", "STATUS" -> acks.add(new Ack(worker, f[0], f[1], Long.parseLong(f[2]), f[3]));
                        case "STALE" -> acks.add(new Ack(worker, f[0], f[1], -1, f[2]));
                        case "REFUSED" -> acks.add(new Ack(worker, f[0], f[1], -1, ""));
                        case "DONE" -> acks.add(new Ack(worker, f[0], "", -1, line));
                        default -> { }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "worker-" + worker);
        reader.start();
        return reader;
    }

    private static DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(URL), Map.of());
    }

    private static void wipe() throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
