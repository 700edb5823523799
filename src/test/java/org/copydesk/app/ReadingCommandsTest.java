package org.copydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.copydesk.cli.ConsoleRun;
import org.copydesk.store.FolderDigests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code list} and {@code search} only read: through the application's services they open the
 * database read-only (one open of the file instead of two) and leave every file in its folder as
 * it was, while a command that writes still writes.
 */
class ReadingCommandsTest {
    @TempDir
    Path dir;

    @Test
    void listAndSearchAnswerWithoutWritingAnythingInTheDatabaseFolder() {
        assertThat(AppRun.in(dir, "sample").code()).isZero();
        Map<String, String> before = files();

        ConsoleRun list = AppRun.in(dir, "list");
        ConsoleRun pages = AppRun.in(dir, "list", "--edition", "latest", "--json");
        ConsoleRun search = AppRun.in(dir, "search", "江澜");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("江澜周报");
        assertThat(pages.code()).as(pages.err()).isZero();
        assertThat(pages.out()).contains("\"pages\"");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("江澜");
        assertThat(files()).as("the database, its commit marker, lock and backups are untouched")
                .isEqualTo(before);

        assertThat(AppRun.in(dir, "edition", "new", "--date", "2026-12-04", "--name", "江澜周报").code())
                .as("a command that writes still can").isZero();
        assertThat(AppRun.in(dir, "list").out()).contains("2026-12-04");
    }

    /** The database folder's files but the search index (search builds it there). */
    private Map<String, String> files() {
        return FolderDigests.of(dir, p -> !p.startsWith(dir.resolve("search-index")));
    }
}
