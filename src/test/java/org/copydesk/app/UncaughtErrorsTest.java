package org.copydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An error nobody catches, on the JavaFX thread say, is one line on the terminal, not the JVM's stack dump. */
class UncaughtErrorsTest {
    @Test
    void anUncaughtOutOfMemoryErrorIsOneLine() throws InterruptedException {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Main.reportUncaughtErrors();
            Thread thread = new Thread(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, "JavaFX Application Thread");
            thread.start();
            thread.join();
        } finally {
            System.setErr(original);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("copydesk: ran out of memory").contains("-Xmx").doesNotContain("Exception in thread");
    }
}
