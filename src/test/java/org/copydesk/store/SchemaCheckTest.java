package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up shortcut past Flyway: taken only when the schema is exactly current. */
class SchemaCheckTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    private static final String URL = "jdbc:h2:test";

    private UrlDataSource dataSource() {
        DatabaseLocation location = DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
        location.directory().ifPresent(d -> d.toFile().mkdirs());
        return new UrlDataSource(location.jdbcUrl());
    }

    private static void migrateTo(UrlDataSource dataSource, String target) {
        Flyway.configure(SchemaCheckTest.class.getClassLoader()).dataSource(dataSource)
                .locations(SchemaMigrator.LOCATION).placeholders(Map.of("binary_type", "BLOB"))
                .target(target).load().migrate();
    }

    @Test
    void theLatestVersionIsTheNewestMigrationOnTheClassPath() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }
        assertThat(SchemaCheck.LATEST_VERSION).isEqualTo(newest);
    }

    @Test
    void aNewDatabaseIsNotCurrentAndIsMigrated() {
        UrlDataSource dataSource = dataSource();
        assertThat(SchemaCheck.isCurrent(dataSource)).isFalse();

        SchemaMigrator.migrate(dataSource, URL, "test");

        assertThat(SchemaCheck.isCurrent(dataSource)).isTrue();
    }

    @Test
    void anOlderDatabaseIsNotCurrentAndOpeningMigratesIt() {
        UrlDataSource dataSource = dataSource();
        migrateTo(dataSource, "8");
        assertThat(SchemaCheck.isCurrent(dataSource)).isFalse();

        SchemaMigrator.migrate(dataSource, URL, "test");

        assertThat(SchemaCheck.isCurrent(dataSource)).isTrue();
        assertThat(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations(SchemaMigrator.LOCATION).placeholders(Map.of("binary_type", "BLOB"))
                .load().info().pending()).isEmpty();
    }

    @Test
    void aCurrentDatabaseIsLeftAsItIs() throws SQLException {
        UrlDataSource dataSource = dataSource();
        SchemaMigrator.migrate(dataSource, URL, "test");
        int rowsBefore = historyRows(dataSource);

        SchemaMigrator.migrate(dataSource, URL, "test");

        assertThat(SchemaCheck.isCurrent(dataSource)).isTrue();
        assertThat(historyRows(dataSource)).isEqualTo(rowsBefore);
    }

    @Test
    void aFailedStepOrANewerVersionIsNotCurrent() throws SQLException {
        UrlDataSource dataSource = dataSource();
        SchemaMigrator.migrate(dataSource, URL, "test");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '9'");
            assertThat(SchemaCheck.isCurrent(dataSource)).isFalse();
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '9'");
            s.execute("UPDATE \"flyway_schema_history\" SET \"version\" = '99' WHERE \"version\" = '9'");
            assertThat(SchemaCheck.isCurrent(dataSource)).isFalse();
        }
    }

    private static int historyRows(UrlDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
