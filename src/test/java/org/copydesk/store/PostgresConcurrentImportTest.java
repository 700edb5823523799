package org.copydesk.store;

import java.util.Map;
import java.util.Optional;

/**
 * Concurrent imports on PostgreSQL (where several Copydesks really share a database) when
 * {@code COPYDESK_TEST_POSTGRES_URL} is set.
 */
class PostgresConcurrentImportTest extends ConcurrentImportTest {

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(PostgresEditionRepositoryTest.URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        PostgresEditionRepositoryTest.wipe();
    }
}
