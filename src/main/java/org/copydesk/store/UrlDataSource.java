package org.copydesk.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections to one JDBC URL, for our own connection and for Flyway's. The embedded H2 database
 * uses H2's default user; other URLs carry their credentials themselves (e.g. PostgreSQL
 * {@code ?user=...&password=...}).
 */
final class UrlDataSource implements DataSource {
    private final String url;
    private final java.util.Optional<DatabaseCredentials> credentials;
    private int loginTimeoutSeconds;

    UrlDataSource(String url) {
        this(url, java.util.Optional.empty());
    }

    /** Connections as the user {@code credentials} name, when given (a shared server's login). */
    UrlDataSource(String url, java.util.Optional<DatabaseCredentials> credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties properties = new Properties();
        String lower = url.toLowerCase(Locale.ROOT);
        if (credentials.isPresent()) {
            properties.setProperty("user", credentials.get().user());
            properties.setProperty("password", credentials.get().password());
        } else if (lower.startsWith("jdbc:h2:") && !lower.contains(";user=")) {
            properties.setProperty("user", "sa");
            properties.setProperty("password", "");
        }
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through SLF4J.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
