package org.copydesk.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.store.DatabaseCredentials;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.ui.LoginDialog;

/**
 * The window's login to a shared database server: the credentials in COPYDESK_DB_USER and
 * COPYDESK_DB_PASSWORD, else the answer to {@link LoginDialog}. An embedded H2 database, or a URL
 * that carries its own user, needs none.
 */
final class ServerLogin {
    private ServerLogin() {
    }

    /** True when {@code location} is a server whose URL names no user, so someone has to log in. */
    static boolean needsLogin(DatabaseLocation location) {
        String url = location.jdbcUrl().toLowerCase(Locale.ROOT);
        return !location.isEmbeddedH2() && !location.isH2() && !url.contains("user=");
    }

    /** The environment's credentials, else (for a server that needs a login) the dialog's; empty when none. */
    static Optional<DatabaseCredentials> credentials(DatabaseLocation location, Map<String, String> env) {
        Optional<DatabaseCredentials> given = DatabaseCredentials.fromEnvironment(env);
        if (given.isPresent() || !needsLogin(location)) {
            return given;
        }
        return LoginDialog.ask(location.describe(), System.getProperty("user.name", ""));
    }
}
