package org.copydesk.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * The repository tests again on PostgreSQL, proving the migrations and SQL are portable. Runs when
 * {@code COPYDESK_TEST_POSTGRES_URL} names a scratch database (its {@code public} schema is wiped
 * before each test), e.g. {@code jdbc:postgresql://127.0.0.1:55432/copydesk_test?user=copydesk};
 * skipped otherwise.
 */
class PostgresEditionRepositoryTest extends EditionRepositoryTest {
    static final String URL = System.getenv("COPYDESK_TEST_POSTGRES_URL");

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        wipe();
    }

    /** Skips the test when no PostgreSQL is configured; else empties its {@code public} schema. */
    static void wipe() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "COPYDESK_TEST_POSTGRES_URL is not set");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
