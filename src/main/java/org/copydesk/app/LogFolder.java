package org.copydesk.app;

import ch.qos.logback.core.PropertyDefinerBase;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code copydesk.log} goes: the per-user state folder of this operating system, or the
 * folder named by the system property {@value #PROPERTY}. {@link LogSetup} asks for it while logging
 * starts, so it works whichever class logs first.
 */
public final class LogFolder extends PropertyDefinerBase {
    /** System property that names the log folder instead of the per-user default. */
    public static final String PROPERTY = "copydesk.log.dir";

    @Override
    public String getPropertyValue() {
        return folder(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))).toString();
    }

    /** The log folder for this property value (may be null), environment, operating system name and home. */
    static Path folder(String property, Map<String, String> env, String osName, Path home) {
        Optional<Path> chosen = absolute(property);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // Local, not Roaming: a log is of this machine and should not follow the user around.
            return absolute(env.get("LOCALAPPDATA")).orElse(home.resolve("AppData").resolve("Local"))
                    .resolve("Copydesk").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Copydesk");
        }
        // XDG base directory spec: logs are state; a relative XDG_STATE_HOME is invalid and ignored.
        return absolute(env.get("XDG_STATE_HOME")).orElse(home.resolve(".local").resolve("state"))
                .resolve("copydesk");
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(value.strip());
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
