package org.copydesk.store;

import java.util.Map;
import java.util.Optional;

/** The planning store tests again on PostgreSQL (skipped unless {@code COPYDESK_TEST_POSTGRES_URL} is set). */
class PostgresPagePlanningStoreTest extends PagePlanningStoreTest {

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(PostgresEditionRepositoryTest.URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        PostgresEditionRepositoryTest.wipe();
    }
}
