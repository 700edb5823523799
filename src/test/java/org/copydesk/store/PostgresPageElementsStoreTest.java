package org.copydesk.store;

import java.util.Map;
import java.util.Optional;

/**
 * The page element store tests again on PostgreSQL ({@code COPYDESK_TEST_POSTGRES_URL}, as
 * {@link PostgresEditionRepositoryTest} explains); skipped when none is configured.
 */
class PostgresPageElementsStoreTest extends PageElementsStoreTest {

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(PostgresEditionRepositoryTest.URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        PostgresEditionRepositoryTest.wipe();
    }
}
