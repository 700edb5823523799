package org.copydesk.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.copydesk.model.Edition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;

/**
 * The store calls a start-up, the window's edition list and {@code copydesk list} make, timed on one
 * database (docs/performance.md, "A ten-year archive"). Not JMH: each call is milliseconds and the
 * point is the ratio between a one-edition and a 3,650-edition database, which medians of a few
 * dozen runs in one JVM show plainly. After {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.copydesk.bench.ArchiveTiming DB RUNS}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 */
public final class ArchiveTiming {

    private ArchiveTiming() {
    }

    public static void main(String[] args) {
        String db = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (Database database = Database.open(DatabaseLocation.resolve(Optional.of(db), Map.of()))) {
            EditionRepository repository = database.repository();
            String latestId = repository.latestEdition().map(Edition::id).orElseThrow();
            Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
            calls.put("latestEdition", repository::latestEdition);
            calls.put("editions (all, no content)", repository::editions);
            calls.put("editionSummaries (all)", repository::editionSummaries);
            calls.put("editionSummaries (newest 50)", () -> repository.editionSummaries(50));
            calls.put("loadEdition (newest)", () -> repository.loadEdition(latestId));
            calls.put("open newest (window's load)", () -> {
                String id = repository.latestEdition().map(Edition::id).orElseThrow();
                return repository.loadEdition(id).map(c -> repository.editionSummaries(50));
            });
            System.out.println(database.description() + ", " + runs + " runs each (after 5 warm-up runs)");
            for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
                long[] nanos = new long[runs];
                for (int i = -5; i < runs; i++) {
                    long start = System.nanoTime();
                    call.getValue().get();
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - start;
                    }
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "%-32s median %8.2f ms   p90 %8.2f ms%n", call.getKey(),
                        nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6);
            }
        }
    }
}
