package org.copydesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.search.ArchiveIndex;
import org.copydesk.search.ArchiveSamples;
import org.copydesk.search.SearchRequest;
import org.copydesk.search.SearchResults;
import org.copydesk.typeset.ChineseTextGenerator;

/**
 * Archive search latency over ten years of a daily (docs/performance.md, "Archive search"): an index
 * of 3,650 editions of 30 generated stories each (built straight from model values, no database; kept
 * in the folder given and reused by the next run), then each typical query run many times, median
 * and 95th percentile printed, of wall time and of the thread's CPU time (on a shared machine the two
 * differ by the time spent waiting for a core), with the count of matches shown as the window shows it. Not JMH: the figures wanted are per-query percentiles of a warm index.
 * Run after {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.copydesk.bench.ArchiveSearchBenchmark [FOLDER] [EDITIONS] [RUNS]}.
 */
public final class ArchiveSearchBenchmark {
    private static final int STORIES = 30;
    private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
    /** Reporters' names, put in bylines and now and then in the text, as names are. */
    private static final String[] SURNAMES = {"林", "王", "陈", "张", "李", "周", "吴", "郑", "何", "许", "唐", "孙"};
    private static final String[] GIVEN = {"晓燕", "建国", "海波", "丽华", "文静", "国强", "雨桐", "志远", "子涵", "明轩",
        "嘉怡", "思远", "若溪", "浩然", "欣悦"};

    private ArchiveSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/copydesk-search-bench");
        int editions = args.length > 1 ? Integer.parseInt(args[1]) : 3650;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (ArchiveIndex index = ArchiveIndex.inFolder(folder)) {
            if (index.fingerprints().size() != editions) {
                build(index, editions);
            }
            System.out.printf(Locale.ROOT, "index: %d editions, %d documents, %d MB in %s%n", index.fingerprints().size(),
                    index.documentCount(), size(folder) >> 20, folder);
            LocalDate last = FIRST.plusDays(editions - 1L);
            SearchRequest[] queries = {
                SearchRequest.of("经济"),
                SearchRequest.of("游客"),
                SearchRequest.of("基础设施"),
                SearchRequest.of("科技创新"),
                SearchRequest.of("林晓燕"),
                SearchRequest.of("社区 服务"),
                SearchRequest.of("经济").withDates(Optional.of(last.minusYears(1)), Optional.of(last)),
                SearchRequest.of("林晓燕").withDates(Optional.of(last.minusMonths(3)), Optional.of(last)),
            };
            for (SearchRequest q : queries) {
                for (int i = 0; i < 20; i++) {
                    index.find(q);
                }
            }
            System.out.printf(Locale.ROOT, "load average %.1f%n", loadAverage());
            System.out.println("query                                found  shown  median ms  p95 ms  cpu median  cpu p95");
            for (SearchRequest q : queries) {
                long[] nanos = new long[runs];
                long[] cpu = new long[runs];
                SearchResults results = null;
                for (int i = 0; i < runs; i++) {
                    long c = THREADS.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    results = index.find(q);
                    nanos[i] = System.nanoTime() - t;
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
                }
                String label = q.query() + q.from().map(d -> " from " + d).orElse("");
                String found = results.found() + (results.moreFound() ? "+" : "");
                System.out.printf(Locale.ROOT, "%-34s %7s  %5d  %9.2f  %6.2f  %10.2f  %7.2f%n", label, found,
                        results.hits().size(), median(nanos), p95(nanos), median(cpu), p95(cpu));
            }
            System.out.printf(Locale.ROOT, "load average %.1f%n", loadAverage());
        }
    }

    /** Wall time counts the time the thread waited for a core; CPU time is what the search itself costs. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void build(ArchiveIndex index, int editions) throws Exception {
        long start = System.nanoTime();
        ChineseTextGenerator text = new ChineseTextGenerator(20261203L);
        Random random = new Random(42);
        for (int e = 0; e < editions; e++) {
            String id = "ed" + e;
            List<Article> stories = new ArrayList<>(STORIES);
            for (int s = 0; s < STORIES; s++) {
                String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                List<String> paragraphs = new ArrayList<>(text.paragraphs(300 + random.nextInt(900)));
                if (random.nextInt(10) == 0) {
                    paragraphs.add("本报记者" + name + "报道。");
                }
                stories.add(ArchiveSamples.story(id + "-" + s, id, text.paragraph(14), "本报记者 " + name,
                        ArticleStatus.SIGNED_OFF, paragraphs.toArray(String[]::new)));
            }
            index.put(ArchiveSamples.edition(id, FIRST.plusDays(e), e + 1, stories, List.of(), false), "bench");
            if (e % 365 == 364) {
                index.commit();
                System.out.printf(Locale.ROOT, "indexed %d editions, %.0f s%n", e + 1, (System.nanoTime() - start) / 1e9);
            }
        }
        index.commit();
    }

    private static long size(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
