package org.copydesk.app;

import java.nio.file.Path;
import java.util.Map;
import org.copydesk.cli.ConsoleRun;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.i18n.InLanguage;

/** {@code copydesk --db DIR ...} run in English through the real entry point and the application's services. */
final class AppRun {
    private AppRun() {
    }

    static ConsoleRun in(Path dir, String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = dir.toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        // A new AppCliServices per run, as each `java -jar copydesk.jar` makes one.
        return ConsoleRun.capture(() -> InLanguage.get("en",
                () -> CopydeskCommand.execute(new AppCliServices(Map.of()), withDb)));
    }
}
