package org.copydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The shipped logging set-up (tests otherwise run with logback-test.xml): one line on the terminal, the trace in the file. */
class LoggingTest {
    @TempDir
    Path dir;

    @Test
    void theTerminalGetsOneLineAndTheLogFileTheStackTrace() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        String previous = System.getProperty(LogFolder.PROPERTY);
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setProperty(LogFolder.PROPERTY, dir.toString());
            // As logback finds it through META-INF/services when no logback-test.xml is on the class path.
            assertThat(new LogSetup().configure(context)).as("the tests' own file wins")
                    .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            LogSetup.apply(context, dir.toString());
            Logger log = context.getLogger("org.copydesk.ui.Autosave");
            log.warn("autosave failed:\nsecond line", new IOException("No space left on device"));
            Logger store = context.getLogger("org.copydesk.store.Database");
            store.warn("closing the database x failed", new IllegalStateException("closed"));
        } finally {
            context.stop();
            System.setErr(original);
            if (previous == null) {
                System.clearProperty(LogFolder.PROPERTY);
            } else {
                System.setProperty(LogFolder.PROPERTY, previous);
            }
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("copydesk: autosave failed: second line");
        String file = Files.readString(dir.resolve("copydesk.log"), StandardCharsets.UTF_8);
        assertThat(file).contains("java.io.IOException: No space left on device")
                .contains("at org.copydesk.app.LoggingTest")
                .contains("closing the database x failed").contains("java.lang.IllegalStateException: closed");
    }

    @Test
    void theLogFolderFollowsEachOperatingSystem() {
        Path home = Path.of("/home/ann");
        assertThat(LogFolder.folder(null, Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ann/.local/state/copydesk"));
        assertThat(LogFolder.folder(null, Map.of("XDG_STATE_HOME", "/var/ann"), "Linux", home))
                .isEqualTo(Path.of("/var/ann/copydesk"));
        assertThat(LogFolder.folder(null, Map.of("XDG_STATE_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/ann/.local/state/copydesk"));
        assertThat(LogFolder.folder(null, Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ann/Library/Logs/Copydesk"));
        assertThat(LogFolder.folder(null, Map.of(), "Windows 11", home))
                .isEqualTo(home.resolve("AppData").resolve("Local").resolve("Copydesk").resolve("logs"));
        assertThat(LogFolder.folder("/srv/logs", Map.of("XDG_STATE_HOME", "/var/ann"), "Linux", home))
                .isEqualTo(Path.of("/srv/logs"));
    }
}
