package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Photo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several writers, each with its own connection (as several Copydesks on one PostgreSQL server),
 * import into one edition at the same moment. Every story and photo must get its own list position,
 * and each import's stories must stay together in the order given.
 */
class ConcurrentImportTest {
    private static final int WRITERS = 4;
    private static final int ROUNDS = 6;
    private static final int BATCH = 3;

    @TempDir
    Path dir;

    private final List<FaultyDatabase> writers = new ArrayList<>();

    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    void prepareEmptyDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(FaultyDatabase.open(location()));
        }
        writers.get(0).repository().insertEdition(TestEditions.edition("e1").build());
    }

    @AfterEach
    void close() {
        writers.forEach(FaultyDatabase::close);
    }

    @Test
    void concurrentImportsGetDistinctListPositionsAndStayTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CyclicBarrier together = new CyclicBarrier(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            EditionRepository repo = writers.get(w).repository();
            int writer = w;
            done.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    repo.saveArticles(batch(writer, round));
                    repo.insertPhoto(TestEditions.photo("photo-" + writer + "-" + round, "e1"));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<String> articleIds = writers.get(0).repository().loadEdition("e1").orElseThrow().articles()
                .stream().map(Article::id).toList();
        assertThat(articleIds).hasSize(2 + WRITERS * ROUNDS * BATCH).doesNotHaveDuplicates();
        assertThat(listOrders("articles")).doesNotHaveDuplicates().hasSize(articleIds.size());
        assertThat(listOrders("photos")).doesNotHaveDuplicates().hasSize(1 + WRITERS * ROUNDS);
        // Each batch was appended whole: its stories are neighbours, in the order given.
        for (int w = 0; w < WRITERS; w++) {
            for (int round = 0; round < ROUNDS; round++) {
                List<String> batch = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    batch.add(storyId(w, round, i));
                }
                int first = articleIds.indexOf(batch.get(0));
                assertThat(articleIds.subList(first, first + BATCH)).containsExactlyElementsOf(batch);
            }
        }
        assertThat(writers.get(0).repository().loadEdition("e1").orElseThrow().photos()).extracting(Photo::id)
                .doesNotHaveDuplicates();
    }

    private List<Integer> listOrders(String table) throws SQLException {
        try (Connection c = new UrlDataSource(location().jdbcUrl()).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT list_order FROM " + table + " WHERE edition_id = 'e1'");
             ResultSet rs = s.executeQuery()) {
            List<Integer> orders = new ArrayList<>();
            while (rs.next()) {
                orders.add(rs.getInt(1));
            }
            return orders;
        }
    }

    private static List<Article> batch(int writer, int round) {
        return IntStream.range(0, BATCH).mapToObj(i -> new Article(storyId(writer, round, i), "e1", "",
                "并发稿" + writer + "-" + round + "-" + i, "", "", List.of(new Block.Paragraph("本报讯　并发导入。")),
                ArticleStatus.DRAFT, 0, 0, TestEditions.CREATED, TestEditions.CREATED)).toList();
    }

    private static String storyId(int writer, int round, int i) {
        return "w" + writer + "-r" + round + "-s" + i;
    }
}
