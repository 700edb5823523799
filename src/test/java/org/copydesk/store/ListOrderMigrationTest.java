package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before schema 4 may hold stories (and photos) with the same list position,
 * from concurrent imports; migrating renumbers them in the order they were shown and then makes
 * positions unique.
 */
class ListOrderMigrationTest {

    @TempDir
    Path dir;

    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    void prepareEmptyDatabase() throws Exception {
    }

    @Test
    void duplicatePositionsAreRenumberedInTheOrderShownAndThenRefused() throws Exception {
        prepareEmptyDatabase();
        DatabaseLocation location = location();
        location.directory().ifPresent(d -> d.toFile().mkdirs());
        UrlDataSource dataSource = new UrlDataSource(location.jdbcUrl());
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).locations(SchemaMigrator.LOCATION)
                .placeholders(Map.of("binary_type", location.isH2() ? "BLOB" : "BYTEA"))
                .target("1").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO editions VALUES ('e1', '江澜周报', DATE '2026-11-27', 1287)");
            s.execute("INSERT INTO editions VALUES ('e2', '江澜周报', DATE '2026-11-20', 1286)");
            // e1: positions 0, 1, 1 (two imports raced), 2; e2 keeps its own numbering.
            insertArticle(s, "e1", "a", 0);
            insertArticle(s, "e1", "c", 1);
            insertArticle(s, "e1", "b", 1);
            insertArticle(s, "e1", "d", 2);
            insertArticle(s, "e2", "x", 5);
            insertArticle(s, "e2", "y", 5);
        }

        try (FaultyDatabase database = FaultyDatabase.open(location)) {
            EditionRepository repo = database.repository();

            assertThat(repo.loadEdition("e1").orElseThrow().articles()).extracting(Article::id)
                    .containsExactly("a", "b", "c", "d");
            assertThat(repo.loadEdition("e2").orElseThrow().articles()).extracting(Article::id)
                    .containsExactly("x", "y");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (var rs = s.executeQuery("SELECT id, list_order FROM articles ORDER BY id")) {
                    StringBuilder orders = new StringBuilder();
                    while (rs.next()) {
                        orders.append(rs.getString(1)).append(rs.getInt(2)).append(' ');
                    }
                    assertThat(orders.toString().strip()).isEqualTo("a0 b1 c2 d3 x0 y1");
                }
                assertThat(duplicateRefused(s)).isTrue();
            }
        }
    }

    private static boolean duplicateRefused(Statement s) {
        try {
            insertArticle(s, "e1", "z", 3);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    private static void insertArticle(Statement s, String edition, String id, int order) throws SQLException {
        s.execute("INSERT INTO articles (id, edition_id, list_order, kicker, headline, subtitle, byline, body_json,"
                + " plain_text, status, target_length, version, created_at, updated_at) VALUES ('" + id + "', '"
                + edition + "', " + order + ", '', '标题" + id + "', '', '', '[]', '', 'DRAFT', 0, 1,"
                + " TIMESTAMP WITH TIME ZONE '2026-11-27 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-27 08:00:00+00')");
    }
}
