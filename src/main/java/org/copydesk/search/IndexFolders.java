package org.copydesk.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.copydesk.store.DatabaseLocation;

/**
 * Where the search index of a database lives: beside an embedded database, in its folder
 * ({@code search-index}); for a server database, in the user's cache folder under a name made from
 * the JDBC URL; for a database in memory, nowhere (the index is kept in memory too). The index is
 * only ever a copy of what the database holds, so a cache folder the system empties costs a rebuild.
 */
public final class IndexFolders {
    public static final String BESIDE_DATABASE = "search-index";

    private IndexFolders() {
    }

    public static Optional<Path> of(DatabaseLocation location, Map<String, String> env) {
        if (location.directory().isPresent()) {
            return Optional.of(location.directory().get().resolve(BESIDE_DATABASE));
        }
        if (location.jdbcUrl().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            return Optional.empty();
        }
        return Optional.of(cacheFolder(env).resolve("copydesk").resolve(BESIDE_DATABASE).resolve(key(location.jdbcUrl())));
    }

    private static Path cacheFolder(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg);
        }
        String local = env.get("LOCALAPPDATA");
        if (local != null && !local.isBlank()) {
            return Path.of(local);
        }
        return Path.of(System.getProperty("user.home"), ".cache");
    }

    /** The URL without its password, digested: a folder name that says nothing of the credentials. */
    static String key(String jdbcUrl) {
        String withoutPassword = jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(withoutPassword.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
