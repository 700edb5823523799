package org.copydesk.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.copydesk.i18n.Words;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to the version this Copydesk knows, with the Flyway migrations under
 * {@code db/migration}. A database written by a newer Copydesk is refused before anything is
 * touched: migrating it down or on would lose data that version relies on.
 */
final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final Words WORDS = Words.ofPackage(SchemaMigrator.class);
    static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    /**
     * Migrates (nothing to do, and Flyway not started, when {@link SchemaCheck} finds the schema
     * current); throws a {@link StoreException} naming {@code description} when it must refuse or fails. */
    static void migrate(DataSource dataSource, String jdbcUrl, String description) {
        if (SchemaCheck.isCurrent(dataSource)) {
            return;
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .placeholders(Map.of("binary_type", binaryType(jdbcUrl, description)))
                .load();
        try {
            refuseNewerSchema(flyway, description);
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("migrated {} to schema version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException(WORDS.format("schema.failed", description, firstLine(e.getMessage())), e);
        }
    }

    private static void refuseNewerSchema(Flyway flyway, String description) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationVersion> newest = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo);
        if (newest.isEmpty()) {
            return;
        }
        String known = Arrays.stream(all)
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED
                        && m.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse(WORDS.format("schema.noVersion"));
        throw new StoreException(WORDS.format("schema.newer", description, newest.get().getVersion(), known));
    }

    /** The large-binary type, the one column type H2 and PostgreSQL spell differently. */
    private static String binaryType(String jdbcUrl, String description) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return "BLOB";
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return "BYTEA";
        }
        throw new StoreException(WORDS.format("schema.notSupported", description));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return WORDS.format("schema.unknownError");
        }
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
