package org.copydesk.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user name and password for a shared database server, given by the environment
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}) or a login dialog. Kept in memory only and
 * handed to the driver as connection properties, never put in the URL, a message or a file; the
 * embedded H2 database needs none.
 */
public record DatabaseCredentials(String user, String password) {
    public static final String USER_VARIABLE = "COPYDESK_DB_USER";
    public static final String PASSWORD_VARIABLE = "COPYDESK_DB_PASSWORD";

    public DatabaseCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        user = user.strip();
        if (user.isEmpty()) {
            throw new IllegalArgumentException("a database user has a name");
        }
    }

    /** The credentials the environment gives, when it names a user. */
    public static Optional<DatabaseCredentials> fromEnvironment(Map<String, String> env) {
        return Optional.ofNullable(env.get(USER_VARIABLE)).map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> new DatabaseCredentials(u, Objects.requireNonNullElse(env.get(PASSWORD_VARIABLE), "")));
    }

    /** Never the password: records print their components, and this one may reach a log. */
    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + user + "]";
    }
}
