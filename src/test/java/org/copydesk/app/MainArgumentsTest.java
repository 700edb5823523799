package org.copydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainArgumentsTest {

    @Test
    void noArgumentsOpenTheWindowOnTheDefaultDatabase() {
        assertThat(Main.desktopDatabaseOption()).contains(Optional.empty());
    }

    @Test
    void aDatabaseOptionAloneOpensTheWindowOnThatDatabase() {
        assertThat(Main.desktopDatabaseOption("--db", "/tmp/other")).contains(Optional.of("/tmp/other"));
        assertThat(Main.desktopDatabaseOption("--db=/tmp/other")).contains(Optional.of("/tmp/other"));
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(Main.desktopDatabaseOption("list")).isEmpty();
        assertThat(Main.desktopDatabaseOption("--db", "/tmp/other", "list")).isEmpty();
        assertThat(Main.desktopDatabaseOption("--help")).isEmpty();
    }
}
