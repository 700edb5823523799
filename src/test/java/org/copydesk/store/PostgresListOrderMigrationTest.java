package org.copydesk.store;

import java.util.Map;
import java.util.Optional;

/** The schema 4 migration on PostgreSQL when {@code COPYDESK_TEST_POSTGRES_URL} is set. */
class PostgresListOrderMigrationTest extends ListOrderMigrationTest {

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(PostgresEditionRepositoryTest.URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        PostgresEditionRepositoryTest.wipe();
    }
}
