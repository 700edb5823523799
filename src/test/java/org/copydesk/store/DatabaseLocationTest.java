package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseLocationTest {
    private String osName;
    private String userHome;

    @BeforeEach
    void rememberSystem() {
        osName = System.getProperty("os.name");
        userHome = System.getProperty("user.home");
    }

    @AfterEach
    void restoreSystem() {
        System.setProperty("os.name", osName);
        System.setProperty("user.home", userHome);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,      /home/ann, '',                    /home/ann/.local/share/copydesk
            Linux,      /home/ann, /data/xdg,             /data/xdg/copydesk
            Linux,      /home/ann, relative/xdg,          /home/ann/.local/share/copydesk
            Mac OS X,   /Users/ann, '',                   /Users/ann/Library/Application Support/Copydesk
            """)
    void theDefaultFolderFollowsThePlatform(String os, String home, String xdg, String expected) {
        System.setProperty("os.name", os);
        System.setProperty("user.home", home);
        Map<String, String> env = xdg.isEmpty() ? Map.of() : Map.of("XDG_DATA_HOME", xdg);

        DatabaseLocation location = DatabaseLocation.resolve(Optional.empty(), env);

        assertThat(location.directory()).contains(Path.of(expected));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:h2:file:" + expected + "/copydesk" + DatabaseLocation.CRASH_SAFE_SETTINGS);
        assertThat(location.lockFile()).contains(Path.of(expected, "copydesk.lock"));
    }

    @Test
    void windowsUsesAppData() {
        System.setProperty("os.name", "Windows 11");
        System.setProperty("user.home", "/home/ann");

        DatabaseLocation location = DatabaseLocation.resolve(Optional.empty(), Map.of("APPDATA", "/roaming"));

        assertThat(location.directory()).contains(Path.of("/roaming", "Copydesk"));
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndAFolderHoldsCopydeskMvDb() {
        DatabaseLocation location = DatabaseLocation.resolve(Optional.of("/srv/news"),
                Map.of("COPYDESK_DB", "/elsewhere"));

        assertThat(location.directory()).contains(Path.of("/srv/news"));
        assertThat(location.databaseFile()).contains(Path.of("/srv/news/copydesk.mv.db"));
        assertThat(location.describe()).isEqualTo("/srv/news/copydesk.mv.db");
    }

    @Test
    void theEnvironmentIsUsedWithoutTheOption() {
        DatabaseLocation location = DatabaseLocation.resolve(Optional.empty(), Map.of("COPYDESK_DB", "/elsewhere"));

        assertThat(location.directory()).contains(Path.of("/elsewhere"));
    }

    @Test
    void aPathToAnMvDbFileNamesThatFile() {
        DatabaseLocation location = DatabaseLocation.resolve(Optional.of("/srv/news/archive.mv.db"), Map.of());

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:h2:file:/srv/news/archive" + DatabaseLocation.CRASH_SAFE_SETTINGS);
        assertThat(location.lockFile()).contains(Path.of("/srv/news/archive.lock"));
    }

    @Test
    void aJdbcUrlIsUsedAsIsAndItsPasswordHiddenInMessages() {
        String url = "jdbc:postgresql://db.example/news?user=desk&password=s3cret";

        DatabaseLocation location = DatabaseLocation.resolve(Optional.of(url), Map.of());

        assertThat(location.jdbcUrl()).isEqualTo(url);
        assertThat(location.directory()).isEmpty();
        assertThat(location.isH2()).isFalse();
        assertThat(location.describe()).isEqualTo("jdbc:postgresql://db.example/news?user=desk&password=***");
    }

    @Test
    void aPathWithASemicolonIsRefused() {
        assertThatThrownBy(() -> DatabaseLocation.resolve(Optional.of("/tmp/a;b"), Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("contains ';'");
    }
}
