package org.copydesk.store;

import java.util.Map;
import java.util.Optional;

/**
 * The 导读 box store tests again on PostgreSQL ({@code COPYDESK_TEST_POSTGRES_URL}, as
 * {@link PostgresEditionRepositoryTest} explains); skipped when none is configured.
 */
class PostgresIndexBoxStoreTest extends IndexBoxStoreTest {

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(PostgresEditionRepositoryTest.URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        PostgresEditionRepositoryTest.wipe();
    }
}
