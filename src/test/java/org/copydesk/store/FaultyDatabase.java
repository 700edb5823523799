package org.copydesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * The real store over a connection that can be told to fail one statement, as a full disk or a
 * killed server would, in the middle of a transaction. With it a test proves that what ran before
 * the failure in the same transaction is rolled back. Each instance has its own connection, so
 * several of them on one database are several concurrent writers (on H2 in this process, or
 * PostgreSQL).
 */
public final class FaultyDatabase implements AutoCloseable {
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final DatabaseLocation location;
    private final Transactor transactor;
    private final EditionRepository repository;
    private String failingSql;
    private int occurrencesLeft;
    private int faultsFired;

    private FaultyDatabase(DatabaseLocation location, Connection connection) {
        this.location = location;
        this.transactor = new Transactor(faulty(connection), location.describe());
        this.repository = new JdbcEditionRepository(transactor, Clock.systemUTC());
    }

    /** Opens and migrates the database at {@code location} (without the one-writer lock file). */
    public static FaultyDatabase open(DatabaseLocation location) {
        location.directory().ifPresent(dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        UrlDataSource dataSource = new UrlDataSource(location.jdbcUrl());
        SchemaMigrator.migrate(dataSource, location.jdbcUrl(), location.describe());
        try {
            return new FaultyDatabase(location, dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + location.describe(), e);
        }
    }

    public EditionRepository repository() {
        return repository;
    }

    /**
     * The {@code occurrence}-th statement from now (1 = the next) whose SQL contains {@code sqlFragment}
     * (case-insensitive) fails with a disk-full {@link SQLException} instead of running; the fragment
     * {@code "COMMIT"} fails the commit itself. Fires once.
     */
    public synchronized void failAt(String sqlFragment, int occurrence) {
        failingSql = sqlFragment.toLowerCase(Locale.ROOT);
        occurrencesLeft = occurrence;
    }

    /** How many injected failures have fired: a test checks its failure really happened. */
    public synchronized int faultsFired() {
        return faultsFired;
    }

    private synchronized void maybeFail(String sql) throws SQLException {
        if (failingSql == null || !sql.toLowerCase(Locale.ROOT).contains(failingSql) || --occurrencesLeft > 0) {
            return;
        }
        failingSql = null;
        faultsFired++;
        // 53100: PostgreSQL's disk_full
        throw new SQLException("could not extend file: No space left on device (injected)", "53100");
    }

    @Override
    public void close() {
        try {
            transactor.close(c -> null);
        } catch (SQLException e) {
            throw new IllegalStateException("closing " + location.describe(), e);
        }
    }

    private Connection faulty(Connection real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("commit")) {
                maybeFail("COMMIT");
            }
            Object result = invoke(real, method, args);
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                return statement(PreparedStatement.class, statement, (String) args[0]);
            }
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return statement(Statement.class, statement, null);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    /** A statement that may fail when executed; {@code preparedSql} is null for a plain statement. */
    private <S extends Statement> S statement(Class<S> type, S real, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTE.contains(method.getName())) {
                String sql = preparedSql != null ? preparedSql
                        : args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                maybeFail(sql);
            }
            return invoke(real, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
