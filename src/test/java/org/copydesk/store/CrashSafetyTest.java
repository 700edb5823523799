package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a Copydesk at random moments and proves that what it said it saved is still there.
 *
 * <p>A child JVM ({@link CrashWorkload}) runs real store operations on an embedded database and
 * prints a line after each one returns; this test kills it with SIGKILL after a random time, then
 * opens the database, checks every acknowledged operation is present, reads every row of every
 * table back through the repository, and starts the next child on the same database, so the
 * archive grows across kills as a newsroom's does.
 *
 * <p>The suite runs {@value #DEFAULT_KILLS} kills; a long run is {@code mvn -B -ntp test
 * -Dtest=CrashSafetyTest -Dcopydesk.crash.kills=1000} (see docs/reliability.md).
 */
class CrashSafetyTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
    static final int DEFAULT_KILLS = 50;

    @TempDir
    Path dir;

    /** What the children said they saved: article id to the newest acknowledged version, editions. */
    private final Map<String, Long> articles = new HashMap<>();
    private final Map<String, Long> editions = new HashMap<>();
    private final List<String> backups = new ArrayList<>();

    @Test
    void aKilledCopydeskOpensAgainWithEverythingItSaidItSaved() throws Exception {
        int kills = Integer.getInteger("copydesk.crash.kills", DEFAULT_KILLS);
        long seed = Long.getLong("copydesk.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path folder = dir.resolve("db");
        List<String> failures = new ArrayList<>();
        int acknowledged = 0;
        long started = System.nanoTime();
        for (int kill = 1; kill <= kills && failures.size() < 3; kill++) {
            // Mostly while it works (after it opened), sometimes while it starts and migrates.
            boolean duringStart = random.nextInt(100) < 15;
            long lifeMillis = duringStart ? random.nextInt(1500) : random.nextInt(2500);
            acknowledged += runAndKill(folder, random.nextLong(), duringStart, lifeMillis);
            Optional<String> problem = check(folder);
            if (kill % 25 == 0) {
                System.out.printf("crash test: %d of %d kills, %d acknowledged, %d failures, %d s%n", kill, kills,
                        acknowledged, failures.size(), (System.nanoTime() - started) / 1_000_000_000);
            }
            if (problem.isPresent()) {
                Path kept = dir.resolve("failed-" + kill);
                copyFolder(folder, kept);
                failures.add("kill " + kill + " (after " + lifeMillis + " ms, seed " + seed + "): " + problem.get()
                        + " [database kept in " + kept + "]");
                LOG.error("crash test: {}", failures.get(failures.size() - 1));
                deleteFolder(folder);
                articles.clear();
                editions.clear();
            }
        }
        LOG.info("crash test: {} kills, {} acknowledged operations, {} failures, {} s, seed {}", kills, acknowledged,
                failures.size(), (System.nanoTime() - started) / 1_000_000_000, seed);
        System.out.printf("crash test: %d kills, %d acknowledged operations, %d articles and %d editions checked,"
                        + " %d failures, seed %d, database file %,d bytes%n", kills, acknowledged, articles.size(),
                editions.size(), failures.size(), seed, databaseFileSize(folder));
        assertThat(failures).as("kills after which the database lost acknowledged work or did not open").isEmpty();
        assertThat(acknowledged).as("the children did real work between kills").isGreaterThan(kills);
    }

    /**
     * Starts a child, lets it work for {@code lifeMillis} (counted from its start, or from when it
     * has the database open), kills it; returns the number of lines it acknowledged.
     */
    private int runAndKill(Path folder, long seed, boolean duringStart, long lifeMillis)
            throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=" + quietLogback(),
                "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName(), folder.toString(),
                Long.toString(seed));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // Read while it runs: the stream is gone once the process is destroyed.
        var output = new StringBuffer();
        var opened = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                    if (line.startsWith("ACK OPEN")) {
                        opened.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the kill closed the pipe; what arrived before counts
            }
        });
        reader.start();
        if (!duringStart) {
            opened.await(60, TimeUnit.SECONDS);
        }
        Thread.sleep(lifeMillis);
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        int count = 0;
        for (String line : output.toString().split("\n")) {
            String[] parts = line.split(" ");
            // A last line cut short by the kill lacks its closing "." and was never acknowledged.
            if (parts.length != 5 || !parts[0].equals("ACK") || !parts[4].equals(".")) {
                continue;
            }
            count++;
            long number = Long.parseLong(parts[3]);
            switch (parts[1]) {
                case "ARTICLE" -> articles.merge(parts[2], number, Math::max);
                case "EDITION" -> editions.put(parts[2], number);
                case "BACKUP" -> backups.add(parts[2]);
                default -> { }
            }
        }
        return count;
    }

    /** Opens the database as the next Copydesk would and holds it to every acknowledgement. */
    private Optional<String> check(Path folder) {
        if (!CrashWorkload.used(folder)) {
            return Optional.empty();
        }
        DatabaseLocation location = DatabaseLocation.resolve(Optional.of(folder.toString()), Map.of());
        try (Database database = Database.open(location)) {
            EditionRepository repository = database.repository();
            for (var e : editions.entrySet()) {
                var content = repository.loadEdition(e.getKey());
                if (content.isEmpty()) {
                    return Optional.of("acknowledged edition " + e.getKey() + " is missing");
                }
                if (content.get().articles().size() < e.getValue()) {
                    return Optional.of("edition " + e.getKey() + " has " + content.get().articles().size()
                            + " stories, acknowledged with " + e.getValue());
                }
            }
            for (var a : articles.entrySet()) {
                Optional<Article> stored = repository.article(a.getKey());
                if (stored.isEmpty()) {
                    return Optional.of("acknowledged story " + a.getKey() + " is missing");
                }
                if (stored.get().version() < a.getValue()) {
                    return Optional.of("story " + a.getKey() + " is at version " + stored.get().version()
                            + ", version " + a.getValue() + " was acknowledged");
                }
            }
            // Every row of every table must read back: editions with their pages, placements, stories
            // and photo bytes (checked against their digests), and every revision of every story.
            for (var edition : repository.editions()) {
                var content = repository.loadEdition(edition.id()).orElseThrow();
                for (Article article : content.articles()) {
                    if (repository.revisions(article.id()).isEmpty()) {
                        return Optional.of("story " + article.id() + " has no revisions");
                    }
                }
                for (var photo : content.photos()) {
                    if (!photo.bytesMatchDigest()) {
                        return Optional.of("photo " + photo.id() + " no longer matches its digest");
                    }
                }
            }
        } catch (RuntimeException e) {
            return Optional.of("the database did not open or read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static long databaseFileSize(Path folder) throws IOException {
        Path file = folder.resolve(DatabaseLocation.DEFAULT_NAME + DatabaseLocation.H2_FILE_SUFFIX);
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private Path quietLogback() throws IOException {
        Path config = dir.resolve("logback-quiet.xml");
        if (!Files.exists(config)) {
            Files.writeString(config, "<configuration><root level=\"OFF\"/></configuration>");
        }
        return config;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
