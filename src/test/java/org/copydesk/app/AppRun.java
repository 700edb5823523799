package org.copydesk.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.i18n.InLanguage;

/** One {@code copydesk --db DIR ...} run in English through the real entry point and the application's services. */
record AppRun(int code, String out, String err) {

    static AppRun in(Path dir, String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = dir.toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            // A new AppCliServices per run, as each `java -jar copydesk.jar` makes one.
            int code = InLanguage.get("en", () -> CopydeskCommand.execute(new AppCliServices(Map.of()), withDb));
            return new AppRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
