package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.Test;

/** Limits are meant to refuse what cannot fit; should one be missed, the user gets one line, not a stack trace. */
class OutOfMemoryLineTest {
    @Test
    void anOutOfMemoryErrorIsReportedInOneLine() {
        CliServices exhausted = new CliServices() {
            @Override
            public OpenedRepository openRepository(Optional<String> dbOption) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public PageComposer composer() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = CopydeskCommand.execute(exhausted, "list");
        } finally {
            System.setErr(original);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("copydesk: ran out of memory").contains("-Xmx").doesNotContain("Exception");
    }
}
