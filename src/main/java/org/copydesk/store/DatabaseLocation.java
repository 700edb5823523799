package org.copydesk.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.i18n.Words;

/**
 * Where the database lives: a JDBC URL and, for the embedded H2 file we manage ourselves, the folder
 * that holds it (where the lock file goes too).
 *
 * @param jdbcUrl   what the driver opens
 * @param directory the folder of an embedded H2 file database; empty for a URL given as is
 */
public record DatabaseLocation(String jdbcUrl, Optional<Path> directory) {
    private static final Words WORDS = Words.ofPackage(DatabaseLocation.class);

    /** The file name H2 gives a database called {@value #DEFAULT_NAME}: {@code copydesk.mv.db}. */
    public static final String DEFAULT_NAME = "copydesk";
    static final String H2_FILE_SUFFIX = ".mv.db";
    /**
     * H2 settings for a file that survives a killed process (docs/decisions/0010-crash-safe-h2.md):
     * every commit written to the file at once; no in-place compaction and no close from H2's own
     * shutdown hook, the two paths where H2 rewrites the file with its safety margin switched off.
     */
    static final String CRASH_SAFE_SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;DB_CLOSE_ON_EXIT=FALSE";
    /** The environment variable that names the database when {@code --db} is absent. */
    public static final String ENV_VARIABLE = "COPYDESK_DB";

    public DatabaseLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(directory, "directory");
    }

    /**
     * Picks the database: {@code --db}, else {@code COPYDESK_DB}, else the user's data folder.
     * A value starting with {@code jdbc:} is used as is; a path ending in {@code .mv.db} is that
     * H2 file; any other path is a folder holding {@code copydesk.mv.db}.
     */
    public static DatabaseLocation resolve(Optional<String> dbOption, Map<String, String> env) {
        Optional<String> chosen = dbOption.map(String::strip).filter(s -> !s.isEmpty())
                .or(() -> Optional.ofNullable(env.get(ENV_VARIABLE)).map(String::strip).filter(s -> !s.isEmpty()));
        if (chosen.isEmpty()) {
            return embedded(defaultDirectory(env), DEFAULT_NAME);
        }
        String value = chosen.get();
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new DatabaseLocation(value, Optional.empty());
        }
        Path path = toPath(value);
        String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
        if (fileName.endsWith(H2_FILE_SUFFIX) && !Files.isDirectory(path)) {
            String name = fileName.substring(0, fileName.length() - H2_FILE_SUFFIX.length());
            if (name.isEmpty()) {
                throw new StoreException(WORDS.format("location.noName", value, H2_FILE_SUFFIX));
            }
            return embedded(path.getParent(), name);
        }
        return embedded(path, DEFAULT_NAME);
    }

    /** The per-user data folder of this operating system, from {@code os.name} and {@code user.home}. */
    static Path defaultDirectory(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            return absoluteFromEnv(env, "APPDATA").orElse(home.resolve("AppData").resolve("Roaming"))
                    .resolve("Copydesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Copydesk");
        }
        // XDG base directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        return absoluteFromEnv(env, "XDG_DATA_HOME").orElse(home.resolve(".local").resolve("share"))
                .resolve("copydesk");
    }

    private static Optional<Path> absoluteFromEnv(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).flatMap(v -> {
            try {
                Path p = Path.of(v.strip());
                return p.isAbsolute() ? Optional.of(p) : Optional.empty();
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        });
    }

    private static Path toPath(String value) {
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StoreException(WORDS.format("location.invalid", value, e.getReason()));
        }
    }

    private static DatabaseLocation embedded(Path directory, String name) {
        Path dir = directory.toAbsolutePath().normalize();
        String base = dir.resolve(name).toString().replace('\\', '/');
        // ';' separates H2 URL settings, so a path holding one would be read as settings.
        if (base.indexOf(';') >= 0) {
            throw new StoreException(WORDS.format("location.semicolon", dir.resolve(name + H2_FILE_SUFFIX)));
        }
        return new DatabaseLocation("jdbc:h2:file:" + base + CRASH_SAFE_SETTINGS, Optional.of(dir));
    }

    /** True for an H2 URL (embedded file, memory or server); false for PostgreSQL and others. */
    public boolean isH2() {
        return jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8);
    }

    /** True for an H2 database this process runs itself (a file), not an H2 server or memory. */
    public boolean isEmbeddedH2() {
        String lower = jdbcUrl.toLowerCase(java.util.Locale.ROOT);
        return isH2() && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
                && !lower.startsWith("jdbc:h2:mem:");
    }

    /** The database's base name inside {@link #directory()}, e.g. {@code copydesk}. */
    String baseName() {
        String afterPrefix = jdbcUrl.substring("jdbc:h2:file:".length());
        int settings = afterPrefix.indexOf(';');
        String base = settings < 0 ? afterPrefix : afterPrefix.substring(0, settings);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /** The H2 data file, e.g. {@code /home/ann/.local/share/copydesk/copydesk.mv.db}, for a managed folder. */
    public Optional<Path> databaseFile() {
        return directory.map(dir -> dir.resolve(baseName() + H2_FILE_SUFFIX));
    }

    /** The application lock file beside the database, for a managed folder. */
    public Optional<Path> lockFile() {
        return directory.map(dir -> dir.resolve(baseName() + ".lock"));
    }

    /** For messages: the database file, or the URL with any password hidden. */
    public String describe() {
        return databaseFile().map(Path::toString)
                .orElseGet(() -> jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***"));
    }
}
