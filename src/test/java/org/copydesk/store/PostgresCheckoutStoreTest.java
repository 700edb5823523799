package org.copydesk.store;

import java.util.Map;
import java.util.Optional;

/**
 * The check-out tests again on PostgreSQL ({@code COPYDESK_TEST_POSTGRES_URL}, as
 * {@link PostgresEditionRepositoryTest} explains); skipped when none is configured.
 */
class PostgresCheckoutStoreTest extends CheckoutStoreTest {

    @Override
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(PostgresEditionRepositoryTest.URL), Map.of());
    }

    @Override
    void prepareEmptyDatabase() throws Exception {
        PostgresEditionRepositoryTest.wipe();
    }
}
