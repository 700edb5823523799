package org.copydesk.store;

import java.util.Map;
import java.util.Optional;

/** The all-or-nothing tests on PostgreSQL when {@code COPYDESK_TEST_POSTGRES_URL} is set (see there). */
class PostgresAllOrNothingWritesTest extends AllOrNothingWritesTest {

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(PostgresEditionRepositoryTest.URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        PostgresEditionRepositoryTest.wipe();
    }
}
